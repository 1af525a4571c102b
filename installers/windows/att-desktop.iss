; Inno Setup 6 script for ATT Desktop on Windows.
;
; Build the frozen app on Windows first (installers\README.md), then from the repository root:
;   iscc /DAppVersion=0.1.0 installers\windows\att-desktop.iss
; Output: dist\ATT-Desktop-0.1.0-setup.exe
;
; Installs per machine (Program Files, needs administrator rights) or, if the person chooses
; so or is not an administrator, for the current user only. Uninstalling removes the
; program and its shortcuts only: databases, backups and settings live in the user's
; %LOCALAPPDATA%\att-desktop (Article 12: records are kept ten years) and are never deleted.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "ATT Desktop"
#define AppExe "att-desktop-gui.exe"
#define ConsoleExe "att-desktop.exe"

[Setup]
AppId={{6E4B3C9A-2F1D-4B8E-9A57-0C3D8E1F7A42}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=ATT Desktop maintainers
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=admin
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=ATT-Desktop-{#AppVersion}-setup
SetupIconFile=..\..\build\icons\att-desktop.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName} {#AppVersion}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
; Inno Setup ships no official Simplified Chinese file; add the unofficial
; ChineseSimplified.isl to the compiler's Languages folder, then uncomment:
; Name: "chinesesimplified"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"

[CustomMessages]
english.KeepData=Your databases, backups and settings in %1 were kept. Delete that folder yourself only when the records no longer need to be kept.
english.SelfTest=Check this installation (self-test)

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
; The whole PyInstaller folder: both programs, the Python runtime, Qt, the migrations,
; reference data, translations and fonts.
Source: "..\..\dist\att-desktop\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"
Name: "{group}\{cm:SelfTest}"; Filename: "{app}\{#ConsoleExe}"; Parameters: "--self-test"; WorkingDir: "{app}"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete] for user data, on purpose: only the files installed above are removed.

[Code]
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep = usPostUninstall) and not UninstallSilent then
    MsgBox(FmtMessage(CustomMessage('KeepData'), [ExpandConstant('{localappdata}\att-desktop')]),
      mbInformation, MB_OK);
end;
