<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About %1</source>
        <translation>Acerca de %1</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versión %1</translation>
    </message>
    <message>
        <source>Arms Trade Treaty licensing for national authorities: the case register, applications, assessments, decisions and the annual report.</source>
        <translation>Gestión de licencias conforme al Tratado sobre el Comercio de Armas para autoridades nacionales: registro de expedientes, solicitudes, evaluaciones, decisiones e informe anual.</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de datos</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Carpeta de datos</translation>
    </message>
    <message>
        <source>Settings file</source>
        <translation>Archivo de configuración</translation>
    </message>
    <message>
        <source>Log file</source>
        <translation>Archivo de registro</translation>
    </message>
    <message>
        <source>Qt</source>
        <translation>Qt</translation>
    </message>
    <message>
        <source>Qt %1, PySide6 %2</source>
        <translation>Qt %1, PySide6 %2</translation>
    </message>
    <message>
        <source>Python</source>
        <translation>Python</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licencia</translation>
    </message>
</context>
<context>
    <name>AccountMessages</name>
    <message numerus="yes">
        <source>This account is locked after repeated failed sign-ins. Try again in %n minute(s), or ask an administrator to reset the password.</source>
        <translation>
            <numerusform>Esta cuenta está bloqueada tras varios intentos fallidos de inicio de sesión. Vuelva a intentarlo dentro de %n minuto o pida a un administrador que restablezca la contraseña.</numerusform>
            <numerusform>Esta cuenta está bloqueada tras varios intentos fallidos de inicio de sesión. Vuelva a intentarlo dentro de %n minutos o pida a un administrador que restablezca la contraseña.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Accounts</name>
    <message>
        <source>Licensing officer</source>
        <translation>Funcionario de licencias</translation>
    </message>
    <message>
        <source>Committee member</source>
        <translation>Miembro del comité</translation>
    </message>
    <message>
        <source>Deciding authority</source>
        <translation>Autoridad decisoria</translation>
    </message>
    <message>
        <source>Reporting focal point</source>
        <translation>Punto focal de informes</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <source>Gender adviser</source>
        <translation>Asesor de género</translation>
    </message>
    <message>
        <source>The password must be at least %1 characters long.</source>
        <translation>La contraseña debe tener al menos %1 caracteres.</translation>
    </message>
    <message>
        <source>The password must not be your user name.</source>
        <translation>La contraseña no puede ser su nombre de usuario.</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>La nueva contraseña debe ser distinta de la actual.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>La contraseña actual es incorrecta.</translation>
    </message>
    <message>
        <source>The two new passwords are not the same.</source>
        <translation>Las dos contraseñas nuevas no coinciden.</translation>
    </message>
    <message>
        <source>At least %1 characters, and not your user name.</source>
        <translation>Al menos %1 caracteres y distinta de su nombre de usuario.</translation>
    </message>
    <message>
        <source>This account has been deactivated. Ask an administrator if you still need access.</source>
        <translation>Esta cuenta ha sido desactivada. Consulte a un administrador si todavía necesita acceso.</translation>
    </message>
    <message>
        <source>Unknown user name or wrong password. Check both and try again.</source>
        <translation>Nombre de usuario desconocido o contraseña incorrecta. Compruebe ambos e inténtelo de nuevo.</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <source>Users and agencies</source>
        <translation>Usuarios y organismos</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <source>Agencies</source>
        <translation>Organismos</translation>
    </message>
    <message>
        <source>Workstation and committee</source>
        <translation>Puesto de trabajo y comité</translation>
    </message>
    <message>
        <source>Consultation rules</source>
        <translation>Reglas de consulta</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Organismo</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>&amp;Reset password</source>
        <translation>&amp;Restablecer contraseña</translation>
    </message>
    <message>
        <source>&amp;Deactivate…</source>
        <translation>&amp;Desactivar…</translation>
    </message>
    <message>
        <source>Job &amp;title…</source>
        <translation>&amp;Cargo…</translation>
    </message>
    <message>
        <source>Printed under the person&apos;s name on the licences and letters they sign</source>
        <translation>Se imprime bajo el nombre de la persona en las licencias y cartas que firma</translation>
    </message>
    <message>
        <source>Trainin&amp;g…</source>
        <translation>&amp;Formación…</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>Nuevo usuario</translation>
    </message>
    <message>
        <source>e.g. Director of Export Control</source>
        <translation>p. ej., Director de Control de Exportaciones</translation>
    </message>
    <message>
        <source>&amp;Add user</source>
        <translation>Añadir &amp;usuario</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Nombre de usuario:</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>Nombre completo:</translation>
    </message>
    <message>
        <source>Job title:</source>
        <translation>Cargo:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Función:</translation>
    </message>
    <message>
        <source>Agency:</source>
        <translation>Organismo:</translation>
    </message>
    <message>
        <source>The new user receives a one-time password, shown here once, and chooses their own at the first sign-in. Committee members need an agency.</source>
        <translation>El nuevo usuario recibe una contraseña de un solo uso, que se muestra aquí una sola vez, y elige la suya al iniciar sesión por primera vez. Los miembros del comité necesitan un organismo.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Mandate</source>
        <translation>Mandato</translation>
    </message>
    <message>
        <source>&amp;Mandate…</source>
        <translation>&amp;Mandato…</translation>
    </message>
    <message>
        <source>New agency</source>
        <translation>Nuevo organismo</translation>
    </message>
    <message>
        <source>e.g. MFA</source>
        <translation>p. ej., MAE</translation>
    </message>
    <message>
        <source>e.g. Ministry of Foreign Affairs</source>
        <translation>p. ej., Ministerio de Asuntos Exteriores</translation>
    </message>
    <message>
        <source>Add a&amp;gency</source>
        <translation>Añadir &amp;organismo</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>Código:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>a majority of the agencies asked</source>
        <translation>la mayoría de los organismos consultados</translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation>&amp;Guardar configuración</translation>
    </message>
    <message>
        <source>Lock the workstation after &amp;idle time:</source>
        <translation>Bloquear el puesto tras un tiempo de &amp;inactividad de:</translation>
    </message>
    <message>
        <source>Committee &amp;quorum (agencies that must answer):</source>
        <translation>&amp;Quórum del comité (organismos que deben responder):</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Configuración guardada.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Desactivada</translation>
    </message>
    <message>
        <source>Locked until %1</source>
        <translation>Bloqueada hasta %1</translation>
    </message>
    <message>
        <source>Active, must change password</source>
        <translation>Activa, debe cambiar la contraseña</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <source>The workstation is locked: sign in to continue.</source>
        <translation>El puesto de trabajo está bloqueado: inicie sesión para continuar.</translation>
    </message>
    <message>
        <source>One-time password for %1: %2
Hand it over in person; it must be changed at the first sign-in. It is not shown again.</source>
        <translation>Contraseña de un solo uso para %1: %2
Entréguela en persona; debe cambiarse al iniciar sesión por primera vez. No se volverá a mostrar.</translation>
    </message>
    <message>
        <source>Job title of %1</source>
        <translation>Cargo de %1</translation>
    </message>
    <message>
        <source>Job title, printed under the name on what they sign:</source>
        <translation>Cargo, impreso bajo el nombre en lo que firma:</translation>
    </message>
    <message>
        <source>The job title of %1 was saved.</source>
        <translation>Se guardó el cargo de %1.</translation>
    </message>
    <message>
        <source>Deactivate %1</source>
        <translation>Desactivar a %1</translation>
    </message>
    <message>
        <source>%1 will no longer be able to sign in; their name stays on everything they did. Reason (for the history):</source>
        <translation>%1 ya no podrá iniciar sesión; su nombre se conserva en todo lo que hizo. Motivo (para el historial):</translation>
    </message>
    <message>
        <source>%1 was deactivated.</source>
        <translation>Se desactivó la cuenta de %1.</translation>
    </message>
    <message>
        <source>%1 was deactivated; their work was handed over.</source>
        <translation>Se desactivó la cuenta de %1; su trabajo se ha traspasado.</translation>
    </message>
    <message>
        <source>The agency %1 was added.</source>
        <translation>Se añadió el organismo %1.</translation>
    </message>
</context>
<context>
    <name>AnswerEditor</name>
    <message>
        <source>Reasoning: why this answer?</source>
        <translation>Fundamentación: ¿por qué esta respuesta?</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>Fundamentación</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Cannot open the database</source>
        <extracomment>Exit status when the database cannot be opened (matches the CLI&apos;s &quot;cannot proceed&quot;). Who is signed in; it outlives a window rebuilt for a language change. The database, settings and signed-in person every window reads (made by ``show``).</extracomment>
        <translation>No se puede abrir la base de datos</translation>
    </message>
    <message>
        <source>Database upgraded</source>
        <translation>Base de datos actualizada</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Error inesperado</translation>
    </message>
    <message>
        <source>Something went wrong and the last action may not have been completed:
%1</source>
        <translation>Algo ha fallado y es posible que la última acción no se haya completado:
%1</translation>
    </message>
</context>
<context>
    <name>ApplicationDialog</name>
    <message>
        <source>Discard changes?</source>
        <extracomment>Asked before unsaved input is thrown away; returns True to discard. Tests pass their own.</extracomment>
        <translation>¿Descartar los cambios?</translation>
    </message>
    <message>
        <source>You have changed this application without saving. Close it and lose your changes?</source>
        <translation>Ha modificado esta solicitud sin guardarla. ¿Cerrarla y perder los cambios?</translation>
    </message>
    <message>
        <source>New application</source>
        <extracomment>Who saves: the signed-in person (the services check their role). Replaceable question asked before discarding unsaved input.</extracomment>
        <translation>Nueva solicitud</translation>
    </message>
    <message>
        <source>Edit application %1</source>
        <translation>Editar la solicitud %1</translation>
    </message>
    <message>
        <source>&amp;Application</source>
        <translation>&amp;Solicitud</translation>
    </message>
    <message>
        <source>&amp;Parties and transit</source>
        <translation>Pa&amp;rtes y tránsito</translation>
    </message>
    <message>
        <source>&amp;Line items</source>
        <translation>P&amp;artidas</translation>
    </message>
    <message>
        <source>Optional; recorded in the case history</source>
        <translation>Opcional; se registra en el historial del expediente</translation>
    </message>
    <message>
        <source>Reason for c&amp;hange:</source>
        <translation>Moti&amp;vo del cambio:</translation>
    </message>
    <message>
        <source>Required: why the registered case is corrected (kept in the history)</source>
        <translation>Obligatorio: por qué se corrige el expediente registrado (se conserva en el historial)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save (Ctrl+S or Ctrl+Enter)</source>
        <translation>Guardar (Ctrl+S o Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>* required</source>
        <translation>* obligatorio</translation>
    </message>
    <message>
        <source>Required for import, transit and trans-shipment</source>
        <translation>Obligatorio para importación, tránsito y transbordo</translation>
    </message>
    <message>
        <source>e.g. Equipment of the national army</source>
        <translation>p. ej., Equipamiento del ejército nacional</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transferencia</translation>
    </message>
    <message>
        <source>&amp;Type of transfer *</source>
        <translation>&amp;Tipo de transferencia *</translation>
    </message>
    <message>
        <source>Date &amp;received *</source>
        <translation>Fecha de recep&amp;ción *</translation>
    </message>
    <message>
        <source>&amp;Destination (final importing State) *</source>
        <translation>&amp;Destino (Estado importador final) *</translation>
    </message>
    <message>
        <source>E&amp;xporting State</source>
        <translation>Estado e&amp;xportador</translation>
    </message>
    <message>
        <source>Intended &amp;end use</source>
        <translation>&amp;Uso final previsto</translation>
    </message>
    <message>
        <source>Choose a known organisation or type a new name</source>
        <translation>Elija una organización conocida o escriba un nombre nuevo</translation>
    </message>
    <message>
        <source>Applicant (exporter, importer or broker)</source>
        <translation>Solicitante (exportador, importador o corredor)</translation>
    </message>
    <message>
        <source>&amp;Name *</source>
        <translation>&amp;Nombre *</translation>
    </message>
    <message>
        <source>C&amp;ountry *</source>
        <translation>&amp;País *</translation>
    </message>
    <message>
        <source>Re&amp;gistration number</source>
        <translation>Número de reg&amp;istro</translation>
    </message>
    <message>
        <source>Addre&amp;ss</source>
        <translation>Dir&amp;ección</translation>
    </message>
    <message>
        <source>e.g. Ministry of Defence</source>
        <translation>p. ej., Ministerio de Defensa</translation>
    </message>
    <message>
        <source>Dated</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>End-user certificate (optional)</source>
        <translation>Certificado de usuario final (opcional)</translation>
    </message>
    <message>
        <source>Certificate n&amp;umber</source>
        <translation>Nú&amp;mero del certificado</translation>
    </message>
    <message>
        <source>&amp;Issued by</source>
        <translation>Expedido p&amp;or</translation>
    </message>
    <message>
        <source>Certificate da&amp;te</source>
        <translation>Fecha del certi&amp;ficado</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Partes</translation>
    </message>
    <message>
        <source>Everyone the items pass through or end with: the end user, consignees, intermediate consignees and brokers.</source>
        <translation>Todos aquellos por cuyas manos pasan los artículos o en las que terminan: el usuario final, los consignatarios, los consignatarios intermedios y los corredores.</translation>
    </message>
    <message>
        <source>Transit and trans-shipment States</source>
        <translation>Estados de tránsito y transbordo</translation>
    </message>
    <message>
        <source>States the items cross on their way, in route order.</source>
        <translation>Estados que atraviesan los artículos en su recorrido, por orden de ruta.</translation>
    </message>
    <message>
        <source>A reference number is given when the application is first saved.</source>
        <translation>Se asigna un número de referencia cuando la solicitud se guarda por primera vez.</translation>
    </message>
    <message>
        <source>Editing %1 · status: %2 · registered %3</source>
        <translation>Editando %1 · estado: %2 · registrado el %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not in the list of countries; choose one from the list</source>
        <translation>«%1» no está en la lista de países; elija uno de la lista</translation>
    </message>
    <message>
        <source>its status</source>
        <translation>su estado</translation>
    </message>
    <message>
        <source>Not saved: someone else changed this case after you opened it (%1). Your input is still here. Copy what you need, close this dialog, reopen the case to see the new version, then apply your changes again.</source>
        <translation>No se guardó: otra persona modificó este expediente después de que usted lo abriera (%1). Sus datos siguen aquí. Copie lo que necesite, cierre este cuadro de diálogo, vuelva a abrir el expediente para ver la nueva versión y aplique de nuevo sus cambios.</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>type of transfer</source>
        <translation>tipo de transferencia</translation>
    </message>
    <message>
        <source>status</source>
        <translation>estado</translation>
    </message>
    <message>
        <source>applicant</source>
        <translation>solicitante</translation>
    </message>
    <message>
        <source>destination</source>
        <translation>destino</translation>
    </message>
    <message>
        <source>exporting State</source>
        <translation>Estado exportador</translation>
    </message>
    <message>
        <source>intended end use</source>
        <translation>uso final previsto</translation>
    </message>
    <message>
        <source>certificate number</source>
        <translation>número del certificado</translation>
    </message>
    <message>
        <source>certificate issuer</source>
        <translation>expedidor del certificado</translation>
    </message>
    <message>
        <source>certificate date</source>
        <translation>fecha del certificado</translation>
    </message>
    <message>
        <source>date received</source>
        <translation>fecha de recepción</translation>
    </message>
    <message>
        <source>parties</source>
        <translation>partes</translation>
    </message>
    <message>
        <source>transit States</source>
        <translation>Estados de tránsito</translation>
    </message>
    <message>
        <source>line items</source>
        <translation>partidas</translation>
    </message>
    <message>
        <source>Type of transfer</source>
        <translation>Tipo de transferencia</translation>
    </message>
    <message>
        <source>Date received</source>
        <translation>Fecha de recepción</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>Exporting State</source>
        <translation>Estado exportador</translation>
    </message>
    <message>
        <source>Intended end use</source>
        <translation>Uso final previsto</translation>
    </message>
    <message>
        <source>Applicant&apos;s name</source>
        <translation>Nombre del solicitante</translation>
    </message>
    <message>
        <source>Applicant&apos;s country</source>
        <translation>País del solicitante</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>Número de registro</translation>
    </message>
    <message>
        <source>Applicant&apos;s address</source>
        <translation>Dirección del solicitante</translation>
    </message>
    <message>
        <source>Certificate number</source>
        <translation>Número del certificado</translation>
    </message>
    <message>
        <source>Certificate issued by</source>
        <translation>Certificado expedido por</translation>
    </message>
    <message>
        <source>Certificate date</source>
        <translation>Fecha del certificado</translation>
    </message>
    <message>
        <source>Transit States</source>
        <translation>Estados de tránsito</translation>
    </message>
    <message>
        <source>Reason for change</source>
        <translation>Motivo del cambio</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Article6Page</name>
    <message>
        <source>Article 6 is checked first and is absolute: if the transfer would violate a UN Security Council arms embargo (6(1)), another international obligation (6(2)), or the State knows the items would be used for atrocity crimes (6(3)), it shall not be authorised. Ammunition and parts are screened too (Articles 3 and 4).</source>
        <translation>El artículo 6 se examina primero y es absoluto: si la transferencia violara un embargo de armas del Consejo de Seguridad de las Naciones Unidas (6(1)) u otra obligación internacional (6(2)), o si el Estado tiene conocimiento de que las armas o los elementos se utilizarían para cometer crímenes atroces (6(3)), no se autorizará. También se cotejan las municiones y las partes y componentes (artículos 3 y 4).</translation>
    </message>
    <message>
        <source>Article 6(1) — arms embargo screen</source>
        <translation>Artículo 6(1) — cotejo de embargos de armas</translation>
    </message>
    <message>
        <source>Run embargo screen</source>
        <translation>Ejecutar el cotejo de embargos</translation>
    </message>
    <message>
        <source>Decision date</source>
        <translation>Fecha de la decisión</translation>
    </message>
    <message>
        <source>The screen is made as at the date of the decision, not against today&apos;s list.</source>
        <translation>El cotejo se realiza a la fecha de la decisión, no con la lista vigente hoy.</translation>
    </message>
    <message>
        <source>Article 6(2) — would the transfer violate another international obligation?</source>
        <translation>Artículo 6(2) — ¿violaría la transferencia otra obligación internacional?</translation>
    </message>
    <message>
        <source>Yes, it would violate one</source>
        <translation>Sí, violaría una</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Article 6(3) — does the State know the items would be used in genocide, crimes against humanity or war crimes?</source>
        <translation>Artículo 6(3) — ¿tiene el Estado conocimiento de que los artículos se utilizarían para cometer genocidio, crímenes de lesa humanidad o crímenes de guerra?</translation>
    </message>
    <message>
        <source>Yes, the State knows</source>
        <translation>Sí, el Estado tiene conocimiento</translation>
    </message>
    <message>
        <source>The decision date cannot lie in the future.</source>
        <translation>La fecha de la decisión no puede ser futura.</translation>
    </message>
    <message>
        <source>The decision date cannot be before the application was received (%1).</source>
        <translation>La fecha de la decisión no puede ser anterior a la recepción de la solicitud (%1).</translation>
    </message>
    <message>
        <source>The screen has not been run yet. Choose the decision date and run it.</source>
        <translation>Todavía no se ha ejecutado el cotejo. Elija la fecha de la decisión y ejecútelo.</translation>
    </message>
    <message>
        <source>Screened as at %1: no embargo in force matches this case.</source>
        <translation>Cotejo a fecha de %1: ningún embargo en vigor coincide con este expediente.</translation>
    </message>
    <message>
        <source>Screened as at %1: %2 embargo match(es), listed below.</source>
        <translation>Cotejo a fecha de %1: %2 coincidencia(s) con embargos, indicadas a continuación.</translation>
    </message>
    <message>
        <source>Article 6 prohibits this transfer (%1). The assessment ends here: the only possible decision is a denial citing that paragraph. Articles 7 and 11 are not assessed and no mitigation is offered, because no mitigation measure can lift an Article 6 prohibition.</source>
        <translation>El artículo 6 prohíbe esta transferencia (%1). La evaluación termina aquí: la única decisión posible es una denegación que cite ese párrafo. No se evalúan los artículos 7 y 11 ni se ofrece mitigación, porque ninguna medida de mitigación puede levantar una prohibición del artículo 6.</translation>
    </message>
</context>
<context>
    <name>Article7Page</name>
    <message>
        <source>Assess objectively and without discrimination, taking into account information from the importing State (Art. 8(1)), the potential that the items would contribute to or undermine peace and security, or could be used to commit or facilitate the acts below. Record the risk before mitigation here: mitigation is considered on its own page, and the conclusion (7(3)) is drawn after it.</source>
        <translation>Evalúe de manera objetiva y no discriminatoria, teniendo en cuenta la información proporcionada por el Estado importador (art. 8(1)), si los artículos podrían contribuir a la paz y la seguridad o menoscabarlas, o utilizarse para cometer o facilitar los actos que se indican a continuación. Registre aquí el riesgo antes de la mitigación: la mitigación se examina en su propia página y la conclusión (7(3)) se extrae después.</translation>
    </message>
    <message>
        <source>7(1)(a) — would the export contribute to peace and security? (Weighed against the risks under 7(3); it never lowers a risk by itself.)</source>
        <translation>7(1)(a) — ¿contribuiría la exportación a la paz y la seguridad? (Se sopesa frente a los riesgos según 7(3); por sí sola nunca reduce un riesgo.)</translation>
    </message>
</context>
<context>
    <name>AssessmentVocabulary</name>
    <message>
        <source>None identified</source>
        <translation>Ninguno detectado</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Bajo</translation>
    </message>
    <message>
        <source>Substantial</source>
        <translation>Considerable</translation>
    </message>
    <message>
        <source>Overriding before mitigation</source>
        <translation>Manifiesto antes de la mitigación</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>No evaluado</translation>
    </message>
    <message>
        <source>Overriding</source>
        <translation>Manifiesto</translation>
    </message>
    <message>
        <source>Not yet determined</source>
        <translation>Aún sin determinar</translation>
    </message>
    <message>
        <source>7(1)(a) Peace and security</source>
        <translation>7(1)(a) Paz y seguridad</translation>
    </message>
    <message>
        <source>7(1)(b)(i) Serious violation of international humanitarian law</source>
        <translation>7(1)(b)(i) Violación grave del derecho internacional humanitario</translation>
    </message>
    <message>
        <source>7(1)(b)(ii) Serious violation of international human rights law</source>
        <translation>7(1)(b)(ii) Violación grave del derecho internacional de los derechos humanos</translation>
    </message>
    <message>
        <source>7(1)(b)(iii) Offence under the terrorism conventions</source>
        <translation>7(1)(b)(iii) Delito en virtud de las convenciones relativas al terrorismo</translation>
    </message>
    <message>
        <source>7(1)(b)(iv) Offence under the transnational organised crime conventions</source>
        <translation>7(1)(b)(iv) Delito en virtud de las convenciones relativas a la delincuencia organizada transnacional</translation>
    </message>
    <message>
        <source>7(4) Serious gender-based violence or violence against women and children</source>
        <translation>7(4) Actos graves de violencia por motivos de género o de violencia contra las mujeres y los niños</translation>
    </message>
    <message>
        <source>Article 11 Diversion</source>
        <translation>Artículo 11 Desvío</translation>
    </message>
    <message>
        <source>7(1)(a)</source>
        <translation>7(1)(a)</translation>
    </message>
    <message>
        <source>7(1)(b)(i) IHL</source>
        <translation>7(1)(b)(i) DIH</translation>
    </message>
    <message>
        <source>7(1)(b)(ii) Human rights</source>
        <translation>7(1)(b)(ii) Derechos humanos</translation>
    </message>
    <message>
        <source>7(1)(b)(iii) Terrorism</source>
        <translation>7(1)(b)(iii) Terrorismo</translation>
    </message>
    <message>
        <source>7(1)(b)(iv) Organised crime</source>
        <translation>7(1)(b)(iv) Delincuencia organizada</translation>
    </message>
    <message>
        <source>7(4) GBV/VAWC</source>
        <translation>7(4) VMG/VCMN</translation>
    </message>
    <message>
        <source>Art. 11 Diversion</source>
        <translation>Art. 11 Desvío</translation>
    </message>
    <message>
        <source>UN report</source>
        <translation>Informe de la ONU</translation>
    </message>
    <message>
        <source>Human-rights report</source>
        <translation>Informe de DD. HH.</translation>
    </message>
    <message>
        <source>Embassy reporting</source>
        <translation>Informe de embajada</translation>
    </message>
    <message>
        <source>Importer&apos;s Art. 8(1) documentation</source>
        <translation>Doc. del importador (art. 8(1))</translation>
    </message>
    <message>
        <source>NGO report</source>
        <translation>Informe de ONG</translation>
    </message>
    <message>
        <source>Media report</source>
        <translation>Información de prensa</translation>
    </message>
    <message>
        <source>Intelligence</source>
        <translation>Inteligencia</translation>
    </message>
    <message>
        <source>Industry due diligence</source>
        <translation>Diligencia debida (industria)</translation>
    </message>
    <message>
        <source>Consultation with GBV experts</source>
        <translation>Consulta con expertos en VMG</translation>
    </message>
    <message>
        <source>Academic research</source>
        <translation>Investigación académica</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otra</translation>
    </message>
    <message>
        <source>Confidence-building measure</source>
        <translation>Medida de fomento de la confianza</translation>
    </message>
    <message>
        <source>Jointly developed and agreed programme</source>
        <translation>Programa elaborado y acordado conjuntamente</translation>
    </message>
    <message>
        <source>End-use / end-user assurance</source>
        <translation>Garantía de uso final / usuario final</translation>
    </message>
    <message>
        <source>No re-export without consent</source>
        <translation>Prohibición de reexportar sin consentimiento</translation>
    </message>
    <message>
        <source>Delivery verification certificate</source>
        <translation>Certificado de verificación de entrega</translation>
    </message>
    <message>
        <source>Post-shipment on-site verification</source>
        <translation>Verificación in situ posterior al envío</translation>
    </message>
    <message>
        <source>Stockpile security assurance</source>
        <translation>Garantía de seguridad de las existencias</translation>
    </message>
    <message>
        <source>Training of the end user</source>
        <translation>Formación del usuario final</translation>
    </message>
    <message>
        <source>Other measure</source>
        <translation>Otra medida</translation>
    </message>
    <message>
        <source>Manufacture</source>
        <translation>Fabricación</translation>
    </message>
    <message>
        <source>Before transfer (point of loading)</source>
        <translation>Antes de la transferencia (punto de carga)</translation>
    </message>
    <message>
        <source>In transit</source>
        <translation>En tránsito</translation>
    </message>
    <message>
        <source>Post-delivery storage</source>
        <translation>Almacenamiento tras la entrega</translation>
    </message>
    <message>
        <source>End use</source>
        <translation>Uso final</translation>
    </message>
    <message>
        <source>Disposal</source>
        <translation>Eliminación</translation>
    </message>
    <message>
        <source>Unusual or unexplained routing or trans-shipment</source>
        <translation>Ruta o transbordo inusual o injustificado</translation>
    </message>
    <message>
        <source>Unknown or unregistered brokers or intermediaries</source>
        <translation>Corredores o intermediarios desconocidos o no registrados</translation>
    </message>
    <message>
        <source>Items or quantities do not match the end user&apos;s needs</source>
        <translation>Los artículos o las cantidades no corresponden a las necesidades del usuario final</translation>
    </message>
    <message>
        <source>Vague or inconsistent end-use information</source>
        <translation>Información sobre el uso final imprecisa o incoherente</translation>
    </message>
    <message>
        <source>Unusual payment terms</source>
        <translation>Condiciones de pago inusuales</translation>
    </message>
    <message>
        <source>Past diversion involving the end user or route</source>
        <translation>Desvíos anteriores relacionados con el usuario final o la ruta</translation>
    </message>
    <message>
        <source>Weak stockpile security at the end user</source>
        <translation>Seguridad deficiente de las existencias del usuario final</translation>
    </message>
    <message>
        <source>Other red flag</source>
        <translation>Otra señal de alerta</translation>
    </message>
    <message>
        <source>Prohibited</source>
        <translation>Prohibida</translation>
    </message>
    <message>
        <source>Prohibited unless approval obtained</source>
        <translation>Prohibida salvo aprobación</translation>
    </message>
    <message>
        <source>Needs confirmation</source>
        <translation>Requiere confirmación</translation>
    </message>
    <message>
        <source>Notification required</source>
        <translation>Requiere notificación</translation>
    </message>
    <message>
        <source>Does not prohibit</source>
        <translation>No prohíbe</translation>
    </message>
    <message>
        <source>UN Security Council, Chapter VII (Art. 6(1))</source>
        <translation>Consejo de Seguridad de las Naciones Unidas, Capítulo VII (art. 6(1))</translation>
    </message>
    <message>
        <source>Other international obligation (Art. 6(2))</source>
        <translation>Otra obligación internacional (art. 6(2))</translation>
    </message>
    <message>
        <source>Whole country</source>
        <translation>Todo el país</translation>
    </message>
    <message>
        <source>Non-State actors only</source>
        <translation>Solo agentes no estatales</translation>
    </message>
    <message>
        <source>Listed persons and entities</source>
        <translation>Personas y entidades designadas</translation>
    </message>
    <message>
        <source>Part of the country</source>
        <translation>Parte del país</translation>
    </message>
    <message>
        <source>The embargo applies</source>
        <translation>El embargo se aplica</translation>
    </message>
    <message>
        <source>The embargo does not apply</source>
        <translation>El embargo no se aplica</translation>
    </message>
    <message>
        <source>Committee approval obtained</source>
        <translation>Aprobación del comité obtenida</translation>
    </message>
    <message>
        <source>Committee approval not obtained</source>
        <translation>Aprobación del comité no obtenida</translation>
    </message>
    <message>
        <source>Committee notified</source>
        <translation>Comité notificado</translation>
    </message>
    <message>
        <source>Not yet confirmed</source>
        <translation>Aún sin confirmar</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>Denegar</translation>
    </message>
    <message>
        <source>Authorisation possible</source>
        <translation>Autorización posible</translation>
    </message>
    <message>
        <source>Assessment incomplete</source>
        <translation>Evaluación incompleta</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Current step</source>
        <translation>Paso actual</translation>
    </message>
    <message>
        <source>Not reached</source>
        <translation>No alcanzado</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>No necesario</translation>
    </message>
    <message>
        <source>Prevalent types of GBV / VAWC</source>
        <translation>Tipos prevalentes de VMG / VCMN</translation>
    </message>
    <message>
        <source>Are they serious?</source>
        <translation>¿Son graves?</translation>
    </message>
    <message>
        <source>Effective preventive action?</source>
        <translation>¿Medidas preventivas eficaces?</translation>
    </message>
    <message>
        <source>Overriding risk?</source>
        <translation>¿Riesgo manifiesto?</translation>
    </message>
    <message>
        <source>Mitigation reliably reduces the risk?</source>
        <translation>¿La mitigación reduce el riesgo de forma fiable?</translation>
    </message>
    <message>
        <source>UN Security Council arms embargo</source>
        <translation>Embargo de armas del Consejo de Seguridad de las Naciones Unidas</translation>
    </message>
    <message>
        <source> (resolution %1 (%2))</source>
        <comment>after an arms embargo&apos;s name: its UN resolution and year</comment>
        <translation> (resolución %1 (%2))</translation>
    </message>
    <message>
        <source> — </source>
        <comment>embargo name separator</comment>
        <translation> — </translation>
    </message>
    <message>
        <source>Article %1</source>
        <translation>Artículo %1</translation>
    </message>
    <message>
        <source>Article %1(%2)</source>
        <translation>Artículo %1(%2)</translation>
    </message>
</context>
<context>
    <name>AssessmentWizard</name>
    <message>
        <source>Unsaved answers</source>
        <extracomment>&quot;save&quot;, &quot;discard&quot; or &quot;cancel&quot;: asked when the wizard closes with unsaved answers. A path to save a file to (title, suggested name, filter), or None if cancelled. The pages closed when Article 6 prohibits the transfer. Closed when Article 7 does not apply (an import, transit, trans-shipment or brokering case the authority&apos;s policy does not assess under Article 7): only Article 6 is asked.</extracomment>
        <translation>Respuestas sin guardar</translation>
    </message>
    <message>
        <source>Save your answers to the assessment draft before closing?</source>
        <translation>¿Guardar sus respuestas en el borrador de la evaluación antes de cerrar?</translation>
    </message>
    <message>
        <source>Assessment — %1</source>
        <extracomment>The case after a decision was recorded: the register and case view refresh. The case after its assessment was completed or sent to the committee.</extracomment>
        <translation>Evaluación — %1</translation>
    </message>
    <message>
        <source>✓ complete   • still incomplete
* required to complete the assessment</source>
        <translation>✓ completo   • aún incompleto
* obligatorio para completar la evaluación</translation>
    </message>
    <message>
        <source>&lt; Back</source>
        <translation>&lt; Atrás</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Guardar borrador</translation>
    </message>
    <message>
        <source>Save and continue &gt;</source>
        <translation>Guardar y continuar &gt;</translation>
    </message>
    <message>
        <source>Start a new revision…</source>
        <translation>Iniciar una nueva versión…</translation>
    </message>
    <message>
        <source>Save assessment record PDF…</source>
        <translation>Guardar acta en PDF…</translation>
    </message>
    <message>
        <source>Save licence/denial PDF…</source>
        <translation>Licencia/denegación en PDF…</translation>
    </message>
    <message>
        <source>Complete assessment</source>
        <translation>Completar evaluación</translation>
    </message>
    <message>
        <source>Submit to the committee…</source>
        <translation>Presentar al comité…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>1. Article 6 prohibitions</source>
        <translation>1. Prohibiciones del artículo 6</translation>
    </message>
    <message>
        <source>2. Article 7(1) risks</source>
        <translation>2. Riesgos del artículo 7(1)</translation>
    </message>
    <message>
        <source>3. Article 7(4) GBV flowchart</source>
        <translation>3. Diagrama VMG del artículo 7(4)</translation>
    </message>
    <message>
        <source>4. Article 11 diversion</source>
        <translation>4. Desvío (artículo 11)</translation>
    </message>
    <message>
        <source>5. Article 7(2) mitigation</source>
        <translation>5. Mitigación (artículo 7(2))</translation>
    </message>
    <message>
        <source>6. Article 7(3) conclusion</source>
        <translation>6. Conclusión (artículo 7(3))</translation>
    </message>
    <message>
        <source>7. Decision</source>
        <translation>7. Decisión</translation>
    </message>
    <message>
        <source>%1 · %2 → %3 · end user: %4</source>
        <translation>%1 · %2 → %3 · usuario final: %4</translation>
    </message>
    <message>
        <source>Closed: Article 6 prohibits the transfer, so it is not assessed.</source>
        <translation>Cerrada: el artículo 6 prohíbe la transferencia, por lo que no se evalúa.</translation>
    </message>
    <message>
        <source>Next &gt;</source>
        <translation>Siguiente &gt;</translation>
    </message>
    <message>
        <source>A decision has been recorded on this case; the assessment is closed.</source>
        <translation>Se ha registrado una decisión sobre este expediente; la evaluación está cerrada.</translation>
    </message>
    <message>
        <source>Assessment revision %1 is complete and can no longer be edited. Record the decision, or start a new revision to change a finding.</source>
        <translation>La versión %1 de la evaluación está completa y ya no puede modificarse. Registre la decisión o inicie una nueva versión para cambiar una valoración.</translation>
    </message>
    <message>
        <source>Assessment revision %1 is complete and can no longer be edited. Submit it to the committee, or start a new revision to change a finding.</source>
        <translation>La versión %1 de la evaluación está completa y ya no puede modificarse. Preséntela al comité o inicie una nueva versión para cambiar una valoración.</translation>
    </message>
    <message>
        <source>Article 6 prohibits this transfer. The Article 7, GBV, diversion and mitigation pages are closed: the only possible decision is a denial.</source>
        <translation>El artículo 6 prohíbe esta transferencia. Las páginas del artículo 7, VMG, desvío y mitigación están cerradas: la única decisión posible es una denegación.</translation>
    </message>
    <message>
        <source>Article 7 not applicable: %1. Article 7 binds the exporting State and the authority&apos;s policy does not apply it to this transfer type; Article 6 applies to every transfer.</source>
        <translation>Artículo 7 no aplicable: %1. El artículo 7 obliga al Estado exportador y la política de la autoridad no lo aplica a este tipo de transferencia; el artículo 6 se aplica a toda transferencia.</translation>
    </message>
    <message>
        <source>Article 7 assessed under national policy (%1).</source>
        <translation>Artículo 7 evaluado según la política nacional (%1).</translation>
    </message>
    <message>
        <source>The assessment was not saved</source>
        <translation>No se guardó la evaluación</translation>
    </message>
    <message>
        <source>Draft saved at %1</source>
        <translation>Guardado a las %1</translation>
    </message>
    <message>
        <source>The embargo screen failed</source>
        <translation>Falló el cotejo de embargos</translation>
    </message>
    <message>
        <source>Source “%1”: choose the kind of source</source>
        <translation>Fuente «%1»: elija el tipo de fuente</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>completo</translation>
    </message>
    <message>
        <source>still incomplete</source>
        <translation>aún incompleto</translation>
    </message>
    <message>
        <source>The assessment was not completed: choose the kind of each source listed under the steps (a source without a kind is not saved).</source>
        <translation>No se completó la evaluación: elija el tipo de cada fuente indicada en los pasos (una fuente sin tipo no se guarda).</translation>
    </message>
    <message>
        <source>The assessment was not completed: %1 answer(s) are still missing. They are listed under the steps: click one to go to it.</source>
        <translation>No se completó la evaluación: aún faltan %1 respuesta(s). Figuran en los pasos: haga clic en una para ir a ella.</translation>
    </message>
    <message>
        <source>The assessment was not completed</source>
        <translation>No se completó la evaluación</translation>
    </message>
    <message>
        <source>Submitted to the committee: the agencies chosen are asked for their opinion.</source>
        <translation>Presentado al comité: se pide su dictamen a los organismos elegidos.</translation>
    </message>
    <message>
        <source>The decision was not recorded:</source>
        <translation>No se registró la decisión:</translation>
    </message>
    <message>
        <source>Start a new revision</source>
        <translation>Iniciar una nueva versión</translation>
    </message>
    <message>
        <source>Why is the case reassessed? The reason is kept in the history.</source>
        <translation>¿Por qué se reevalúa el expediente? El motivo se conserva en el historial.</translation>
    </message>
    <message>
        <source>No new revision was started</source>
        <translation>No se inició ninguna versión nueva</translation>
    </message>
    <message>
        <source>Save assessment record PDF</source>
        <translation>Guardar el acta de evaluación en PDF</translation>
    </message>
    <message>
        <source>Save licence/denial PDF</source>
        <translation>Guardar licencia/denegación en PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF was not saved</source>
        <translation>No se guardó el PDF</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Guardado en %1</translation>
    </message>
    <message>
        <source>Choose the kind of each source listed under the steps before closing.</source>
        <translation>Elija el tipo de cada fuente indicada en los pasos antes de cerrar.</translation>
    </message>
</context>
<context>
    <name>AuthorityDialog</name>
    <message>
        <source>Authority</source>
        <extracomment>The letterhead preview&apos;s box: wide and low, like the banner on the page.</extracomment>
        <translation>Autoridad</translation>
    </message>
    <message>
        <source>&amp;Authority</source>
        <translation>&amp;Autoridad</translation>
    </message>
    <message>
        <source>&amp;Contact point</source>
        <translation>Punto de &amp;contacto</translation>
    </message>
    <message>
        <source>&amp;Letters and signature</source>
        <translation>Cartas y &amp;firma</translation>
    </message>
    <message>
        <source>Standard &amp;provisos</source>
        <translation>C&amp;láusulas estándar</translation>
    </message>
    <message>
        <source>Article &amp;7 policy</source>
        <translation>Política del artículo &amp;7</translation>
    </message>
    <message>
        <source>&amp;Mitigation policy</source>
        <translation>Política de &amp;mitigación</translation>
    </message>
    <message>
        <source>&amp;Destination files</source>
        <translation>Fichas de &amp;destino</translation>
    </message>
    <message>
        <source>Every licence proposes these conditions to the decider, beside the committee&apos;s conditions and the mitigation measures the assessment relied on. One condition per line; an empty list is allowed.</source>
        <translation>Cada licencia propone estas condiciones a quien decide, junto a las condiciones del comité y las medidas de mitigación en las que se basó la evaluación. Una condición por línea; se admite una lista vacía.</translation>
    </message>
    <message>
        <source>A mitigation measure lowers only the risks its kind can address: confidence-building measures and jointly developed programmes (Article 7(2)) any risk; assurances, re-export clauses and verification (Article 11(2)) diversion. If your national policy allows it, an officer may state why a measure of another kind addresses a risk; the reason is then required and printed in the assessment record.</source>
        <translation>Una medida de mitigación solo reduce los riesgos que su tipo puede abordar: las medidas de fomento de la confianza y los programas elaborados conjuntamente (artículo 7(2)), cualquier riesgo; las garantías, las cláusulas de reexportación y la verificación (artículo 11(2)), el desvío. Si su política nacional lo permite, un funcionario puede exponer por qué una medida de otro tipo aborda un riesgo; el motivo pasa entonces a ser obligatorio y se imprime en el acta de evaluación.</translation>
    </message>
    <message>
        <source>Let an officer&apos;s stated reason count (national policy)</source>
        <translation>Admitir el motivo expuesto por un funcionario (política nacional)</translation>
    </message>
    <message>
        <source>Article 6 applies to every transfer. Article 7 is the exporting State&apos;s obligation: for the transfer types ticked here, national policy asks it too, and the assessment record says so. Unticked types are assessed under Article 6 only, and the record says Article 7 was not applicable.</source>
        <translation>El artículo 6 se aplica a toda transferencia. El artículo 7 es una obligación del Estado exportador: para los tipos de transferencia marcados aquí, la política nacional también lo exige, y el acta de evaluación lo indica. Los tipos no marcados se evalúan solo según el artículo 6, y el acta indica que el artículo 7 no era aplicable.</translation>
    </message>
    <message>
        <source>e.g. Export Control Agency, Ministry of Trade</source>
        <translation>p. ej., Agencia de Control de Exportaciones, Ministerio de Comercio</translation>
    </message>
    <message>
        <source>C&amp;hoose image…</source>
        <translation>Elegir &amp;imagen…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>A PNG or JPEG image of at most %1 KB, printed across the top of the first page of every document.</source>
        <translation>Una imagen PNG o JPEG de %1 KB como máximo, impresa en la parte superior de la primera página de cada documento.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Postal a&amp;ddress:</source>
        <translation>Dirección p&amp;ostal:</translation>
    </message>
    <message>
        <source>Reporting &amp;State:</source>
        <translation>&amp;Estado informante:</translation>
    </message>
    <message>
        <source>Default c&amp;urrency:</source>
        <translation>Moneda &amp;predeterminada:</translation>
    </message>
    <message>
        <source>Letterhead:</source>
        <translation>Membrete:</translation>
    </message>
    <message>
        <source>The national point of contact (Article 5(6)): given on the denial letters so that applicants know whom to write to.</source>
        <translation>El punto de contacto nacional (artículo 5(6)): figura en las cartas de denegación para que los solicitantes sepan a quién dirigirse.</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>Correo &amp;electrónico:</translation>
    </message>
    <message>
        <source>&amp;Telephone:</source>
        <translation>&amp;Teléfono:</translation>
    </message>
    <message>
        <source>e.g. For the Minister, by delegation</source>
        <translation>p. ej., Por el Ministro, por delegación</translation>
    </message>
    <message>
        <source>How and within what time an applicant may ask for a review of a denial</source>
        <translation>Cómo y en qué plazo un solicitante puede pedir la revisión de una denegación</translation>
    </message>
    <message>
        <source>The language of the screen</source>
        <translation>El idioma de la pantalla</translation>
    </message>
    <message>
        <source>Licences and denial letters are signed by the person who decided, with their name and job title (File → Users and agencies), under this wording.</source>
        <translation>Las licencias y cartas de denegación las firma la persona que decidió, con su nombre y cargo (Archivo → Usuarios y organismos), bajo esta fórmula.</translation>
    </message>
    <message>
        <source>Signatory &amp;wording:</source>
        <translation>Fórmula del &amp;signatario:</translation>
    </message>
    <message>
        <source>A&amp;ppeal information:</source>
        <translation>Información sobre &amp;recursos:</translation>
    </message>
    <message>
        <source>Documents &amp;written in:</source>
        <translation>Documentos r&amp;edactados en:</translation>
    </message>
    <message>
        <source>No letterhead</source>
        <translation>Sin membrete</translation>
    </message>
    <message>
        <source>Only an administrator changes the authority&apos;s profile.</source>
        <translation>Solo un administrador modifica el perfil de la autoridad.</translation>
    </message>
    <message>
        <source>Give the authority&apos;s name: every document prints it.</source>
        <translation>Indique el nombre de la autoridad: figura en todos los documentos.</translation>
    </message>
    <message>
        <source>Choose a country from the list.</source>
        <translation>Elija un país de la lista.</translation>
    </message>
    <message>
        <source>Give an email address such as name@example.org.</source>
        <translation>Indique una dirección de correo electrónico como nombre@example.org.</translation>
    </message>
    <message>
        <source>Use digits, spaces and + ( ) . / - only.</source>
        <translation>Use solo dígitos, espacios y + ( ) . / -.</translation>
    </message>
    <message>
        <source>Three capital letters (ISO 4217), e.g. EUR.</source>
        <translation>Tres letras mayúsculas (ISO 4217), p. ej., EUR.</translation>
    </message>
    <message>
        <source>Use a PNG or JPEG image of at most %1 KB.</source>
        <translation>Use una imagen PNG o JPEG de %1 KB como máximo.</translation>
    </message>
    <message>
        <source>Choose the letterhead image</source>
        <translation>Elija la imagen del membrete</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>The profile was not saved: see the fields marked.</source>
        <translation>No se guardó el perfil: vea los campos marcados.</translation>
    </message>
    <message>
        <source>Saved. New documents use this profile.</source>
        <translation>Guardado. Los nuevos documentos usan este perfil.</translation>
    </message>
</context>
<context>
    <name>CaseDocuments</name>
    <message>
        <source>Licence</source>
        <extracomment>In menu order.</extracomment>
        <translation>Licencia</translation>
    </message>
    <message>
        <source>Denial letter</source>
        <translation>Carta de denegación</translation>
    </message>
    <message>
        <source>Assessment record</source>
        <translation>Acta de evaluación</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Abrir %1</translation>
    </message>
    <message>
        <source>Save %1…</source>
        <translation>Guardar %1…</translation>
    </message>
    <message>
        <source>Print %1…</source>
        <translation>Imprimir %1…</translation>
    </message>
    <message>
        <source>&amp;PDF documents</source>
        <extracomment>Where &quot;Save…&quot; starts; shared with the assessment wizard for the whole session.</extracomment>
        <translation>Documentos &amp;PDF</translation>
    </message>
    <message>
        <source>Open, save or print the licence, denial letter or assessment record</source>
        <translation>Abrir, guardar o imprimir la licencia, la carta de denegación o el acta de evaluación</translation>
    </message>
    <message>
        <source>Opens the PDF in your PDF viewer: print it from there.</source>
        <translation>Abre el PDF en su visor de PDF: imprímalo desde allí.</translation>
    </message>
    <message>
        <source>The documents appear here once the case has an assessment or a decision.</source>
        <translation>Los documentos aparecen aquí cuando el expediente tiene una evaluación o una decisión.</translation>
    </message>
    <message>
        <source>Writing the %1…</source>
        <translation>Generando %1…</translation>
    </message>
    <message>
        <source>No PDF viewer</source>
        <translation>No hay visor de PDF</translation>
    </message>
    <message>
        <source>No program opened %1. Save the document and open it yourself.</source>
        <translation>Ningún programa abrió %1. Guarde el documento y ábralo usted mismo.</translation>
    </message>
    <message>
        <source>Save %1</source>
        <translation>Guardar %1</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Guardado en %1</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <source>No case is open. Select a case in the register to see it here.</source>
        <extracomment>The officer asked to assess the open case: the window opens the assessment wizard. A new version of the case was saved here (a document added): the register refreshes. The database and the person acting are read from here when the view acts. The open case&apos;s recorded decision, if any (shown under the header).</extracomment>
        <translation>No hay ningún expediente abierto. Seleccione un expediente en el registro para verlo aquí.</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Add d&amp;ocument…</source>
        <translation>Añadir &amp;documento…</translation>
    </message>
    <message>
        <source>&amp;Assess…</source>
        <translation>E&amp;valuar…</translation>
    </message>
    <message>
        <source>Transfer type</source>
        <translation>Tipo de transferencia</translation>
    </message>
    <message>
        <source>Exporter / applicant</source>
        <translation>Exportador / solicitante</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <source>Exporting State</source>
        <translation>Estado exportador</translation>
    </message>
    <message>
        <source>Transit States</source>
        <translation>Estados de tránsito</translation>
    </message>
    <message>
        <source>Final importing State</source>
        <translation>Estado importador final</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Presentado</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Decidido</translation>
    </message>
    <message>
        <source>End-user certificate</source>
        <extracomment>Longer texts, each on a row of its own so that nothing is cut off.</extracomment>
        <translation>Certificado de usuario final</translation>
    </message>
    <message>
        <source>Intended end use</source>
        <translation>Uso final previsto</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Model / type</source>
        <translation>Modelo / tipo</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Clasificación</translation>
    </message>
    <message>
        <source>ATT category</source>
        <translation>Categoría TCA</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Withheld from report</source>
        <translation>Excluido del informe</translation>
    </message>
    <message>
        <source>Comment for the report</source>
        <translation>Comentario para el informe</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Dated</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Registrado</translation>
    </message>
    <message>
        <source>Licence number</source>
        <translation>Número de licencia</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Expedida</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Válida desde</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Válida hasta</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>C&amp;hange requests…</source>
        <translation>&amp;Solicitudes de modificación…</translation>
    </message>
    <message>
        <source>Re-export, re-transfer, or change of end user, end use or location</source>
        <translation>Reexportación, retransferencia o cambio de usuario final, uso final o ubicación</translation>
    </message>
    <message>
        <source>%1 change request(s) awaiting a decision</source>
        <translation>%1 solicitud(es) de modificación pendiente(s) de decisión</translation>
    </message>
    <message>
        <source>A decided or withdrawn case cannot be edited.</source>
        <translation>Un expediente decidido o retirado no puede modificarse.</translation>
    </message>
    <message>
        <source>Change the application&apos;s details (Ctrl+E)</source>
        <translation>Modificar los datos de la solicitud (Ctrl+E)</translation>
    </message>
    <message>
        <source>A withdrawn case has nothing to assess.</source>
        <translation>Un expediente retirado no tiene nada que evaluar.</translation>
    </message>
    <message>
        <source>This case was decided without an assessment recorded in ATT Desktop (imported or demo data).</source>
        <translation>Este expediente se decidió sin una evaluación registrada en ATT Desktop (datos importados o de demostración).</translation>
    </message>
    <message>
        <source>Review the assessment and the decision (Ctrl+Shift+A)</source>
        <translation>Revisar la evaluación y la decisión (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>Assess the application: Article 6, Article 7, then the decision (Ctrl+Shift+A)</source>
        <translation>Evaluar la solicitud: artículo 6, artículo 7 y después la decisión (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>Authorised on %1 by %2</source>
        <translation>Autorizado el %1 por %2</translation>
    </message>
    <message>
        <source>Denied on %1 by %2</source>
        <translation>Denegado el %1 por %2</translation>
    </message>
    <message>
        <source>Authorised on %1</source>
        <translation>Autorizado el %1</translation>
    </message>
    <message>
        <source>Denied on %1</source>
        <translation>Denegado el %1</translation>
    </message>
    <message>
        <source>licence %1, valid %2 to %3</source>
        <translation>licencia %1, válida del %2 al %3</translation>
    </message>
    <message>
        <source>grounds: %1</source>
        <translation>motivos: %1</translation>
    </message>
    <message>
        <source>criteria: %1</source>
        <translation>criterios: %1</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>fila %1</translation>
    </message>
    <message>
        <source>rows %1–%2</source>
        <translation>filas %1–%2</translation>
    </message>
    <message>
        <source>imported from %1, %2, by %3 on %4</source>
        <translation>importado de %1, %2, por %3 el %4</translation>
    </message>
    <message>
        <source>imported from %1 by %3 on %4</source>
        <translation>importado de %1 por %3 el %4</translation>
    </message>
    <message>
        <source>historical: decided outside the app</source>
        <translation>histórico: decidido fuera de la aplicación</translation>
    </message>
    <message>
        <source>Not reportable: %1</source>
        <translation>No se notifica: %1</translation>
    </message>
    <message>
        <source>%1, acting for %2</source>
        <translation>%1, en nombre de %2</translation>
    </message>
    <message>
        <source>Yes: %1</source>
        <translation>Sí: %1</translation>
    </message>
    <message>
        <source>Parties (%1)</source>
        <translation>Partes (%1)</translation>
    </message>
    <message>
        <source>Line items (%1)</source>
        <translation>Partidas (%1)</translation>
    </message>
    <message>
        <source>Documents (%1)</source>
        <translation>Documentos (%1)</translation>
    </message>
    <message>
        <source>Licences (%1)</source>
        <translation>Licencias (%1)</translation>
    </message>
    <message>
        <source>History (%1)</source>
        <translation>Historial (%1)</translation>
    </message>
    <message>
        <source>Sanctions list hits (%1)</source>
        <translation>Coincidencias ONU (%1)</translation>
    </message>
    <message>
        <source>— %1 to review</source>
        <translation>— %1 por revisar</translation>
    </message>
    <message>
        <source>Follow-up (%1)</source>
        <translation>Seguimiento (%1)</translation>
    </message>
    <message>
        <source>— %1 overdue</source>
        <translation>— %1 vencidas</translation>
    </message>
    <message>
        <source>Licence %1</source>
        <translation>Licencia %1</translation>
    </message>
    <message>
        <source>valid until %1</source>
        <translation>válida hasta el %1</translation>
    </message>
    <message>
        <source>Shipped on %1</source>
        <translation>Enviado el %1</translation>
    </message>
    <message>
        <source>Revision %1</source>
        <translation>Versión %1</translation>
    </message>
    <message>
        <source>Document not recorded</source>
        <translation>Documento no registrado</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>Cambiar la contraseña</translation>
    </message>
</context>
<context>
    <name>ChangePasswordForm</name>
    <message>
        <source>Choose a new password</source>
        <translation>Elija una nueva contraseña</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Cambiar la contraseña</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>C&amp;urrent password:</source>
        <translation>Contraseña &amp;actual:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Nueva contraseña:</translation>
    </message>
    <message>
        <source>&amp;Repeat new password:</source>
        <translation>&amp;Repita la nueva contraseña:</translation>
    </message>
    <message>
        <source>Welcome, %1. You signed in with a one-time password: choose your own before you continue.</source>
        <translation>Bienvenido/a, %1. Ha iniciado sesión con una contraseña de un solo uso: elija la suya antes de continuar.</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <source>Change your password</source>
        <translation>Cambie su contraseña</translation>
    </message>
    <message>
        <source>Change the password of %1.</source>
        <translation>Cambiar la contraseña de %1.</translation>
    </message>
</context>
<context>
    <name>ChangeRequests</name>
    <message>
        <source>Re-export</source>
        <translation>Reexportación</translation>
    </message>
    <message>
        <source>Re-transfer within the importing State</source>
        <translation>Retransferencia dentro del Estado importador</translation>
    </message>
    <message>
        <source>Change of end user</source>
        <translation>Cambio de usuario final</translation>
    </message>
    <message>
        <source>Change of end use</source>
        <translation>Cambio de uso final</translation>
    </message>
    <message>
        <source>Change of location</source>
        <translation>Cambio de ubicación</translation>
    </message>
    <message>
        <source>The importing State&apos;s authority</source>
        <translation>La autoridad del Estado importador</translation>
    </message>
    <message>
        <source>The end user</source>
        <translation>El usuario final</translation>
    </message>
    <message>
        <source>The exporter</source>
        <translation>El exportador</translation>
    </message>
    <message>
        <source>Awaiting decision</source>
        <translation>Pendiente de decisión</translation>
    </message>
    <message>
        <source>Consented</source>
        <translation>Consentida</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Denegada</translation>
    </message>
</context>
<context>
    <name>ChangeRequestsDialog</name>
    <message>
        <source>Change requests: %1</source>
        <extracomment>A request was recorded or decided: the case view shows the case again.</extracomment>
        <translation>Solicitudes de modificación: %1</translation>
    </message>
    <message>
        <source>Requests to re-export, re-transfer, or change the end user, end use or location of what a licence covers. An officer records each request; the deciding authority consents or refuses it, as for a decision.</source>
        <translation>Solicitudes de reexportar, retransferir o cambiar el usuario final, el uso final o la ubicación de lo que ampara una licencia. Un funcionario registra cada solicitud; la autoridad decisoria la consiente o la deniega, como en una decisión.</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Solicitud</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>Pedida por</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibida</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Propuesta</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>&amp;Record request…</source>
        <translation>&amp;Registrar solicitud…</translation>
    </message>
    <message>
        <source>&amp;Decide…</source>
        <translation>&amp;Decidir…</translation>
    </message>
    <message>
        <source>Consent &amp;letter…</source>
        <translation>&amp;Carta de consentimiento…</translation>
    </message>
    <message>
        <source>Save the consent letter of the selected request</source>
        <translation>Guardar la carta de consentimiento de la solicitud seleccionada</translation>
    </message>
    <message>
        <source>A licensing officer or the focal point records requests on a valid licence.</source>
        <translation>Un funcionario de licencias o el punto focal registra solicitudes sobre una licencia vigente.</translation>
    </message>
    <message>
        <source>Choose a request awaiting a decision.</source>
        <translation>Elija una solicitud pendiente de decisión.</translation>
    </message>
    <message>
        <source>Items: %1</source>
        <translation>Artículos: %1</translation>
    </message>
    <message>
        <source>Justification: %1</source>
        <translation>Justificación: %1</translation>
    </message>
    <message>
        <source>Documents: %1</source>
        <translation>Documentos: %1</translation>
    </message>
    <message>
        <source>Recorded by %1 on %2</source>
        <translation>Registrada por %1 el %2</translation>
    </message>
    <message>
        <source>Article 6 prohibits a consent: %1</source>
        <translation>El artículo 6 prohíbe un consentimiento: %1</translation>
    </message>
    <message>
        <source>%1 by %2 on %3: %4</source>
        <translation>%1 por %2 el %3: %4</translation>
    </message>
    <message>
        <source>Conditions: %1</source>
        <translation>Condiciones: %1</translation>
    </message>
    <message>
        <source>Save the consent letter</source>
        <translation>Guardar la carta de consentimiento</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Guardado en %1</translation>
    </message>
    <message>
        <source>Writing the consent letter…</source>
        <translation>Generando la carta de consentimiento…</translation>
    </message>
</context>
<context>
    <name>CommitteeIntegration</name>
    <message>
        <source>Committee</source>
        <extracomment>Open this case (from My work). Open a year&apos;s annual report submission (a report&apos;s item in My work). A committee step changed this case: show it again and refresh the register.</extracomment>
        <translation>Comité</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <source>Timeline (%1)</source>
        <translation>Cronología (%1)</translation>
    </message>
    <message>
        <source>Co&amp;mmittee</source>
        <translation>Co&amp;mité</translation>
    </message>
    <message>
        <source>&amp;My work</source>
        <translation>Mi &amp;trabajo</translation>
    </message>
    <message>
        <source>The cases waiting for you (Ctrl+Shift+M)</source>
        <translation>Los expedientes que le esperan (Ctrl+Shift+M)</translation>
    </message>
    <message>
        <source>Committee &amp;sessions…</source>
        <translation>&amp;Sesiones del comité…</translation>
    </message>
</context>
<context>
    <name>CommitteeSessionWindow</name>
    <message>
        <source>Committee sessions</source>
        <extracomment>A case&apos;s committee record changed (an outcome): the window may refresh it.</extracomment>
        <translation>Sesiones del comité</translation>
    </message>
    <message>
        <source>e.g. Monthly inter-agency committee</source>
        <extracomment>The database and the person acting, read at each service call.</extracomment>
        <translation>p. ej., Comité interinstitucional mensual</translation>
    </message>
    <message>
        <source>&amp;Open a sitting</source>
        <translation>&amp;Abrir una reunión</translation>
    </message>
    <message>
        <source>Every case now in committee goes on its agenda</source>
        <translation>Todos los expedientes que están ahora en el comité pasan a su orden del día</translation>
    </message>
    <message>
        <source>New sitting</source>
        <translation>Nueva reunión</translation>
    </message>
    <message>
        <source>&amp;Held on:</source>
        <translation>Celebrada &amp;el:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>Sittings:</source>
        <translation>Reuniones:</translation>
    </message>
    <message>
        <source>Record &amp;attendance</source>
        <translation>Registrar as&amp;istencia</translation>
    </message>
    <message>
        <source>Present at the table</source>
        <translation>Presentes en la mesa</translation>
    </message>
    <message>
        <source>What the table concluded, e.g. &apos;Recommend approval with end-use check&apos;</source>
        <translation>Lo que concluyó la mesa, p. ej., «Recomienda aprobar con verificación del uso final»</translation>
    </message>
    <message>
        <source>Record o&amp;utcome</source>
        <translation>Registrar &amp;resultado</translation>
    </message>
    <message>
        <source>← &amp;Previous case</source>
        <translation>← Expediente a&amp;nterior</translation>
    </message>
    <message>
        <source>&amp;Next case →</source>
        <translation>&amp;Siguiente expediente →</translation>
    </message>
    <message>
        <source>&amp;Close the sitting</source>
        <translation>&amp;Cerrar la reunión</translation>
    </message>
    <message>
        <source>Close this sitting? Its attendance and outcomes can no longer be changed afterwards.</source>
        <translation>¿Cerrar esta reunión? Su asistencia y sus resultados ya no podrán modificarse.</translation>
    </message>
    <message>
        <source>&amp;Yes, close it</source>
        <translation>&amp;Sí, cerrarla</translation>
    </message>
    <message>
        <source>&amp;Keep it open</source>
        <translation>&amp;Mantenerla abierta</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Orden del día</translation>
    </message>
    <message>
        <source>open</source>
        <translation>abierta</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>cerrada</translation>
    </message>
    <message>
        <source>No case on the agenda.</source>
        <translation>Ningún expediente en el orden del día.</translation>
    </message>
    <message>
        <source>Case %1 of %2: %3</source>
        <translation>Expediente %1 de %2: %3</translation>
    </message>
    <message>
        <source>%1 of %2 agencies answered (quorum %3).</source>
        <translation>Han respondido %1 de %2 organismos (quórum: %3).</translation>
    </message>
    <message>
        <source>Not yet answered: %1</source>
        <translation>Aún sin responder: %1</translation>
    </message>
</context>
<context>
    <name>CommitteeVocabulary</name>
    <message>
        <source>Approve</source>
        <translation>Aprobar</translation>
    </message>
    <message>
        <source>Approve with conditions</source>
        <translation>Aprobar con condiciones</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>Rechazar</translation>
    </message>
    <message>
        <source>Abstain</source>
        <translation>Abstenerse</translation>
    </message>
    <message>
        <source>Assigned to you</source>
        <translation>Asignado a usted</translation>
    </message>
    <message>
        <source>Your agency&apos;s opinion is awaited</source>
        <translation>Se espera el dictamen de su organismo</translation>
    </message>
    <message>
        <source>Ready for your decision</source>
        <translation>Listo para su decisión</translation>
    </message>
    <message>
        <source>You were mentioned</source>
        <translation>Le han mencionado</translation>
    </message>
    <message>
        <source>An opinion is overdue</source>
        <translation>Hay un dictamen vencido</translation>
    </message>
    <message>
        <source>Licence follow-up overdue</source>
        <translation>Seguimiento de licencia vencido</translation>
    </message>
    <message>
        <source>Change request awaits a decision</source>
        <translation>Solicitud de modificación pendiente de decisión</translation>
    </message>
    <message>
        <source>Your advice on gender-based violence is asked</source>
        <translation>Se pide su asesoramiento sobre violencia por motivos de género</translation>
    </message>
    <message>
        <source>Licence to reassess (Article 7(7))</source>
        <translation>Licencia por reevaluar (artículo 7(7))</translation>
    </message>
    <message>
        <source>Handed over to you</source>
        <translation>Traspasado a usted</translation>
    </message>
    <message>
        <source>A report awaits your sign-off</source>
        <translation>Un informe espera su visto bueno</translation>
    </message>
    <message>
        <source>Annual report %1</source>
        <translation>Informe anual %1</translation>
    </message>
    <message>
        <source>licence %1, incident %2</source>
        <translation>licencia %1, incidente %2</translation>
    </message>
    <message>
        <source>%1, licence %2</source>
        <translation>%1, licencia %2</translation>
    </message>
    <message>
        <source>opinion of %1</source>
        <translation>dictamen de %1</translation>
    </message>
    <message>
        <source>(urgent)</source>
        <translation>(urgente)</translation>
    </message>
    <message>
        <source>approval for submission</source>
        <translation>aprobación para la presentación</translation>
    </message>
    <message>
        <source>contribution of %1</source>
        <translation>aportación de %1</translation>
    </message>
</context>
<context>
    <name>ConclusionPage</name>
    <message>
        <source>Criterion</source>
        <translation>Criterio</translation>
    </message>
    <message>
        <source>Before mitigation</source>
        <translation>Antes de la mitigación</translation>
    </message>
    <message>
        <source>After mitigation</source>
        <translation>Después de la mitigación</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Explicación</translation>
    </message>
    <message>
        <source>Computed by the application from your findings: if, after mitigation, an overriding risk remains on any criterion, the State shall not authorise (Article 7(3)). Change a finding on its page to change this conclusion.</source>
        <translation>Calculado por la aplicación a partir de sus valoraciones: si, tras la mitigación, persiste un riesgo manifiesto en algún criterio, el Estado no autorizará la exportación (artículo 7(3)). Cambie una valoración en su página para cambiar esta conclusión.</translation>
    </message>
    <message>
        <source>Recommendation: %1</source>
        <translation>Recomendación: %1</translation>
    </message>
    <message>
        <source>Grounds:</source>
        <translation>Motivos:</translation>
    </message>
    <message>
        <source>%1 answer(s) are still missing before this assessment can be completed. They are listed under the steps: click one to go to its question.</source>
        <translation>Aún faltan %1 respuesta(s) para poder completar esta evaluación. Figuran en los pasos: haga clic en una para ir a su pregunta.</translation>
    </message>
    <message>
        <source>Conditions the assessment requires:</source>
        <translation>Condiciones que exige la evaluación:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notas:</translation>
    </message>
</context>
<context>
    <name>ConditionsEditor</name>
    <message>
        <source>Condition</source>
        <extracomment>The decider&apos;s own additions, after the proposed groups. The text as proposed: a row the decider has not edited can be withdrawn by a new proposal.</extracomment>
        <translation>Condición</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Another condition of your own</source>
        <translation>Otra condición propia</translation>
    </message>
    <message>
        <source>Add condition</source>
        <translation>Añadir condición</translation>
    </message>
    <message>
        <source>Asked for by the committee</source>
        <translation>Pedida por el comité</translation>
    </message>
    <message>
        <source>Mitigation measures the assessment&apos;s findings relied on</source>
        <translation>Medidas de mitigación en las que se basaron las valoraciones de la evaluación</translation>
    </message>
    <message>
        <source>Required by the assessment (cannot be removed)</source>
        <translation>Exigida por la evaluación (no puede quitarse)</translation>
    </message>
    <message>
        <source>The authority&apos;s standard provisos</source>
        <translation>Cláusulas estándar de la autoridad</translation>
    </message>
    <message>
        <source>Added by the decider</source>
        <translation>Añadida por quien decide</translation>
    </message>
    <message>
        <source>Relied on for %1</source>
        <translation>Tenida en cuenta para %1</translation>
    </message>
</context>
<context>
    <name>ConsistencyPanel</name>
    <message>
        <source>Consistency: like cases</source>
        <extracomment>The officer asked to record a denial notified by another State.</extracomment>
        <translation>Coherencia: casos similares</translation>
    </message>
    <message>
        <source>Record a denial from another State…</source>
        <translation>Registrar una denegación de otro Estado…</translation>
    </message>
    <message>
        <source>Denials notified by other States are matched against this case&apos;s parties.</source>
        <translation>Las denegaciones notificadas por otros Estados se cotejan con las partes de este expediente.</translation>
    </message>
    <message>
        <source>authorised</source>
        <translation>autorizado</translation>
    </message>
    <message>
        <source>denied</source>
        <translation>denegado</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>No disponible</translation>
    </message>
    <message>
        <source>Same destination</source>
        <translation>Mismo destino</translation>
    </message>
    <message>
        <source>Same end user</source>
        <translation>Mismo usuario final</translation>
    </message>
    <message>
        <source>Same category</source>
        <translation>Misma categoría</translation>
    </message>
    <message>
        <source>No earlier decision</source>
        <translation>Ninguna decisión anterior</translation>
    </message>
    <message>
        <source>Denial notices matching the parties (%1)</source>
        <translation>Notificaciones de denegación que coinciden con las partes (%1)</translation>
    </message>
    <message>
        <source>exact name</source>
        <translation>nombre exacto</translation>
    </message>
    <message>
        <source>similar name</source>
        <translation>nombre similar</translation>
    </message>
    <message>
        <source>%1: %2 (%3) ~ %4, denied by %5 on %6</source>
        <translation>%1: %2 (%3) ~ %4, denegado por %5 el %6</translation>
    </message>
    <message>
        <source>this authority</source>
        <translation>esta autoridad</translation>
    </message>
    <message>
        <source>No matching denial notice</source>
        <translation>Ninguna notificación de denegación coincidente</translation>
    </message>
    <message>
        <source>Diversion and breach incidents (%1)</source>
        <translation>Incidentes de desvío e incumplimiento (%1)</translation>
    </message>
    <message>
        <source>No incident with these parties or destination</source>
        <translation>Ningún incidente con estas partes o este destino</translation>
    </message>
</context>
<context>
    <name>Consultation</name>
    <message>
        <source>%1 cases</source>
        <translation>Expedientes (%1)</translation>
    </message>
    <message>
        <source>Any case</source>
        <translation>Cualquier expediente</translation>
    </message>
    <message>
        <source>in category %1</source>
        <translation>en la categoría %1</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>con destino a %1</translation>
    </message>
    <message>
        <source>with transit or trans-shipment States</source>
        <translation>con Estados de tránsito o transbordo</translation>
    </message>
    <message>
        <source>with a serious GBV finding (Art. 7(4))</source>
        <translation>con una valoración de VMG grave (art. 7(4))</translation>
    </message>
    <message>
        <source>with an Article 6 concern</source>
        <translation>con un problema relativo al artículo 6</translation>
    </message>
    <message>
        <source>with the risk %1 at %2 or above</source>
        <translation>con el riesgo %1 de nivel %2 o superior</translation>
    </message>
    <message>
        <source>Mandate: %1</source>
        <translation>Mandato: %1</translation>
    </message>
    <message>
        <source>No mandate recorded yet.</source>
        <translation>Aún no se ha registrado el mandato.</translation>
    </message>
    <message>
        <source>Contact: %1</source>
        <translation>Contacto: %1</translation>
    </message>
    <message>
        <source>Answers: %1</source>
        <translation>Responde a: %1</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Aún no</translation>
    </message>
    <message>
        <source>Overdue: was due %1</source>
        <translation>Plazo vencido el %1</translation>
    </message>
    <message>
        <source>Not yet, due %1</source>
        <translation>Aún no; vence el %1</translation>
    </message>
    <message>
        <source>(urgent)</source>
        <translation>(urgente)</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Organismo</translation>
    </message>
    <message>
        <source>Required by the rules</source>
        <translation>Exigido por las reglas</translation>
    </message>
    <message>
        <source>Reason for departing</source>
        <translation>Motivo para apartarse</translation>
    </message>
    <message>
        <source>&amp;Urgent: shorter due date</source>
        <translation>&amp;Urgente: plazo más corto</translation>
    </message>
    <message>
        <source>Why is the case urgent?</source>
        <translation>¿Por qué es urgente el expediente?</translation>
    </message>
    <message>
        <source>Not required</source>
        <translation>No exigido</translation>
    </message>
    <message>
        <source>Why is it not consulted?</source>
        <translation>¿Por qué no se le consulta?</translation>
    </message>
    <message>
        <source>Why is it consulted?</source>
        <translation>¿Por qué se le consulta?</translation>
    </message>
    <message>
        <source>Opinions will be due by %1 (%2 working days).</source>
        <translation>Plazo de los dictámenes: hasta el %1 (%2 días hábiles).</translation>
    </message>
</context>
<context>
    <name>ConsultationPanel</name>
    <message>
        <source>Record the answer</source>
        <extracomment>Asks &quot;record this answer? it cannot be changed&quot;: True to go ahead.</extracomment>
        <translation>Registrar la respuesta</translation>
    </message>
    <message>
        <source>Organisation or expert</source>
        <translation>Organización o experto</translation>
    </message>
    <message>
        <source>Your answer as gender adviser</source>
        <extracomment>An answer was recorded: the case view shows the case again (its history changed). Asked before an answer is recorded (tests replace it).</extracomment>
        <translation>Su respuesta como asesor de género</translation>
    </message>
    <message>
        <source>Add an organisation or e&amp;xpert consulted</source>
        <translation>Añadir una organización o un &amp;experto consultado</translation>
    </message>
    <message>
        <source>&amp;Record the answer…</source>
        <translation>&amp;Registrar la respuesta…</translation>
    </message>
    <message>
        <source>&amp;Answer</source>
        <translation>Res&amp;puesta</translation>
    </message>
    <message>
        <source>Answered on</source>
        <translation>Respondida el</translation>
    </message>
    <message>
        <source>Consulted</source>
        <translation>Consultados</translation>
    </message>
    <message>
        <source>GBV consultation</source>
        <translation>Consulta sobre VMG</translation>
    </message>
    <message>
        <source>The gender adviser has not been asked about this case. The officer asks from the assessment&apos;s Article 7(4) page once GBV steps 1 and 2 are yes.</source>
        <translation>No se ha consultado al asesor de género sobre este expediente. El funcionario lo consulta desde la página del artículo 7(4) de la evaluación cuando los pasos 1 y 2 de VMG son afirmativos.</translation>
    </message>
    <message>
        <source>GBV consultation (%1)</source>
        <translation>Consulta sobre VMG (%1)</translation>
    </message>
    <message>
        <source>Record this answer for %1? An answer is part of the record and cannot be changed.</source>
        <translation>¿Registrar esta respuesta para %1? Una respuesta forma parte del expediente y no puede modificarse.</translation>
    </message>
</context>
<context>
    <name>CountryCombo</name>
    <message>
        <source>Type to search…</source>
        <extracomment>Item data: the ISO 3166-1 alpha-2 code. Item data: every spelling the completer matches against (local name, English name, codes).</extracomment>
        <translation>Escriba para buscar…</translation>
    </message>
</context>
<context>
    <name>CountryListEditor</name>
    <message>
        <source>&amp;Add State</source>
        <translation>Añadir &amp;Estado</translation>
    </message>
    <message>
        <source>Remo&amp;ve State</source>
        <translation>&amp;Quitar Estado</translation>
    </message>
    <message>
        <source>Transit States</source>
        <translation>Estados de tránsito</translation>
    </message>
    <message>
        <source>choose a country from the list</source>
        <translation>elija un país de la lista</translation>
    </message>
    <message>
        <source>%1 is already in the list</source>
        <translation>%1 ya está en la lista</translation>
    </message>
    <message>
        <source>press Add State to include &apos;%1&apos;, or clear the box</source>
        <translation>pulse Añadir Estado para incluir «%1» o vacíe el campo</translation>
    </message>
</context>
<context>
    <name>CustomsImportDialog</name>
    <message>
        <source>Import shipments from a customs file</source>
        <translation>Importar envíos desde un archivo de aduanas</translation>
    </message>
    <message>
        <source>C&amp;hoose file…</source>
        <translation>&amp;Elegir archivo…</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Customs reference</source>
        <translation>Referencia aduanera</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Close</source>
        <extracomment>Reading or importing the file runs on a worker thread; this shows it is under way.</extracomment>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <source>Rows understood:</source>
        <translation>Filas interpretadas:</translation>
    </message>
    <message>
        <source>Errors (nothing is imported until they are fixed):</source>
        <translation>Errores (no se importa nada hasta corregirlos):</translation>
    </message>
    <message>
        <source>Warnings (recorded with each shipment):</source>
        <translation>Advertencias (se registran con cada envío):</translation>
    </message>
    <message>
        <source>Customs file</source>
        <translation>Archivo de aduanas</translation>
    </message>
    <message>
        <source>Customs exports (*.csv *.xlsx);;All files (*)</source>
        <translation>Exportaciones de aduanas (*.csv *.xlsx);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Leyendo %1…</translation>
    </message>
    <message numerus="yes">
        <source>%n shipment(s) ready to import.</source>
        <translation>
            <numerusform>%n envío listo para importar.</numerusform>
            <numerusform>%n envíos listos para importar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s).</source>
        <translation>
            <numerusform>%n advertencia.</numerusform>
            <numerusform>%n advertencias.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s): correct the file and choose it again.</source>
        <translation>
            <numerusform>%n error: corrija el archivo y vuelva a elegirlo.</numerusform>
            <numerusform>%n errores: corrija el archivo y vuelva a elegirlo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importando %1…</translation>
    </message>
    <message numerus="yes">
        <source>%n shipment(s) imported.</source>
        <translation>
            <numerusform>%n envío importado.</numerusform>
            <numerusform>%n envíos importados.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DatabaseDialog</name>
    <message>
        <source>Choose the database</source>
        <extracomment>Answers &quot;which file?&quot; (the window passes its prompter&apos;s open_file); None = cancelled. Checks a target and returns what opening it would do; raises DatabaseError.</extracomment>
        <translation>Elegir la base de datos</translation>
    </message>
    <message>
        <source>A database &amp;file on this computer</source>
        <translation>Un &amp;archivo de base de datos en este equipo</translation>
    </message>
    <message>
        <source>A shared &amp;PostgreSQL server</source>
        <translation>Un servidor &amp;PostgreSQL compartido</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Pro&amp;bar la conexión</translation>
    </message>
    <message>
        <source>e.g. att-desktop.sqlite3</source>
        <extracomment>Busy while the connection is tried (on a worker thread: a server may be slow).</extracomment>
        <translation>p. ej., att-desktop.sqlite3</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>Arc&amp;hivo:</translation>
    </message>
    <message>
        <source>server name or address</source>
        <translation>nombre o dirección del servidor</translation>
    </message>
    <message>
        <source>leave empty to use your password file</source>
        <translation>déjela vacía para usar su archivo de contraseñas</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>Po&amp;rt:</source>
        <translation>Puer&amp;to:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>Base de &amp;datos:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>&amp;Encryption (SSL):</source>
        <translation>Ci&amp;frado (SSL):</translation>
    </message>
    <message>
        <source>The password is used for this session only and is never saved. The database must exist and be empty the first time; ATT Desktop sets it up.</source>
        <translation>La contraseña se usa solo en esta sesión y nunca se guarda. La base de datos debe existir y estar vacía la primera vez; ATT Desktop la prepara.</translation>
    </message>
    <message>
        <source>Enter or choose the database file.</source>
        <translation>Introduzca o elija el archivo de base de datos.</translation>
    </message>
    <message>
        <source>Enter the server&apos;s name or address.</source>
        <translation>Introduzca el nombre o la dirección del servidor.</translation>
    </message>
    <message>
        <source>Enter the name of the database on the server.</source>
        <translation>Introduzca el nombre de la base de datos en el servidor.</translation>
    </message>
    <message>
        <source>Trying %1…</source>
        <translation>Probando %1…</translation>
    </message>
</context>
<context>
    <name>DeactivationDialog</name>
    <message>
        <source>Deactivate %1: hand over their work</source>
        <extracomment>The account was deactivated (its user id).</extracomment>
        <translation>Desactivar a %1: traspasar su trabajo</translation>
    </message>
    <message>
        <source>%1 still holds the work below. Choose who carries each item on and write what they need to know: the summary is kept in each case&apos;s history and shown in the successors&apos; My work. A case goes to a licensing officer or the deciding authority; an agency&apos;s opinion to a member of the same agency.</source>
        <translation>%1 todavía tiene a su cargo el trabajo siguiente. Elija quién continúa cada asunto y escriba lo que deben saber los sucesores: el resumen se conserva en el historial de cada expediente y se muestra en «Mi trabajo» de los sucesores. Un expediente pasa a un funcionario de licencias o a la autoridad decisoria; el dictamen de un organismo, a un miembro del mismo organismo.</translation>
    </message>
    <message>
        <source>Choose one per case below</source>
        <translation>Elija uno por expediente a continuación</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Expediente</translation>
    </message>
    <message>
        <source>What is handed over</source>
        <translation>Qué se traspasa</translation>
    </message>
    <message>
        <source>Successor</source>
        <translation>Sucesor</translation>
    </message>
    <message>
        <source>Successor for &amp;every case:</source>
        <translation>Sucesor para &amp;todos los expedientes:</translation>
    </message>
    <message>
        <source>Handover &amp;summary:</source>
        <translation>&amp;Resumen del traspaso:</translation>
    </message>
    <message>
        <source>&amp;Reason (for the history):</source>
        <translation>&amp;Motivo (para el historial):</translation>
    </message>
    <message>
        <source>&amp;Hand over and deactivate</source>
        <translation>Traspasar y &amp;desactivar</translation>
    </message>
    <message>
        <source>The agency has nobody else who can answer: leave its opinion unanswered and record that in the history</source>
        <translation>El organismo no tiene a nadie más que pueda responder: dejar su dictamen sin respuesta y hacerlo constar en el historial</translation>
    </message>
    <message>
        <source>Where each case stands, what is awaited from whom, what to watch for…</source>
        <translation>En qué punto está cada expediente, qué se espera y de quién, a qué hay que prestar atención…</translation>
    </message>
    <message>
        <source>e.g. retired, moved to another ministry</source>
        <translation>p. ej., jubilado, trasladado a otro ministerio</translation>
    </message>
    <message>
        <source>%1 will no longer be able to sign in; hand over and deactivate</source>
        <translation>%1 ya no podrá iniciar sesión; traspasar y desactivar</translation>
    </message>
    <message>
        <source>Assigned case (%1)</source>
        <translation>Expediente asignado (%1)</translation>
    </message>
    <message>
        <source>As chosen above</source>
        <translation>Según lo elegido arriba</translation>
    </message>
    <message>
        <source>Opinion of %1, which only they can still give</source>
        <translation>Dictamen de %1, que solo esta persona puede emitir aún</translation>
    </message>
    <message>
        <source>Nobody of the agency</source>
        <translation>Nadie del organismo</translation>
    </message>
    <message>
        <source>Write a summary of at least %1 characters and tick the confirmation.</source>
        <translation>Escriba un resumen de al menos %1 caracteres y marque la confirmación.</translation>
    </message>
</context>
<context>
    <name>DecideDialog</name>
    <message>
        <source>Decide %1</source>
        <translation>Decidir %1</translation>
    </message>
    <message>
        <source>Decision &amp;date:</source>
        <translation>Fec&amp;ha de la decisión:</translation>
    </message>
    <message>
        <source>See the messages above.</source>
        <translation>Vea los mensajes anteriores.</translation>
    </message>
    <message>
        <source>The decision was not recorded.</source>
        <translation>No se registró la decisión.</translation>
    </message>
</context>
<context>
    <name>DecideRequestDialog</name>
    <message>
        <source>Decide: %1 on licence %2</source>
        <translation>Decidir: %1 sobre la licencia %2</translation>
    </message>
    <message>
        <source>%1, asked by %2 on %3. Justification: %4</source>
        <translation>%1, pedida por %2 el %3. Justificación: %4</translation>
    </message>
    <message>
        <source>Article 6 prohibits a consent: %1</source>
        <translation>El artículo 6 prohíbe un consentimiento: %1</translation>
    </message>
    <message>
        <source>&amp;Consent</source>
        <translation>&amp;Consentir</translation>
    </message>
    <message>
        <source>&amp;Refuse</source>
        <translation>&amp;Denegar</translation>
    </message>
    <message>
        <source>One condition per line (consent only)</source>
        <translation>Una condición por línea (solo para el consentimiento)</translation>
    </message>
    <message>
        <source>I have checked the request; the decision is signed and cannot be undone</source>
        <translation>He comprobado la solicitud; la decisión queda firmada y no puede deshacerse</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>Decisión:</translation>
    </message>
    <message>
        <source>Rea&amp;soning:</source>
        <translation>&amp;Fundamentación:</translation>
    </message>
    <message>
        <source>Co&amp;nditions:</source>
        <translation>C&amp;ondiciones:</translation>
    </message>
    <message>
        <source>Record &amp;decision</source>
        <translation>&amp;Registrar la decisión</translation>
    </message>
</context>
<context>
    <name>DecisionForm</name>
    <message>
        <source>The reasoning for the decision, as it will appear in the record</source>
        <extracomment>Grounds a decider may cite for a denial the engine did not ground itself. The start the service suggested, while the decider has not changed it. The rows of the lines table behind ``licence_terms().lines``, for the service&apos;s errors (&quot;licence.lines[1].quantity&quot;) to find their row. The decision date&apos;s problems (in the future, before receipt), from the form&apos;s own check or the service&apos;s refusal (field ``decided_on``).</extracomment>
        <translation>La fundamentación de la decisión, tal como figurará en el expediente</translation>
    </message>
    <message>
        <source>Reasons for departing from the &amp;majority</source>
        <translation>Motivos para apartarse de la &amp;mayoría</translation>
    </message>
    <message>
        <source>Required when the decision goes against the committee&apos;s majority</source>
        <translation>Obligatorio cuando la decisión contradice a la mayoría del comité</translation>
    </message>
    <message>
        <source>&amp;Reasoning</source>
        <translation>&amp;Fundamentación</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <source>&amp;Authorise: issue a licence</source>
        <translation>&amp;Autorizar: expedir una licencia</translation>
    </message>
    <message>
        <source>De&amp;ny</source>
        <translation>De&amp;negar</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Applied for</source>
        <translation>Solicitado</translation>
    </message>
    <message>
        <source>Quantity authorised</source>
        <translation>Cantidad autorizada</translation>
    </message>
    <message>
        <source>Value authorised</source>
        <translation>Valor autorizado</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Authorise up to what was applied for; 0 leaves a line off the licence.</source>
        <translation>Autorice hasta lo solicitado; 0 deja una línea fuera de la licencia.</translation>
    </message>
    <message>
        <source>Untick a condition to leave it off, double-click to edit it, or add your own. Every ticked condition is printed on the licence.</source>
        <translation>Desmarque una condición para omitirla, haga doble clic para modificarla o añada las suyas. Toda condición marcada se imprime en la licencia.</translation>
    </message>
    <message>
        <source>until</source>
        <translation>hasta</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Válida desde</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Líneas</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Condiciones</translation>
    </message>
    <message>
        <source>Grounds for denial</source>
        <translation>Motivos de la denegación</translation>
    </message>
    <message>
        <source>The grounds found by the assessment are always cited. You may deny an authorisable case for reasons of your own: then cite the ground below.</source>
        <translation>Los motivos que constató la evaluación se citan siempre. Puede denegar un expediente autorizable por motivos propios: cite entonces el motivo a continuación.</translation>
    </message>
    <message>
        <source>(only the grounds the assessment found)</source>
        <translation>(solo los motivos que constató la evaluación)</translation>
    </message>
    <message>
        <source>Why this ground applies</source>
        <translation>Por qué se aplica este motivo</translation>
    </message>
    <message>
        <source>Criteria the denial rests on (%1)</source>
        <translation>Criterios en que se basa la denegación (%1)</translation>
    </message>
    <message>
        <source>At most %1</source>
        <translation>Como máximo %1</translation>
    </message>
    <message>
        <source>The authority allows a licence at most %1 years: here until %2.</source>
        <translation>La autoridad permite una licencia de %1 años como máximo: aquí, hasta el %2.</translation>
    </message>
    <message>
        <source>It cannot start before the decision date, %1.</source>
        <translation>No puede comenzar antes de la fecha de la decisión, %1.</translation>
    </message>
    <message>
        <source>Authorisation is not possible: Article 6 prohibits the transfer. The only decision is a denial citing the paragraph; no mitigation can change this.</source>
        <translation>No es posible autorizar: el artículo 6 prohíbe la transferencia. La única decisión es una denegación que cite el párrafo; ninguna mitigación puede cambiarlo.</translation>
    </message>
    <message>
        <source>Authorisation is not possible: after mitigation an overriding risk remains (Article 7(3)). The State shall not authorise.</source>
        <translation>No es posible autorizar: tras la mitigación persiste un riesgo manifiesto (artículo 7(3)). El Estado no autorizará la exportación.</translation>
    </message>
    <message>
        <source>Choose whether to authorise or deny.</source>
        <translation>Elija si autorizar o denegar.</translation>
    </message>
    <message>
        <source>Give the reasoning for the decision.</source>
        <translation>Indique la fundamentación de la decisión.</translation>
    </message>
    <message>
        <source>Tick at least one criterion the denial rests on.</source>
        <translation>Marque al menos un criterio en que se basa la denegación.</translation>
    </message>
    <message>
        <source>The end is before the start.</source>
        <translation>El fin es anterior al inicio.</translation>
    </message>
    <message>
        <source>At most %1 years: until %2 at the latest.</source>
        <translation>Como máximo %1 años: hasta el %2 a más tardar.</translation>
    </message>
    <message>
        <source>A licence cannot start before the decision date.</source>
        <translation>Una licencia no puede comenzar antes de la fecha de la decisión.</translation>
    </message>
    <message>
        <source>The decision date cannot lie in the future.</source>
        <translation>La fecha de la decisión no puede ser futura.</translation>
    </message>
    <message>
        <source>The decision date cannot be before the application was received (%1).</source>
        <translation>La fecha de la decisión no puede ser anterior a la recepción de la solicitud (%1).</translation>
    </message>
    <message>
        <source>not a quantity</source>
        <translation>no es una cantidad</translation>
    </message>
    <message>
        <source>more than the %1 applied for</source>
        <translation>más de los %1 solicitados</translation>
    </message>
    <message>
        <source>not an amount</source>
        <translation>no es un importe</translation>
    </message>
    <message>
        <source>Authorise at least one line.</source>
        <translation>Autorice al menos una línea.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Línea %1: %2</translation>
    </message>
</context>
<context>
    <name>DecisionPage</name>
    <message>
        <source>Record decision</source>
        <translation>Registrar la decisión</translation>
    </message>
    <message>
        <source>Decision date: %1 (the date of the Article 6 screen; change it on page 1)</source>
        <translation>Fecha de la decisión: %1 (la fecha del cotejo del artículo 6; cámbiela en la página 1)</translation>
    </message>
    <message>
        <source>The assessment&apos;s recommendation: %1</source>
        <translation>Recomendación de la evaluación: %1</translation>
    </message>
    <message>
        <source>An incomplete assessment cannot be decided. Still missing (see the conclusion page):</source>
        <translation>No puede decidirse sobre una evaluación incompleta. Aún falta (vea la página de conclusión):</translation>
    </message>
    <message>
        <source>See the messages above.</source>
        <translation>Vea los mensajes anteriores.</translation>
    </message>
    <message>
        <source>Authorised</source>
        <translation>Autorizado</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>Denegado</translation>
    </message>
    <message>
        <source>Decision recorded: %1 on %2 by %3.</source>
        <translation>Decisión registrada: %1 el %2 por %3.</translation>
    </message>
    <message>
        <source>Licence %1, valid %2 to %3.</source>
        <translation>Licencia %1, válida del %2 al %3.</translation>
    </message>
</context>
<context>
    <name>DenialNoticesDialog</name>
    <message>
        <source>Denials notified by other States</source>
        <extracomment>The notice just recorded (a ``DenialNoticeView``): the consistency panel refreshes.</extracomment>
        <translation>Denegaciones notificadas por otros Estados</translation>
    </message>
    <message>
        <source>Record a denial that another State notified (or one your authority issued outside this application). Every new application&apos;s parties are matched against these notices, by exact and by similar names, so that like cases are treated alike (Article 7(1)).</source>
        <translation>Registre una denegación notificada por otro Estado (o una que su autoridad haya emitido fuera de esta aplicación). Las partes de cada nueva solicitud se cotejan con estas notificaciones, por nombre exacto y similar, para que los casos similares reciban el mismo trato (artículo 7(1)).</translation>
    </message>
    <message>
        <source>Notices on record:</source>
        <translation>Notificaciones registradas:</translation>
    </message>
    <message>
        <source>New denial notice</source>
        <translation>Nueva notificación de denegación</translation>
    </message>
    <message>
        <source>The notifying State&apos;s reference, if any</source>
        <translation>La referencia del Estado notificante, si la hay</translation>
    </message>
    <message>
        <source>Name of the end user, consignee or broker</source>
        <translation>Nombre del usuario final, consignatario o corredor</translation>
    </message>
    <message>
        <source>e.g. assault rifles, ML1</source>
        <translation>p. ej., fusiles de asalto, ML1</translation>
    </message>
    <message>
        <source>e.g. EU Common Position criterion 7; Art. 7(3)</source>
        <translation>p. ej., Posición Común de la UE, criterio 7; art. 7(3)</translation>
    </message>
    <message>
        <source>&amp;Notifying State:</source>
        <translation>Estado &amp;notificante:</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Referencia:</translation>
    </message>
    <message>
        <source>Denied &amp;on:</source>
        <translation>Denegada &amp;el:</translation>
    </message>
    <message>
        <source>Denied &amp;party:</source>
        <translation>&amp;Parte denegada:</translation>
    </message>
    <message>
        <source>Party&apos;s &amp;country:</source>
        <translation>Paí&amp;s de la parte:</translation>
    </message>
    <message>
        <source>&amp;Items:</source>
        <translation>&amp;Artículos:</translation>
    </message>
    <message>
        <source>&amp;Grounds:</source>
        <translation>&amp;Motivos:</translation>
    </message>
    <message>
        <source>&amp;Record denial notice</source>
        <translation>Re&amp;gistrar la notificación</translation>
    </message>
    <message>
        <source>Denied on</source>
        <translation>Denegada el</translation>
    </message>
    <message>
        <source>Notifying State</source>
        <translation>Estado notificante</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Denied party</source>
        <translation>Parte denegada</translation>
    </message>
    <message>
        <source>Party&apos;s country</source>
        <translation>País de la parte</translation>
    </message>
    <message>
        <source>Grounds</source>
        <translation>Motivos</translation>
    </message>
    <message>
        <source>The notice on the form is not recorded yet. Record it, or close again to discard it.</source>
        <translation>La notificación del formulario aún no está registrada. Regístrela o vuelva a cerrar para descartarla.</translation>
    </message>
    <message>
        <source>The notice was not recorded. Please correct:</source>
        <translation>No se registró la notificación. Corrija lo siguiente:</translation>
    </message>
    <message>
        <source>The notice was not recorded: %1</source>
        <translation>No se registró la notificación: %1</translation>
    </message>
    <message>
        <source>Recorded: %1 (%2), denied by %3 on %4.</source>
        <translation>Registrada: %1 (%2), denegada por %3 el %4.</translation>
    </message>
    <message>
        <source>This authority</source>
        <translation>Esta autoridad</translation>
    </message>
</context>
<context>
    <name>DestinationFiles</name>
    <message>
        <source>Prevalent GBV types and prevention measures</source>
        <translation>Tipos prevalentes de VMG y medidas de prevención</translation>
    </message>
    <message>
        <source>Human rights situation</source>
        <translation>Situación de los derechos humanos</translation>
    </message>
    <message>
        <source>IHL situation</source>
        <translation>Situación del DIH</translation>
    </message>
    <message>
        <source>Diversion history</source>
        <translation>Antecedentes de desvío</translation>
    </message>
    <message>
        <source>Terrorism and organised crime</source>
        <translation>Terrorismo y delincuencia organizada</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otros</translation>
    </message>
    <message>
        <source>%1 for %2 was last assessed %3, %4 months ago; the authority asks for material under %5 months.</source>
        <translation>%1 de %2 se evaluó por última vez el %3, hace %4 meses; la autoridad exige material de menos de %5 meses.</translation>
    </message>
    <message>
        <source>Destination file, %1: %2 updated (assessed %3)</source>
        <translation>Ficha de destino, %1: %2 actualizado (evaluado el %3)</translation>
    </message>
    <message>
        <source>Destination file, %1: %2 recorded (assessed %3)</source>
        <translation>Ficha de destino, %1: %2 registrado (evaluado el %3)</translation>
    </message>
</context>
<context>
    <name>DestinationFilesWindow</name>
    <message>
        <source>Destination files</source>
        <translation>Fichas de destino</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>States with a file</source>
        <translation>Estados con ficha</translation>
    </message>
    <message>
        <source>States with a file:</source>
        <translation>Estados con ficha:</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Current finding</source>
        <translation>Valoración actual</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>Evaluado</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Registrado</translation>
    </message>
    <message>
        <source>Why it was replaced</source>
        <translation>Por qué se sustituyó</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Valoración</translation>
    </message>
    <message>
        <source>Earlier versions of this topic</source>
        <translation>Versiones anteriores de este tema</translation>
    </message>
    <message>
        <source>&amp;Add or update finding…</source>
        <translation>&amp;Añadir o actualizar valoración…</translation>
    </message>
    <message>
        <source>Open &amp;reassessment…</source>
        <translation>Abrir la &amp;reevaluación…</translation>
    </message>
    <message>
        <source>%1 (%2 topics, newest %3)</source>
        <translation>%1 (%2 temas, el más reciente del %3)</translation>
    </message>
    <message>
        <source>Choose a State to see its file.</source>
        <translation>Elija un Estado para ver su ficha.</translation>
    </message>
    <message>
        <source>Destination file: %1</source>
        <translation>Ficha de destino: %1</translation>
    </message>
    <message>
        <source>No finding yet</source>
        <translation>Aún sin valoración</translation>
    </message>
    <message>
        <source>No finding on this topic yet.</source>
        <translation>Aún no hay ninguna valoración sobre este tema.</translation>
    </message>
    <message>
        <source>%1 — assessed %2 by %3</source>
        <translation>%1 — evaluado el %2 por %3</translation>
    </message>
    <message>
        <source>Saved. These valid licences concern %1 and are now listed for reassessment (Article 7(7)): %2</source>
        <translation>Guardado. Estas licencias vigentes afectan a %1 y ahora figuran para reevaluación (artículo 7(7)): %2</translation>
    </message>
    <message>
        <source>Saved. No valid licence was put up for reassessment.</source>
        <translation>Guardado. No se ha propuesto ninguna licencia vigente para reevaluación.</translation>
    </message>
</context>
<context>
    <name>DestinationPanel</name>
    <message>
        <source>Destination file: %1</source>
        <translation>Ficha de destino: %1</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <source>&amp;Use destination file on this page</source>
        <translation>&amp;Usar la ficha de destino en esta página</translation>
    </message>
    <message>
        <source>Adds the file&apos;s sources to this page&apos;s sources and its findings to the reasoning, marked with their date; nothing you typed is replaced.</source>
        <translation>Añade las fuentes de la ficha a las fuentes de esta página y sus valoraciones a la fundamentación, marcadas con su fecha; no se sustituye nada de lo que haya escrito.</translation>
    </message>
    <message>
        <source>%1 — assessed %2 by %3</source>
        <translation>%1 — evaluado el %2 por %3</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>From the destination file (%1, assessed %2):</source>
        <translation>De la ficha de destino (%1, evaluado el %2):</translation>
    </message>
    <message>
        <source>Copied into this page&apos;s answers (%1): review them and make them yours.</source>
        <translation>Copiado en las respuestas de esta página (%1): revíselas y hágalas suyas.</translation>
    </message>
    <message>
        <source>This page already has what the file holds.</source>
        <translation>Esta página ya contiene lo que recoge la ficha.</translation>
    </message>
</context>
<context>
    <name>DestinationSettingsTab</name>
    <message>
        <source>Each destination State&apos;s file holds standing findings (GBV, human rights, IHL, diversion...) that new assessments start from. A finding older than this is shown with a warning, in the file and beside the assessment, so someone refreshes it.</source>
        <translation>La ficha de cada Estado de destino recoge valoraciones permanentes (VMG, derechos humanos, DIH, desvío…) de las que parten las nuevas evaluaciones. Una valoración más antigua que el plazo indicado se muestra con una advertencia, en la ficha y junto a la evaluación, para que alguien la actualice.</translation>
    </message>
    <message>
        <source> months</source>
        <translation> meses</translation>
    </message>
    <message>
        <source>Destination material needs &amp;refreshing after</source>
        <translation>El material de destino debe &amp;renovarse al cabo de</translation>
    </message>
</context>
<context>
    <name>DiversionPage</name>
    <message>
        <source>Assess the risk that the items are diverted to unauthorised end users or end uses, stage by stage along the supply chain. The overall diversion risk is the highest stage risk. Red flags, the end-user certificate and post-shipment arrangements are recorded below and reported with the conclusion.</source>
        <translation>Evalúe el riesgo de que los artículos se desvíen hacia usuarios finales o usos finales no autorizados, etapa por etapa a lo largo de la cadena de suministro. El riesgo global de desvío es el mayor riesgo de las etapas. Las señales de alerta, el certificado de usuario final y las disposiciones posteriores al envío se registran a continuación y se indican con la conclusión.</translation>
    </message>
    <message>
        <source>Stage: %1</source>
        <translation>Etapa: %1</translation>
    </message>
    <message>
        <source>Red flags</source>
        <translation>Señales de alerta</translation>
    </message>
    <message>
        <source>Present?</source>
        <translation>¿Presente?</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>End-user certificate and assurances</source>
        <translation>Certificado de usuario final y garantías</translation>
    </message>
    <message>
        <source>EUC number, issuer, date</source>
        <translation>Número, expedidor y fecha del certificado</translation>
    </message>
    <message>
        <source>End-user certificate received</source>
        <translation>Certificado de usuario final recibido</translation>
    </message>
    <message>
        <source>Certificate authenticated with the issuing authority</source>
        <translation>Certificado autenticado ante la autoridad expedidora</translation>
    </message>
    <message>
        <source>Assurance: no re-export without consent</source>
        <translation>Garantía: no reexportar sin consentimiento</translation>
    </message>
    <message>
        <source>Assurance on stockpile security</source>
        <translation>Garantía sobre la seguridad de las existencias</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Post-shipment cooperation and verification</source>
        <translation>Cooperación y verificación posteriores al envío</translation>
    </message>
    <message>
        <source>Delivery verification certificate agreed</source>
        <translation>Certificado de verificación de entrega acordado</translation>
    </message>
    <message>
        <source>On-site inspection agreed</source>
        <translation>Inspección in situ acordada</translation>
    </message>
    <message>
        <source>Post-shipment cooperation agreed</source>
        <translation>Cooperación posterior al envío acordada</translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <source>Add document to %1</source>
        <translation>Añadir un documento a %1</translation>
    </message>
    <message>
        <source>e.g. End-user certificate signed by the MoD</source>
        <translation>p. ej., Certificado de usuario final firmado por el Ministerio de Defensa</translation>
    </message>
    <message>
        <source>The document&apos;s own number, if any</source>
        <translation>El número propio del documento, si lo tiene</translation>
    </message>
    <message>
        <source>Dated</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Where the file is kept (optional)</source>
        <translation>Dónde se guarda el archivo (opcional)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Título:</translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation>Referencia:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Fecha:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Archivo:</translation>
    </message>
    <message>
        <source>Give the document a title.</source>
        <translation>Indique un título para el documento.</translation>
    </message>
    <message>
        <source>Choose the document&apos;s file</source>
        <translation>Elija el archivo del documento</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>EmbargoDataDialog</name>
    <message>
        <source>Embargo reference data</source>
        <extracomment>An update was loaded or the applied sets changed: reassessment lists refresh.</extracomment>
        <translation>Datos de referencia de embargos</translation>
    </message>
    <message>
        <source>The Article 6 screen checks every destination, end user, consignee and transit State against these sets, as at the decision date. UN Security Council embargoes (Article 6(1)) always apply. Regional and other sets (Article 6(2)) apply only if the obligation is your State&apos;s own: tick them to apply them.</source>
        <translation>El cotejo del artículo 6 compara cada destino, usuario final, consignatario y Estado de tránsito con estos conjuntos, a la fecha de la decisión. Los embargos del Consejo de Seguridad de las Naciones Unidas (artículo 6(1)) se aplican siempre. Los conjuntos regionales y de otro tipo (artículo 6(2)) solo se aplican si la obligación es de su propio Estado: márquelos para aplicarlos.</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Aplicado</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Conjunto</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Fundamento jurídico</translation>
    </message>
    <message>
        <source>Verified as of</source>
        <translation>Fecha de verificación</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Entradas</translation>
    </message>
    <message>
        <source>&amp;Apply the ticked sets</source>
        <translation>&amp;Aplicar los conjuntos marcados</translation>
    </message>
    <message>
        <source>&amp;Load updated embargo data from a file…</source>
        <translation>&amp;Cargar datos de embargos actualizados desde un archivo…</translation>
    </message>
    <message>
        <source>UN Security Council, Chapter VII (Art. 6(1))</source>
        <translation>Consejo de Seguridad de las Naciones Unidas, Capítulo VII (art. 6(1))</translation>
    </message>
    <message>
        <source>Other international obligation (Art. 6(2))</source>
        <translation>Otra obligación internacional (art. 6(2))</translation>
    </message>
    <message>
        <source>UN embargoes always apply</source>
        <translation>Los embargos de las Naciones Unidas se aplican siempre</translation>
    </message>
    <message>
        <source>Apply this set</source>
        <translation>Aplicar este conjunto</translation>
    </message>
    <message>
        <source>loaded update</source>
        <translation>actualización cargada</translation>
    </message>
    <message>
        <source>shipped</source>
        <translation>incluido de serie</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Fuente: %1</translation>
    </message>
    <message>
        <source>The choice was not saved</source>
        <translation>No se guardó la elección</translation>
    </message>
    <message>
        <source>Applied: %1</source>
        <translation>Aplicados: %1</translation>
    </message>
    <message>
        <source>Load embargo data</source>
        <translation>Cargar datos de embargos</translation>
    </message>
    <message>
        <source>Embargo data (*.json);;All files (*)</source>
        <translation>Datos de embargos (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Nothing was loaded. %1</source>
        <translation>No se cargó nada. %1</translation>
    </message>
    <message>
        <source>The embargo file was not loaded</source>
        <translation>No se cargó el archivo de embargos</translation>
    </message>
    <message>
        <source>Loaded %1, verified as of %2 (was %3): %4 added, %5 changed, %6 removed. Open the Article 7(7) reassessment to see the licences it concerns.</source>
        <translation>Cargado %1, verificado a fecha de %2 (antes, %3): %4 añadidas, %5 modificadas, %6 eliminadas. Abra la reevaluación del artículo 7(7) para ver las licencias afectadas.</translation>
    </message>
    <message>
        <source>Load older embargo data</source>
        <translation>Cargar datos de embargos más antiguos</translation>
    </message>
    <message>
        <source>%1

To load it anyway, say why (for example: corrections to the entries).</source>
        <translation>%1

Para cargarlos de todos modos, indique el motivo (por ejemplo: correcciones de las entradas).</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <source>Destination file: %1</source>
        <translation>Ficha de destino: %1</translation>
    </message>
    <message>
        <source>What the material shows about the State, for the officers who come after</source>
        <translation>Lo que el material muestra sobre el Estado, para los funcionarios que vengan después</translation>
    </message>
    <message>
        <source>Why the finding changes (a new report, the situation changed)</source>
        <translation>Por qué cambia la valoración (un nuevo informe, la situación ha cambiado)</translation>
    </message>
    <message>
        <source>Put the valid licences concerning this State up for reassessment (Article 7(7))</source>
        <translation>Proponer para reevaluación las licencias vigentes relativas a este Estado (artículo 7(7))</translation>
    </message>
    <message>
        <source>&amp;Topic</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <source>&amp;Assessed on</source>
        <translation>&amp;Evaluado el</translation>
    </message>
    <message>
        <source>&amp;Finding</source>
        <translation>&amp;Valoración</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>&amp;Why it changes</source>
        <translation>&amp;Por qué cambia</translation>
    </message>
    <message>
        <source>Choose the kind of source for “%1”, or remove the row.</source>
        <translation>Elija el tipo de fuente de «%1» o quite la fila.</translation>
    </message>
</context>
<context>
    <name>ErrorSummary</name>
    <message>
        <source>Problems to correct</source>
        <translation>Problemas que corregir</translation>
    </message>
    <message>
        <source>Not saved yet. Please correct this problem:</source>
        <translation>Aún no se ha guardado. Corrija este problema:</translation>
    </message>
    <message>
        <source>Not saved yet. Please correct these %1 problems:</source>
        <translation>Aún no se ha guardado. Corrija estos %1 problemas:</translation>
    </message>
    <message>
        <source>Go to this field</source>
        <translation>Ir a este campo</translation>
    </message>
</context>
<context>
    <name>EuReportDialog</name>
    <message>
        <source>EU annual report on arms exports</source>
        <translation>Informe anual de la UE sobre exportaciones de armas</translation>
    </message>
    <message>
        <source>&amp;Load a criteria set from a file…</source>
        <translation>&amp;Cargar un conjunto de criterios desde un archivo…</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Vista previa</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>&amp;Año</translation>
    </message>
    <message>
        <source>&amp;Currency</source>
        <translation>&amp;Moneda</translation>
    </message>
    <message>
        <source>Denial criteria set</source>
        <translation>Conjunto de criterios de denegación</translation>
    </message>
    <message>
        <source>Report lan&amp;guage</source>
        <translation>Idioma del in&amp;forme</translation>
    </message>
    <message>
        <source>Exports</source>
        <translation>Exportaciones</translation>
    </message>
    <message>
        <source>Brokering</source>
        <translation>Corretaje</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Observaciones</translation>
    </message>
    <message>
        <source>&amp;Open the record to fix</source>
        <translation>&amp;Abrir el registro que corregir</translation>
    </message>
    <message>
        <source>Allow a &amp;draft despite errors</source>
        <translation>Permitir un &amp;borrador pese a los errores</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Exportar &amp;PDF…</translation>
    </message>
    <message>
        <source>Export &amp;XLSX…</source>
        <translation>Exportar &amp;XLSX…</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exportar &amp;CSV…</translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation>Exportar &amp;JSON…</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>ML category</source>
        <translation>Categoría ML</translation>
    </message>
    <message>
        <source>Licences issued</source>
        <translation>Licencias concedidas</translation>
    </message>
    <message>
        <source>Value of licences</source>
        <translation>Valor de las licencias</translation>
    </message>
    <message>
        <source>Actual exports</source>
        <translation>Exportaciones reales</translation>
    </message>
    <message>
        <source>Denials</source>
        <translation>Denegaciones</translation>
    </message>
    <message>
        <source>Criteria cited (times)</source>
        <translation>Criterios invocados (veces)</translation>
    </message>
    <message>
        <source>(none: denials cite only the treaty&apos;s grounds)</source>
        <translation>(ninguno: las denegaciones solo citan los motivos del Tratado)</translation>
    </message>
    <message>
        <source>Load a denial criteria set</source>
        <translation>Cargar un conjunto de criterios de denegación</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
    <message>
        <source>Criteria set %1 loaded.</source>
        <translation>Conjunto de criterios %1 cargado.</translation>
    </message>
    <message>
        <source>Give the report currency as a 3-letter ISO 4217 code.</source>
        <translation>Indique la moneda del informe con su código ISO 4217 de 3 letras.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) to fix before export.</source>
        <translation>
            <numerusform>%n error que corregir antes de exportar.</numerusform>
            <numerusform>%n errores que corregir antes de exportar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready to export.</source>
        <translation>Listo para exportar.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>sin clasificar</translation>
    </message>
    <message>
        <source>Export the EU report</source>
        <translation>Exportar el informe de la UE</translation>
    </message>
</context>
<context>
    <name>EucChecksPanel</name>
    <message>
        <source>Number</source>
        <extracomment>A check was recorded: the case view shows the case again (its history changed).</extracomment>
        <translation>Número</translation>
    </message>
    <message>
        <source>Issued by, on</source>
        <translation>Expedido por, el</translation>
    </message>
    <message>
        <source>Contacted (who, how), on</source>
        <translation>Contactado (quién, cómo), el</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Registrado por</translation>
    </message>
    <message>
        <source>Record how the certificate was verified</source>
        <translation>Registre cómo se verificó el certificado</translation>
    </message>
    <message>
        <source>e.g. Col. Souza, MoD legal office, by telephone</source>
        <translation>p. ej., Cnel. Souza, asesoría jurídica del Ministerio de Defensa, por teléfono</translation>
    </message>
    <message>
        <source>&amp;Record the check</source>
        <translation>&amp;Registrar la comprobación</translation>
    </message>
    <message>
        <source>Certificate &amp;number</source>
        <translation>&amp;Número del certificado</translation>
    </message>
    <message>
        <source>&amp;Issuing authority</source>
        <translation>&amp;Autoridad expedidora</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Expedido el</translation>
    </message>
    <message>
        <source>&amp;Contacted (who, how)</source>
        <translation>&amp;Contactado (quién, cómo)</translation>
    </message>
    <message>
        <source>Contacted on</source>
        <translation>Contactado el</translation>
    </message>
    <message>
        <source>Res&amp;ult</source>
        <translation>Res&amp;ultado</translation>
    </message>
    <message>
        <source>End-user certificate</source>
        <translation>Certificado de usuario final</translation>
    </message>
    <message>
        <source>End-user certificate (%1)</source>
        <translation>Certificado de usuario final (%1)</translation>
    </message>
</context>
<context>
    <name>FieldMessages</name>
    <message>
        <source>quantity</source>
        <translation>cantidad</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valor</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a %2</source>
        <translation>«%1» no es válido como %2</translation>
    </message>
    <message>
        <source>use a dot for decimals in the %1, not a comma</source>
        <translation>en «%1», use un punto para los decimales, no una coma</translation>
    </message>
</context>
<context>
    <name>FindingEditor</name>
    <message>
        <source>Reasoning: what the information shows</source>
        <translation>Fundamentación: lo que muestra la información</translation>
    </message>
    <message>
        <source>Risk before mitigation</source>
        <translation>Riesgo antes de la mitigación</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>Fundamentación</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
</context>
<context>
    <name>FirstAdminForm</name>
    <message>
        <source>Create the administrator</source>
        <translation>Crear el administrador</translation>
    </message>
    <message>
        <source>This database has no accounts yet. Create the administrator account: the administrator adds the officers, committee members, deciding authority and focal point, but cannot decide cases.</source>
        <translation>Esta base de datos aún no tiene cuentas. Cree la cuenta de administrador: el administrador da de alta a los funcionarios, los miembros del comité, la autoridad decisoria y el punto focal, pero no puede decidir expedientes.</translation>
    </message>
    <message>
        <source>Create administrator</source>
        <translation>Crear administrador</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nombre de &amp;usuario:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>Nombre &amp;completo:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Contra&amp;seña:</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>&amp;Repita la contraseña:</translation>
    </message>
    <message>
        <source>Enter a user name and the administrator&apos;s full name.</source>
        <translation>Introduzca un nombre de usuario y el nombre completo del administrador.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Las dos contraseñas no coinciden.</translation>
    </message>
</context>
<context>
    <name>FollowUpVocabulary</name>
    <message>
        <source>Delivery verification certificate</source>
        <translation>Certificado de verificación de entrega</translation>
    </message>
    <message>
        <source>Verification visit</source>
        <translation>Visita de verificación</translation>
    </message>
    <message>
        <source>End-use assurance</source>
        <translation>Garantía de uso final</translation>
    </message>
    <message>
        <source>Storage assurance</source>
        <translation>Garantía de almacenamiento</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencida</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <source>Fulfilled</source>
        <translation>Cumplida</translation>
    </message>
    <message>
        <source>Waived</source>
        <translation>Dispensada</translation>
    </message>
    <message>
        <source>Satisfactory</source>
        <translation>Satisfactoria</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Con reservas</translation>
    </message>
    <message>
        <source>BREACH FOUND</source>
        <translation>INCUMPLIMIENTO DETECTADO</translation>
    </message>
    <message>
        <source>After every shipment under every licence</source>
        <translation>Tras cada envío en el marco de cualquier licencia</translation>
    </message>
    <message>
        <source>When the licence&apos;s conditions or its assessment call for delivery verification</source>
        <translation>Cuando las condiciones de la licencia o su evaluación exigen verificar la entrega</translation>
    </message>
    <message>
        <source>Never automatically (added by hand)</source>
        <translation>Nunca automáticamente (se añade a mano)</translation>
    </message>
    <message>
        <source>%1 for shipment %2</source>
        <translation>%1 para el envío %2</translation>
    </message>
    <message>
        <source>%1 for the shipment of %2</source>
        <translation>%1 para el envío de %2</translation>
    </message>
    <message>
        <source>Follow-up obligation added</source>
        <extracomment>The history&apos;s actions for obligations, in words.</extracomment>
        <translation>Obligación de seguimiento añadida</translation>
    </message>
    <message>
        <source>Verification visit planned</source>
        <translation>Visita de verificación prevista</translation>
    </message>
    <message>
        <source>Delivery verification certificate received</source>
        <translation>Certificado de verificación de entrega recibido</translation>
    </message>
    <message>
        <source>Verification visit recorded</source>
        <translation>Visita de verificación registrada</translation>
    </message>
    <message>
        <source>Assurance checked</source>
        <translation>Garantía comprobada</translation>
    </message>
    <message>
        <source>Follow-up obligation waived</source>
        <translation>Obligación de seguimiento dispensada</translation>
    </message>
    <message>
        <source>Licence %1: %2</source>
        <translation>Licencia %1: %2</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>vence el %1</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>el %1</translation>
    </message>
</context>
<context>
    <name>FollowUpWindow</name>
    <message>
        <source>Licence follow-up</source>
        <extracomment>Rows per page.</extracomment>
        <translation>Seguimiento de licencias</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <source>&amp;Overdue only</source>
        <translation>Solo &amp;vencidas</translation>
    </message>
    <message>
        <source>&amp;Due between</source>
        <translation>Vencimiento &amp;entre</translation>
    </message>
    <message>
        <source>Part of the licence number</source>
        <translation>Parte del número de licencia</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>E&amp;stado:</translation>
    </message>
    <message>
        <source>Des&amp;tination:</source>
        <translation>&amp;Destino:</translation>
    </message>
    <message>
        <source>&amp;Licence:</source>
        <translation>&amp;Licencia:</translation>
    </message>
    <message>
        <source>and</source>
        <translation>y</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Anterior</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>S&amp;iguiente</translation>
    </message>
    <message>
        <source>Certificate &amp;rules…</source>
        <translation>&amp;Reglas de certificados…</translation>
    </message>
    <message>
        <source>When delivery verification certificates are owed, and how soon</source>
        <translation>Cuándo se deben certificados de verificación de entrega y en qué plazo</translation>
    </message>
    <message>
        <source>All destinations</source>
        <translation>Todos los destinos</translation>
    </message>
    <message>
        <source>No obligation matches these filters.</source>
        <translation>Ninguna obligación coincide con estos filtros.</translation>
    </message>
    <message>
        <source>%1–%2 of %3 obligations</source>
        <translation>%1–%2 de %3 obligaciones</translation>
    </message>
</context>
<context>
    <name>GbvConsultationBox</name>
    <message>
        <source>What should the gender adviser look at? e.g. the prevalence of conflict-related sexual violence by the receiving unit</source>
        <translation>¿Qué debe examinar el asesor de género? p. ej., la prevalencia de la violencia sexual relacionada con los conflictos por parte de la unidad receptora</translation>
    </message>
    <message>
        <source>&amp;Ask the gender adviser</source>
        <translation>&amp;Consultar al asesor de género</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>Consultar</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Consultation of the gender adviser (Article 7(4))</source>
        <translation>Consulta al asesor de género (artículo 7(4))</translation>
    </message>
    <message>
        <source>Steps 1 and 2 are answered yes: serious GBV/VAWC is prevalent in the importing State. The authority asks the gender adviser, who may consult women&apos;s organisations and GBV experts, before the assessment is completed.</source>
        <translation>Los pasos 1 y 2 se han respondido afirmativamente: en el Estado importador prevalecen actos graves de VMG/VCMN. La autoridad consulta al asesor de género, que puede consultar a organizaciones de mujeres y a expertos en VMG, antes de completar la evaluación.</translation>
    </message>
    <message>
        <source>The gender adviser has not been asked yet.</source>
        <translation>Aún no se ha consultado al asesor de género.</translation>
    </message>
    <message>
        <source>Any gender adviser</source>
        <translation>Cualquier asesor de género</translation>
    </message>
    <message>
        <source>The gender adviser was not asked</source>
        <translation>No se consultó al asesor de género</translation>
    </message>
</context>
<context>
    <name>GbvFlowchart</name>
    <message>
        <source>Where the case stands: the highlighted step (you are here).</source>
        <extracomment>Fill, border and text colours per status. The legend&apos;s entries, in reading order. Step 4 when the engine found an overriding risk after mitigation: where the case stands. The outcome line under the chart: overriding (red) or not (green).</extracomment>
        <translation>Dónde se encuentra el expediente: el paso resaltado (usted está aquí).</translation>
    </message>
    <message>
        <source>Outcome: an overriding risk remains after mitigation (step 4): Article 7(3) forbids authorising.</source>
        <translation>Resultado: tras la mitigación persiste un riesgo manifiesto (paso 4): el artículo 7(3) prohíbe autorizar.</translation>
    </message>
    <message>
        <source>Outcome: no overriding risk of serious GBV/VAWC after mitigation.</source>
        <translation>Resultado: tras la mitigación no hay riesgo manifiesto de actos graves de VMG/VCMN.</translation>
    </message>
    <message>
        <source>%1 (you are here)</source>
        <translation>%1 (usted está aquí)</translation>
    </message>
    <message>
        <source>then 5</source>
        <translation>después, 5</translation>
    </message>
    <message>
        <source>4 last</source>
        <translation>4, al final</translation>
    </message>
</context>
<context>
    <name>GbvForms</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <source>Write dates as YYYY-MM-DD, e.g. %1</source>
        <translation>Escriba las fechas como AAAA-MM-DD, p. ej., %1</translation>
    </message>
</context>
<context>
    <name>GbvPage</name>
    <message>
        <source>The flowchart numbers its steps 1 to 5 with mitigation last. Under Article 7(1)-(3), however, an overriding risk is determined only after mitigation has been considered (footnote 7 of the flowchart). The steps are therefore taken in the order 1, 2, 3, 5, 4: mitigation (step 5) before the overriding-risk determination (step 4). The numbers stay those of the published flowchart.</source>
        <translation>El diagrama numera sus pasos del 1 al 5, con la mitigación al final. Sin embargo, según el artículo 7(1)-(3), el riesgo manifiesto solo se determina después de examinar la mitigación (nota 7 del diagrama). Por eso los pasos se siguen en el orden 1, 2, 3, 5, 4: la mitigación (paso 5) antes de la determinación del riesgo manifiesto (paso 4). Los números siguen siendo los del diagrama publicado.</translation>
    </message>
    <message>
        <source>Step 1 — are there prevalent types of GBV / VAWC in the importing State?</source>
        <translation>Paso 1 — ¿hay tipos prevalentes de VMG / VCMN en el Estado importador?</translation>
    </message>
    <message>
        <source>Separate with semicolons, e.g. conflict-related sexual violence; femicide</source>
        <translation>Separe con punto y coma, p. ej., violencia sexual relacionada con los conflictos; feminicidio</translation>
    </message>
    <message>
        <source>Prevalent types</source>
        <translation>Tipos prevalentes</translation>
    </message>
    <message>
        <source>Step 2 — are these prevalent violations serious?</source>
        <translation>Paso 2 — ¿son graves estas violaciones prevalentes?</translation>
    </message>
    <message>
        <source>Step 3 — does the importing State take effective preventive action?</source>
        <translation>Paso 3 — ¿adopta el Estado importador medidas preventivas eficaces?</translation>
    </message>
    <message>
        <source>Risk that the items would be used to commit or facilitate the GBV / VAWC identified (before mitigation)</source>
        <translation>Riesgo de que los artículos se utilicen para cometer o facilitar la VMG / VCMN detectada (antes de la mitigación)</translation>
    </message>
    <message>
        <source>Record mitigation measures for 7(4)…</source>
        <translation>Registrar medidas de mitigación para 7(4)…</translation>
    </message>
    <message>
        <source>Step 5 (taken before step 4) — does mitigation reliably reduce the risk?</source>
        <translation>Paso 5 (antes del paso 4) — ¿reduce la mitigación el riesgo de forma fiable?</translation>
    </message>
    <message>
        <source>Measures are recorded on the Article 7(2) mitigation page: tick “7(4) GBV/VAWC” for each measure that addresses this risk.</source>
        <translation>Las medidas se registran en la página de mitigación del artículo 7(2): marque «7(4) VMG/VCMN» en cada medida que aborde este riesgo.</translation>
    </message>
    <message>
        <source>Mitigation was considered and no measure addresses this risk</source>
        <translation>Se examinó la mitigación y ninguna medida aborda este riesgo</translation>
    </message>
    <message>
        <source>Explain the overriding-risk determination for the record</source>
        <translation>Explique la determinación del riesgo manifiesto para que conste</translation>
    </message>
    <message>
        <source>Step 4 (taken last) — is there an overriding risk after mitigation?</source>
        <translation>Paso 4 (al final) — ¿hay un riesgo manifiesto tras la mitigación?</translation>
    </message>
    <message>
        <source>Save the page to see where the case stands.</source>
        <translation>Guarde la página para ver dónde se encuentra el expediente.</translation>
    </message>
    <message>
        <source>The case stands at step %1: %2</source>
        <translation>El expediente se encuentra en el paso %1: %2</translation>
    </message>
    <message>
        <source>Flowchart finished. Risk after mitigation: %1.</source>
        <translation>Diagrama terminado. Riesgo tras la mitigación: %1.</translation>
    </message>
    <message>
        <source>Evaluation order 1 → 2 → 3 → 5 → 4:</source>
        <translation>Orden de evaluación 1 → 2 → 3 → 5 → 4:</translation>
    </message>
</context>
<context>
    <name>GbvStepText</name>
    <message>
        <source>Step 3: the importing State takes effective preventive action, weighed in step 4 (it does not lower the risk by itself).</source>
        <translation>Paso 3: el Estado importador adopta medidas preventivas eficaces, que se sopesan en el paso 4 (por sí solas no reducen el riesgo).</translation>
    </message>
    <message>
        <source>Step 3: the importing State does not take effective preventive action, which weighs towards an overriding risk in step 4.</source>
        <translation>Paso 3: el Estado importador no adopta medidas preventivas eficaces, lo que inclina hacia un riesgo manifiesto en el paso 4.</translation>
    </message>
    <message>
        <source>Not answered yet.</source>
        <translation>Aún sin responder.</translation>
    </message>
    <message>
        <source>Not reached yet.</source>
        <translation>Aún no alcanzado.</translation>
    </message>
    <message>
        <source>Not needed: the flowchart ended earlier.</source>
        <translation>No necesario: el diagrama terminó antes.</translation>
    </message>
    <message>
        <source>Record the risk before mitigation first.</source>
        <translation>Registre primero el riesgo antes de la mitigación.</translation>
    </message>
    <message>
        <source>No prevalent GBV/VAWC identified.</source>
        <translation>No se ha detectado VMG/VCMN prevalente.</translation>
    </message>
    <message>
        <source>No prevalent GBV/VAWC: no 7(4) risk.</source>
        <translation>No hay VMG/VCMN prevalente: no hay riesgo del 7(4).</translation>
    </message>
    <message>
        <source>The prevalent violations are not serious.</source>
        <translation>Las violaciones prevalentes no son graves.</translation>
    </message>
    <message>
        <source>The prevalent violations are serious.</source>
        <translation>Las violaciones prevalentes son graves.</translation>
    </message>
    <message>
        <source>Article 7(4) concerns serious acts; the prevalent violations are not serious.</source>
        <translation>El artículo 7(4) se refiere a actos graves; las violaciones prevalentes no son graves.</translation>
    </message>
    <message>
        <source>The importing State takes effective preventive action.</source>
        <translation>El Estado importador adopta medidas preventivas eficaces.</translation>
    </message>
    <message>
        <source>The importing State does not take effective preventive action.</source>
        <translation>El Estado importador no adopta medidas preventivas eficaces.</translation>
    </message>
    <message>
        <source>No mitigation measure addresses this risk.</source>
        <translation>Ninguna medida de mitigación aborda este riesgo.</translation>
    </message>
    <message>
        <source>Consider mitigation: link a measure to this risk, or record that none addresses it.</source>
        <translation>Examine la mitigación: vincule una medida a este riesgo o registre que ninguna lo aborda.</translation>
    </message>
    <message>
        <source>The flowchart is not finished.</source>
        <translation>El diagrama no está terminado.</translation>
    </message>
    <message>
        <source>After mitigation an overriding risk remains (Article 7(4), 7(3)).</source>
        <translation>Tras la mitigación persiste un riesgo manifiesto (artículos 7(4) y 7(3)).</translation>
    </message>
    <message>
        <source>After mitigation no overriding risk remains (Article 7(4), 7(3)).</source>
        <translation>Tras la mitigación no persiste ningún riesgo manifiesto (artículos 7(4) y 7(3)).</translation>
    </message>
    <message>
        <source>Prevalent: %1.</source>
        <translation>Prevalentes: %1.</translation>
    </message>
    <message>
        <source>Reliably reduced by %1.</source>
        <translation>Reducido de forma fiable por %1.</translation>
    </message>
    <message>
        <source>Measures %1 do not reliably reduce it.</source>
        <translation>Las medidas %1 no lo reducen de forma fiable.</translation>
    </message>
    <message>
        <source>Risk %1 before mitigation; decide on the measures.</source>
        <translation>Riesgo %1 antes de la mitigación; decida sobre las medidas.</translation>
    </message>
    <message>
        <source>Risk %1 before mitigation, %2 after: an overriding risk remains.</source>
        <translation>Riesgo %1 antes de la mitigación, %2 después: persiste un riesgo manifiesto.</translation>
    </message>
    <message>
        <source>Risk %1 before mitigation, %2 after: no overriding risk remains.</source>
        <translation>Riesgo %1 antes de la mitigación, %2 después: no persiste ningún riesgo manifiesto.</translation>
    </message>
</context>
<context>
    <name>GbvWords</name>
    <message>
        <source>Women&apos;s organisation</source>
        <translation>Organización de mujeres</translation>
    </message>
    <message>
        <source>GBV expert</source>
        <translation>Experto en VMG</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Gender-based violence</source>
        <translation>Violencia por motivos de género</translation>
    </message>
    <message>
        <source>Arms Trade Treaty basics</source>
        <translation>Nociones básicas del Tratado sobre el Comercio de Armas</translation>
    </message>
    <message>
        <source>Export control law</source>
        <translation>Legislación de control de exportaciones</translation>
    </message>
    <message>
        <source>Authentic</source>
        <translation>Auténtico</translation>
    </message>
    <message>
        <source>NOT authentic</source>
        <translation>NO auténtico</translation>
    </message>
    <message>
        <source>No reply</source>
        <translation>Sin respuesta</translation>
    </message>
    <message>
        <source>any gender adviser</source>
        <translation>cualquier asesor de género</translation>
    </message>
    <message>
        <source>Asked by %1 on %2, of %3:</source>
        <translation>Consulta de %1 el %2, a %3:</translation>
    </message>
    <message>
        <source>Awaiting the gender adviser&apos;s answer.</source>
        <translation>Pendiente de la respuesta del asesor de género.</translation>
    </message>
    <message>
        <source>Answered by %1 on %2:</source>
        <translation>Respondido por %1 el %2:</translation>
    </message>
    <message>
        <source>Consulted: %1</source>
        <translation>Consultados: %1</translation>
    </message>
    <message>
        <source>EUC number %1 is also on case %2 (same end user)</source>
        <translation>El certificado de usuario final n.º %1 figura también en el expediente %2 (mismo usuario final)</translation>
    </message>
    <message>
        <source>EUC number %1 is also on case %2 (different end user)</source>
        <translation>El certificado de usuario final n.º %1 figura también en el expediente %2 (otro usuario final)</translation>
    </message>
    <message>
        <source>EUC number %1: the issuing authority says the certificate is NOT authentic. Do not rely on it; consider the diversion risk and whether to deny.</source>
        <translation>Certificado de usuario final n.º %1: la autoridad expedidora afirma que el certificado NO es auténtico. No se base en él; examine el riesgo de desvío y si procede denegar.</translation>
    </message>
    <message>
        <source>EUC number %1: the issuing authority has not replied yet.</source>
        <translation>Certificado de usuario final n.º %1: la autoridad expedidora aún no ha respondido.</translation>
    </message>
    <message>
        <source>Gender adviser asked (%1): %2</source>
        <translation>Consulta al asesor de género (%1): %2</translation>
    </message>
    <message>
        <source>Gender adviser answered: %1</source>
        <translation>Respuesta del asesor de género: %1</translation>
    </message>
    <message>
        <source>(consulted: %1)</source>
        <translation>(consultados: %1)</translation>
    </message>
    <message>
        <source>End-user certificate %1 checked with %2: %3</source>
        <translation>Certificado de usuario final %1 comprobado con %2: %3</translation>
    </message>
</context>
<context>
    <name>Guidance</name>
    <message>
        <source>Is any party or State under an arms embargo on the decision date?</source>
        <translation>¿Está alguna parte o algún Estado sujeto a un embargo de armas en la fecha de la decisión?</translation>
    </message>
    <message>
        <source>Article 6(1): a UN Security Council Chapter VII embargo prohibits the transfer outright. The screen checks every destination, end user, consignee, broker and transit State, for all items including ammunition and parts (Articles 3 and 4).</source>
        <translation>Artículo 6(1): un embargo del Consejo de Seguridad de las Naciones Unidas en virtud del Capítulo VII prohíbe la transferencia sin más. El cotejo comprueba cada destino, usuario final, consignatario, corredor y Estado de tránsito, para todo el material, incluidas las municiones y las partes y componentes (artículos 3 y 4).</translation>
    </message>
    <message>
        <source>The application&apos;s parties and States; the embargo data&apos;s legal basis and dates; the UN Consolidated List for named persons.</source>
        <translation>Las partes y los Estados de la solicitud; el fundamento jurídico y las fechas de los datos de embargos; la Lista Consolidada de las Naciones Unidas para las personas designadas.</translation>
    </message>
    <message>
        <source>Does this embargo match apply, and has any required approval or notification been made?</source>
        <translation>¿Se aplica esta coincidencia con un embargo y se ha obtenido la aprobación o hecho la notificación exigidas?</translation>
    </message>
    <message>
        <source>Some embargoes cover only part of a country, only non-State actors, or allow supplies with a sanctions committee&apos;s approval or notification. Approval must be obtained before authorising; without it the transfer stays prohibited.</source>
        <translation>Algunos embargos abarcan solo una parte de un país o solo a agentes no estatales, o permiten suministros con la aprobación o la notificación de un comité de sanciones. La aprobación debe obtenerse antes de autorizar; sin ella la transferencia sigue prohibida.</translation>
    </message>
    <message>
        <source>The resolution&apos;s text, the committee&apos;s exemption page, the committee&apos;s reply letter.</source>
        <translation>El texto de la resolución, la página de exenciones del comité, la carta de respuesta del comité.</translation>
    </message>
    <message>
        <source>Would the transfer violate another international obligation of your State (6(2))?</source>
        <translation>¿Violaría la transferencia otra obligación internacional de su Estado (6(2))?</translation>
    </message>
    <message>
        <source>Regional embargoes (EU, OSCE, ECOWAS), the Firearms Protocol, mine or cluster munition bans and other treaties your State has joined are absolute too.</source>
        <translation>Los embargos regionales (UE, OSCE, CEDEAO), el Protocolo sobre Armas de Fuego, las prohibiciones de minas o de municiones en racimo y otros tratados en los que sea parte su Estado también son absolutos.</translation>
    </message>
    <message>
        <source>Your State&apos;s treaty list and enabled regional embargo sets; legal adviser&apos;s opinion.</source>
        <translation>La lista de tratados de su Estado y los conjuntos de embargos regionales activados; el dictamen del asesor jurídico.</translation>
    </message>
    <message>
        <source>Do you know the items would be used for genocide, crimes against humanity or war crimes?</source>
        <translation>¿Sabe que los artículos se utilizarían para cometer genocidio, crímenes de lesa humanidad o crímenes de guerra?</translation>
    </message>
    <message>
        <source>Article 6(3) is about knowledge at the time of authorisation, not mere risk: if the State knows, it must refuse. Risk short of knowledge is weighed under Article 7.</source>
        <translation>El artículo 6(3) trata del conocimiento en el momento de la autorización, no del mero riesgo: si el Estado tiene conocimiento, debe denegar. El riesgo que no llega a conocimiento se sopesa según el artículo 7.</translation>
    </message>
    <message>
        <source>Findings of UN investigative bodies and courts, credible reporting of ongoing crimes.</source>
        <translation>Conclusiones de órganos de investigación y tribunales de las Naciones Unidas, información fidedigna sobre crímenes en curso.</translation>
    </message>
    <message>
        <source>Step 1: What types of GBV and violence against women and children are prevalent?</source>
        <translation>Paso 1: ¿Qué tipos de violencia por motivos de género y de violencia contra las mujeres y los niños son prevalentes?</translation>
    </message>
    <message>
        <source>Identify which forms are common in the importing State (e.g. conflict-related sexual violence, domestic violence, femicide) before asking how the items relate to them.</source>
        <translation>Determine qué formas son comunes en el Estado importador (p. ej., violencia sexual relacionada con los conflictos, violencia doméstica, feminicidio) antes de preguntarse qué relación tienen con ellas los artículos.</translation>
    </message>
    <message>
        <source>UN and treaty-body reports (CEDAW, CRC), national statistics, women&apos;s organisations, consultation with GBV experts.</source>
        <translation>Informes de las Naciones Unidas y de órganos de tratados (CEDAW, CDN), estadísticas nacionales, organizaciones de mujeres, consulta con expertos en VMG.</translation>
    </message>
    <message>
        <source>Step 2: Are these prevalent violations &apos;serious&apos;?</source>
        <translation>Paso 2: ¿Son «graves» estas violaciones prevalentes?</translation>
    </message>
    <message>
        <source>Article 7(4) speaks of serious acts: consider scale, gravity, whether systematic or tolerated, and whether security forces are involved.</source>
        <translation>El artículo 7(4) habla de actos graves: considere la escala, la gravedad, si son sistemáticos o tolerados y si intervienen las fuerzas de seguridad.</translation>
    </message>
    <message>
        <source>Commission of inquiry findings, Special Representative on Sexual Violence in Conflict.</source>
        <translation>Conclusiones de comisiones de investigación, Representante Especial sobre la Violencia Sexual en los Conflictos.</translation>
    </message>
    <message>
        <source>Step 3: Does the importing State take effective preventive action?</source>
        <translation>Paso 3: ¿Adopta el Estado importador medidas preventivas eficaces?</translation>
    </message>
    <message>
        <source>Look at laws, prosecutions, protection services and vetting and training of forces, and whether they work in practice, not only on paper.</source>
        <translation>Examine las leyes, los enjuiciamientos, los servicios de protección y la selección y formación de las fuerzas, y si funcionan en la práctica, no solo sobre el papel.</translation>
    </message>
    <message>
        <source>Prosecution data, UN country reviews, NGO monitoring, the importer&apos;s own information.</source>
        <translation>Datos sobre enjuiciamientos, exámenes de país de las Naciones Unidas, seguimiento de ONG, la propia información del importador.</translation>
    </message>
    <message>
        <source>How likely is it that these items would be used to commit or facilitate the GBV found?</source>
        <translation>¿Qué probabilidad hay de que estos artículos se utilicen para cometer o facilitar la VMG detectada?</translation>
    </message>
    <message>
        <source>Judge the link between the items, the end user and the violations before mitigation: the type of items (e.g. small arms used in intimidation), and the end user&apos;s record.</source>
        <translation>Valore la relación entre los artículos, el usuario final y las violaciones antes de la mitigación: el tipo de artículos (p. ej., armas pequeñas utilizadas para intimidar) y los antecedentes del usuario final.</translation>
    </message>
    <message>
        <source>End-user record, item type and use, reports naming the unit or force concerned.</source>
        <translation>Antecedentes del usuario final, tipo y uso de los artículos, informes que mencionen la unidad o fuerza de que se trate.</translation>
    </message>
    <message>
        <source>Step 5: Do mitigation measures reliably and significantly reduce the risk?</source>
        <translation>Paso 5: ¿Reducen las medidas de mitigación el riesgo de forma fiable y significativa?</translation>
    </message>
    <message>
        <source>Taken before step 4 (footnote 7): the overriding-risk decision is made after mitigation. A measure counts only if it is credible and verifiable for this end user.</source>
        <translation>Se sigue antes del paso 4 (nota 7): la decisión sobre el riesgo manifiesto se toma después de la mitigación. Una medida solo cuenta si es creíble y verificable para este usuario final.</translation>
    </message>
    <message>
        <source>The measures proposed and the importer&apos;s track record of honouring similar commitments.</source>
        <translation>Las medidas propuestas y el historial del importador en el cumplimiento de compromisos similares.</translation>
    </message>
    <message>
        <source>Step 4: Is there an overriding risk after mitigation?</source>
        <translation>Paso 4: ¿Hay un riesgo manifiesto tras la mitigación?</translation>
    </message>
    <message>
        <source>The application computes this from the risk before mitigation and step 5; explain the determination in your own words for the record.</source>
        <translation>La aplicación lo calcula a partir del riesgo antes de la mitigación y del paso 5; explique la determinación con sus propias palabras para que conste.</translation>
    </message>
    <message>
        <source>Your findings in steps 1-3 and 5.</source>
        <translation>Sus valoraciones de los pasos 1-3 y 5.</translation>
    </message>
    <message>
        <source>Are there diversion red flags?</source>
        <translation>¿Hay señales de alerta de desvío?</translation>
    </message>
    <message>
        <source>Warning signs that the declared end user or end use may not be the real one.</source>
        <translation>Indicios de que el usuario final o el uso final declarados pueden no ser los reales.</translation>
    </message>
    <message>
        <source>Routing, brokers&apos; registration, payment terms, the fit between items and the end user.</source>
        <translation>La ruta, el registro de los corredores, las condiciones de pago, la adecuación entre los artículos y el usuario final.</translation>
    </message>
    <message>
        <source>Is there an authenticated end-user certificate with adequate assurances?</source>
        <translation>¿Hay un certificado de usuario final autenticado con garantías suficientes?</translation>
    </message>
    <message>
        <source>An EUC names the end user and end use; assurances can cover no re-export without consent and secure storage. Authenticate it with the issuing authority.</source>
        <translation>Un certificado de usuario final indica el usuario final y el uso final; las garantías pueden incluir la prohibición de reexportar sin consentimiento y el almacenamiento seguro. Autentíquelo ante la autoridad expedidora.</translation>
    </message>
    <message>
        <source>The EUC, its verification with the importing State, stockpile-security assurances.</source>
        <translation>El certificado de usuario final, su verificación con el Estado importador, las garantías de seguridad de las existencias.</translation>
    </message>
    <message>
        <source>Are delivery verification or post-shipment checks agreed?</source>
        <translation>¿Se ha acordado la verificación de la entrega o controles posteriores al envío?</translation>
    </message>
    <message>
        <source>Delivery verification certificates and on-site checks let you confirm the items reached the end user and remain there.</source>
        <translation>Los certificados de verificación de entrega y las comprobaciones in situ permiten confirmar que los artículos llegaron al usuario final y que siguen en su poder.</translation>
    </message>
    <message>
        <source>The importer&apos;s agreement; past cooperation on verification.</source>
        <translation>El acuerdo del importador; la cooperación anterior en materia de verificación.</translation>
    </message>
    <message>
        <source>Which measures (Art. 7(2)) address which risks, and do they reliably reduce them?</source>
        <translation>¿Qué medidas (art. 7(2)) abordan qué riesgos, y los reducen de forma fiable?</translation>
    </message>
    <message>
        <source>Confidence-building measures and jointly developed programmes can lower a risk. Link each measure to the risks it addresses; say honestly whether it works reliably.</source>
        <translation>Las medidas de fomento de la confianza y los programas elaborados conjuntamente pueden reducir un riesgo. Vincule cada medida a los riesgos que aborda; indique con franqueza si funciona de forma fiable.</translation>
    </message>
    <message>
        <source>Draft agreements, the importer&apos;s record of compliance, verification arrangements.</source>
        <translation>Proyectos de acuerdo, el historial de cumplimiento del importador, las disposiciones de verificación.</translation>
    </message>
    <message>
        <source>Article 7(3): after mitigation, is there an overriding risk on any criterion?</source>
        <translation>Artículo 7(3): tras la mitigación, ¿hay un riesgo manifiesto en algún criterio?</translation>
    </message>
    <message>
        <source>If so, the State shall not authorise. The application computes the recommendation from your findings and will not let a decision contradict it.</source>
        <translation>En ese caso, el Estado no autorizará la exportación. La aplicación calcula la recomendación a partir de sus valoraciones y no permitirá una decisión que la contradiga.</translation>
    </message>
    <message>
        <source>All findings above.</source>
        <translation>Todas las valoraciones anteriores.</translation>
    </message>
    <message>
        <source>Would the items contribute to or undermine peace and security?</source>
        <translation>¿Contribuirían los artículos a la paz y la seguridad o las menoscabarían?</translation>
    </message>
    <message>
        <source>Weigh both sides: legitimate self-defence or peacekeeping needs against the risk of fuelling conflict, regional tension or an arms build-up.</source>
        <translation>Sopese ambos aspectos: las necesidades de legítima defensa o de mantenimiento de la paz frente al riesgo de avivar un conflicto, tensiones regionales o una acumulación de armas.</translation>
    </message>
    <message>
        <source>UN Security Council reports, regional security analyses, embassy reporting, the importer&apos;s stated need (Art. 8(1) documents).</source>
        <translation>Informes del Consejo de Seguridad de las Naciones Unidas, análisis de seguridad regional, información de embajadas, la necesidad declarada por el importador (documentos del art. 8(1)).</translation>
    </message>
    <message>
        <source>Could the items be used to commit or facilitate a serious violation of IHL?</source>
        <translation>¿Podrían utilizarse los artículos para cometer o facilitar una violación grave del DIH?</translation>
    </message>
    <message>
        <source>Look at the end user&apos;s conduct in armed conflict: attacks on civilians, indiscriminate weapons use, and whether violations are investigated and punished.</source>
        <translation>Examine la conducta del usuario final en los conflictos armados: ataques contra civiles, uso indiscriminado de armas y si las violaciones se investigan y castigan.</translation>
    </message>
    <message>
        <source>UN commissions of inquiry, ICRC public statements, human-rights NGO and media reports.</source>
        <translation>Comisiones de investigación de las Naciones Unidas, declaraciones públicas del CICR, informes de ONG de derechos humanos y de los medios.</translation>
    </message>
    <message>
        <source>Could the items be used to commit or facilitate a serious violation of human rights law?</source>
        <translation>¿Podrían utilizarse los artículos para cometer o facilitar una violación grave del derecho internacional de los derechos humanos?</translation>
    </message>
    <message>
        <source>Consider repression, torture, extrajudicial killings, excessive force by the end user; how closely the items fit such uses; and accountability.</source>
        <translation>Considere la represión, la tortura, las ejecuciones extrajudiciales y el uso excesivo de la fuerza por parte del usuario final; en qué medida los artículos se prestan a esos usos; y la rendición de cuentas.</translation>
    </message>
    <message>
        <source>UN human-rights mechanisms, treaty-body and special-rapporteur reports, NGO reports.</source>
        <translation>Mecanismos de derechos humanos de las Naciones Unidas, informes de órganos de tratados y de relatores especiales, informes de ONG.</translation>
    </message>
    <message>
        <source>Could the items be used in an offence under the terrorism conventions you are party to?</source>
        <translation>¿Podrían utilizarse los artículos en un delito tipificado en las convenciones sobre terrorismo en las que su Estado es parte?</translation>
    </message>
    <message>
        <source>Consider links between the parties or the route and terrorist groups, and leakage risk.</source>
        <translation>Considere los vínculos de las partes o de la ruta con grupos terroristas y el riesgo de fuga.</translation>
    </message>
    <message>
        <source>Sanctions lists, intelligence, law-enforcement information, UN monitoring reports.</source>
        <translation>Listas de sanciones, inteligencia, información policial, informes de seguimiento de las Naciones Unidas.</translation>
    </message>
    <message>
        <source>Could the items be used in an offence under the organised-crime conventions?</source>
        <translation>¿Podrían utilizarse los artículos en un delito tipificado en las convenciones sobre delincuencia organizada?</translation>
    </message>
    <message>
        <source>Consider trafficking networks, corruption, and criminal access to the end user&apos;s stocks.</source>
        <translation>Considere las redes de tráfico, la corrupción y el acceso de delincuentes a las existencias del usuario final.</translation>
    </message>
    <message>
        <source>UNODC reports, police and customs information, Firearms Protocol reporting.</source>
        <translation>Informes de la UNODC, información de policía y aduanas, informes sobre el Protocolo sobre Armas de Fuego.</translation>
    </message>
    <message>
        <source>Could items leak during production, e.g. from an unlicensed or poorly secured plant?</source>
        <translation>¿Podría haber fugas de artículos durante la producción, p. ej., en una planta sin licencia o mal protegida?</translation>
    </message>
    <message>
        <source>Rate the diversion risk at this stage of the supply chain (Article 11).</source>
        <translation>Califique el riesgo de desvío en esta etapa de la cadena de suministro (artículo 11).</translation>
    </message>
    <message>
        <source>Manufacturer licence and security audits; industry due-diligence files.</source>
        <translation>Licencia del fabricante y auditorías de seguridad; documentación de diligencia debida de la industria.</translation>
    </message>
    <message>
        <source>Could items go missing before shipment, at the warehouse or point of loading?</source>
        <translation>¿Podrían desaparecer artículos antes del envío, en el almacén o en el punto de carga?</translation>
    </message>
    <message>
        <source>Freight forwarder details, packing lists, export-control inspections at loading.</source>
        <translation>Datos del transitario, listas de embalaje, inspecciones de control de exportaciones en la carga.</translation>
    </message>
    <message>
        <source>Could items be diverted en route, before the authorised end user takes delivery?</source>
        <translation>¿Podrían desviarse artículos en ruta, antes de que el usuario final autorizado reciba la entrega?</translation>
    </message>
    <message>
        <source>Routing and transit States, carriers, trans-shipment points, intermediate consignees.</source>
        <translation>Ruta y Estados de tránsito, transportistas, puntos de transbordo, consignatarios intermedios.</translation>
    </message>
    <message>
        <source>Could items be stolen, sold or lost from the recipient&apos;s stockpiles?</source>
        <translation>¿Podrían robarse, venderse o perderse artículos de las existencias del destinatario?</translation>
    </message>
    <message>
        <source>Stockpile security assurances, past audits, UN or NGO reports on losses from stocks.</source>
        <translation>Garantías de seguridad de las existencias, auditorías anteriores, informes de la ONU o de ONG sobre pérdidas de existencias.</translation>
    </message>
    <message>
        <source>Could the end user pass the items on, or use them other than as declared?</source>
        <translation>¿Podría el usuario final ceder los artículos o utilizarlos de forma distinta a la declarada?</translation>
    </message>
    <message>
        <source>End-user certificate, the end user&apos;s record, re-export history, embassy reporting.</source>
        <translation>Certificado de usuario final, antecedentes del usuario final, historial de reexportaciones, información de embajadas.</translation>
    </message>
    <message>
        <source>What happens when the items are retired: destroyed, stored, sold or re-exported?</source>
        <translation>¿Qué ocurre cuando los artículos se retiran del servicio: se destruyen, se almacenan, se venden o se reexportan?</translation>
    </message>
    <message>
        <source>Disposal commitments, destruction certificates, the importer&apos;s surplus policies.</source>
        <translation>Compromisos de eliminación, certificados de destrucción, políticas del importador sobre excedentes.</translation>
    </message>
</context>
<context>
    <name>GuidancePanel</name>
    <message>
        <source>Guidance</source>
        <extracomment>Dynamic property naming the guidance id of a question&apos;s widgets.</extracomment>
        <translation>Orientación</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>Qué significa</translation>
    </message>
    <message>
        <source>Evidence that helps</source>
        <translation>Pruebas útiles</translation>
    </message>
    <message>
        <source>Click into a question to see its guidance here.</source>
        <translation>Haga clic en una pregunta para ver aquí su orientación.</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <source>User guide — %1</source>
        <extracomment>The section shown when nothing more specific is known.</extracomment>
        <translation>Guía del usuario — %1</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contenido</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Atrás</translation>
    </message>
    <message>
        <source>&amp;Forward &gt;</source>
        <translation>A&amp;delante &gt;</translation>
    </message>
    <message>
        <source>Find in this chapter (Enter: next)</source>
        <translation>Buscar en este capítulo (Intro: siguiente)</translation>
    </message>
    <message>
        <source>F&amp;ind:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>No encontrado</translation>
    </message>
</context>
<context>
    <name>ImportAuthorisationDialog</name>
    <message>
        <source>Imports: authorisations and actual imports</source>
        <translation>Importaciones: autorizaciones e importaciones realizadas</translation>
    </message>
    <message>
        <source>Leave empty for the next IL/&lt;year&gt;/&lt;number&gt;</source>
        <translation>Déjelo vacío para el siguiente IL/&lt;año&gt;/&lt;número&gt;</translation>
    </message>
    <message>
        <source>&amp;Record authorisation</source>
        <translation>&amp;Registrar autorización</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>&amp;Importer:</source>
        <translation>&amp;Importador:</translation>
    </message>
    <message>
        <source>Importer&apos;s c&amp;ountry:</source>
        <translation>País del imp&amp;ortador:</translation>
    </message>
    <message>
        <source>E&amp;xporting State:</source>
        <translation>Estado e&amp;xportador:</translation>
    </message>
    <message>
        <source>Importing S&amp;tate:</source>
        <translation>Es&amp;tado importador:</translation>
    </message>
    <message>
        <source>&amp;End user:</source>
        <translation>&amp;Usuario final:</translation>
    </message>
    <message>
        <source>End user t&amp;ype:</source>
        <translation>Tipo de usuario &amp;final:</translation>
    </message>
    <message>
        <source>Issued o&amp;n:</source>
        <translation>Expedida e&amp;l:</translation>
    </message>
    <message>
        <source>&amp;Valid until:</source>
        <translation>&amp;Válida hasta:</translation>
    </message>
    <message>
        <source>Authorisation n&amp;umber:</source>
        <translation>&amp;Número de autorización:</translation>
    </message>
    <message>
        <source>End-user &amp;certificate:</source>
        <translation>&amp;Certificado de usuario final:</translation>
    </message>
    <message>
        <source>Record an &amp;actual import…</source>
        <translation>Registrar una importación reali&amp;zada…</translation>
    </message>
    <message>
        <source>Import authorisations (&amp;list):</source>
        <translation>Autorizaciones de importación (li&amp;sta):</translation>
    </message>
    <message>
        <source>name the importer</source>
        <translation>indique el importador</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>No se guardó nada.</translation>
    </message>
    <message>
        <source>Recorded import authorisation %1 (case %2).</source>
        <translation>Se registró la autorización de importación %1 (expediente %2).</translation>
    </message>
    <message>
        <source>Nothing was saved. Fix:</source>
        <translation>No se guardó nada. Corrija:</translation>
    </message>
    <message>
        <source>Choose an import authorisation in the list.</source>
        <translation>Elija una autorización de importación de la lista.</translation>
    </message>
    <message>
        <source>Record an actual import</source>
        <translation>Registrar una importación realizada</translation>
    </message>
</context>
<context>
    <name>IncidentDialog</name>
    <message>
        <source>New diversion or breach incident</source>
        <translation>Nuevo incidente de desvío o incumplimiento</translation>
    </message>
    <message>
        <source>Incident %1</source>
        <translation>Incidente %1</translation>
    </message>
    <message>
        <source>&amp;What happened</source>
        <translation>&amp;Qué ocurrió</translation>
    </message>
    <message>
        <source>&amp;Licences and parties</source>
        <translation>&amp;Licencias y partes</translation>
    </message>
    <message>
        <source>&amp;Items</source>
        <translation>&amp;Artículos</translation>
    </message>
    <message>
        <source>Res&amp;ponses</source>
        <translation>&amp;Respuestas</translation>
    </message>
    <message>
        <source>States i&amp;nformed</source>
        <translation>&amp;Estados informados</translation>
    </message>
    <message>
        <source>e.g. note verbale, seizure record</source>
        <translation>p. ej., nota verbal, acta de incautación</translation>
    </message>
    <message>
        <source>Kn&amp;own:</source>
        <translation>Cono&amp;cida:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Fuente:</translation>
    </message>
    <message>
        <source>Source &amp;reference:</source>
        <translation>Referencia de la f&amp;uente:</translation>
    </message>
    <message>
        <source>Date of the incident:</source>
        <translation>Fecha del incidente:</translation>
    </message>
    <message>
        <source>Date l&amp;earned:</source>
        <translation>Fecha en que se &amp;supo:</translation>
    </message>
    <message>
        <source>&amp;Country where it happened:</source>
        <translation>&amp;País donde ocurrió:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <source>Cannot search the licences</source>
        <translation>No se pueden buscar las licencias</translation>
    </message>
    <message>
        <source>Licence number, case reference or destination</source>
        <translation>Número de licencia, referencia del expediente o destino</translation>
    </message>
    <message>
        <source>&amp;Add licence</source>
        <translation>Añadir l&amp;icencia</translation>
    </message>
    <message>
        <source>Remo&amp;ve licence</source>
        <translation>Quitar lice&amp;ncia</translation>
    </message>
    <message>
        <source>Name (as the source gives it)</source>
        <translation>Nombre (tal como lo da la fuente)</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Add pa&amp;rty</source>
        <translation>Añadir &amp;parte</translation>
    </message>
    <message>
        <source>Remove part&amp;y</source>
        <translation>Quitar par&amp;te</translation>
    </message>
    <message>
        <source>Licences involved (by number):</source>
        <translation>Licencias afectadas (por número):</translation>
    </message>
    <message>
        <source>Parties involved: valid licences of cases with a matching party (similar name, same country) are put up for reassessment too.</source>
        <translation>Partes afectadas: las licencias vigentes de expedientes con una parte coincidente (nombre similar, mismo país) también se proponen para reevaluación.</translation>
    </message>
    <message>
        <source>Items involved</source>
        <translation>Artículos afectados</translation>
    </message>
    <message>
        <source>ATT category (e.g. VIII.SA.4)</source>
        <translation>Categoría TCA (p. ej., VIII.SA.4)</translation>
    </message>
    <message>
        <source>Add ite&amp;m</source>
        <translation>Añadir artícul&amp;o</translation>
    </message>
    <message>
        <source>Remove i&amp;tem</source>
        <translation>Q&amp;uitar artículo</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <source>Referred to (Art. 14)</source>
        <translation>Remitido a (art. 14)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Add r&amp;esponse</source>
        <translation>Añadir res&amp;puesta</translation>
    </message>
    <message>
        <source>Remove respon&amp;se</source>
        <translation>Quitar respues&amp;ta</translation>
    </message>
    <message>
        <source>State informed</source>
        <translation>Estado informado</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Vía</translation>
    </message>
    <message>
        <source>Add &amp;State</source>
        <translation>Añadir Esta&amp;do</translation>
    </message>
    <message>
        <source>Remove St&amp;ate</source>
        <translation>Q&amp;uitar Estado</translation>
    </message>
    <message>
        <source>Incident %1 (closed)</source>
        <translation>Incidente %1 (cerrado)</translation>
    </message>
    <message>
        <source>This incident was closed on %1 and can no longer be edited. Record what has been learned since as a new incident.</source>
        <translation>El incidente se cerró el %1 y ya no puede modificarse. Registre lo que se haya sabido después como un nuevo incidente.</translation>
    </message>
    <message>
        <source>Verification visit (%1): </source>
        <translation>Visita de verificación (%1): </translation>
    </message>
    <message>
        <source>Change licence %1?</source>
        <translation>¿Modificar la licencia %1?</translation>
    </message>
    <message>
        <source>Saving will make licence %1 %2 at once (Article 7(7)); the licence&apos;s history keeps it. Say why to go ahead:</source>
        <translation>Al guardar, se aplicará de inmediato «%2» a la licencia %1 (artículo 7(7)); el historial de la licencia lo conserva. Indique el motivo para continuar:</translation>
    </message>
    <message>
        <source>Not saved. Please correct:</source>
        <translation>No se guardó. Corrija lo siguiente:</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>No se guardó: %1</translation>
    </message>
</context>
<context>
    <name>Incidents</name>
    <message>
        <source>Diversion</source>
        <translation>Desvío</translation>
    </message>
    <message>
        <source>Suspected diversion</source>
        <translation>Presunto desvío</translation>
    </message>
    <message>
        <source>Unauthorised re-export</source>
        <translation>Reexportación no autorizada</translation>
    </message>
    <message>
        <source>End-use breach</source>
        <translation>Incumplimiento del uso final</translation>
    </message>
    <message>
        <source>Breach of licence conditions</source>
        <translation>Incumplimiento de las condiciones de la licencia</translation>
    </message>
    <message>
        <source>Other incident</source>
        <translation>Otro incidente</translation>
    </message>
    <message>
        <source>Customs seizure</source>
        <translation>Incautación aduanera</translation>
    </message>
    <message>
        <source>Intelligence</source>
        <translation>Inteligencia</translation>
    </message>
    <message>
        <source>Another State&apos;s notification (Art. 11(4)–(5))</source>
        <translation>Notificación de otro Estado (art. 11(4)–(5))</translation>
    </message>
    <message>
        <source>UN panel of experts report</source>
        <translation>Informe de un grupo de expertos de las Naciones Unidas</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Medios de comunicación</translation>
    </message>
    <message>
        <source>Post-shipment verification</source>
        <translation>Verificación posterior al envío</translation>
    </message>
    <message>
        <source>Other source</source>
        <translation>Otra fuente</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Ninguna aún</translation>
    </message>
    <message>
        <source>Licence suspended</source>
        <translation>Licencia suspendida</translation>
    </message>
    <message>
        <source>Licence revoked</source>
        <translation>Licencia revocada</translation>
    </message>
    <message>
        <source>Enforcement referral (Art. 14)</source>
        <translation>Remisión a las autoridades de ejecución (art. 14)</translation>
    </message>
    <message>
        <source>Information shared</source>
        <translation>Información compartida</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <source>Incident %1: %2 in %3</source>
        <translation>Incidente %1: %2 en %3</translation>
    </message>
    <message>
        <source>parties match: %1</source>
        <translation>partes coincidentes: %1</translation>
    </message>
    <message>
        <source>concerns this case&apos;s licence</source>
        <translation>afecta a la licencia de este expediente</translation>
    </message>
    <message>
        <source>same destination</source>
        <translation>mismo destino</translation>
    </message>
    <message>
        <source>learned on %1</source>
        <translation>conocido el %1</translation>
    </message>
    <message>
        <source>licence %1</source>
        <translation>licencia %1</translation>
    </message>
    <message>
        <source>Incident %1 (%2) concerns licence %3: to be reassessed (Art. 7(7))</source>
        <translation>El incidente %1 (%2) afecta a la licencia %3: debe reevaluarse (art. 7(7))</translation>
    </message>
    <message>
        <source>Incident %1 closed: %2</source>
        <translation>Incidente %1 cerrado: %2</translation>
    </message>
    <message>
        <source>Incident %1 updated: %2</source>
        <translation>Incidente %1 actualizado: %2</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>tipo</translation>
    </message>
    <message>
        <source>source</source>
        <translation>fuente</translation>
    </message>
    <message>
        <source>source reference</source>
        <translation>referencia de la fuente</translation>
    </message>
    <message>
        <source>date of the incident</source>
        <translation>fecha del incidente</translation>
    </message>
    <message>
        <source>date learned</source>
        <translation>fecha en que se supo</translation>
    </message>
    <message>
        <source>description</source>
        <translation>descripción</translation>
    </message>
    <message>
        <source>country</source>
        <translation>país</translation>
    </message>
    <message>
        <source>licences</source>
        <translation>licencias</translation>
    </message>
    <message>
        <source>parties</source>
        <translation>partes</translation>
    </message>
    <message>
        <source>items</source>
        <translation>artículos</translation>
    </message>
    <message>
        <source>responses</source>
        <translation>respuestas</translation>
    </message>
    <message>
        <source>States informed</source>
        <translation>Estados informados</translation>
    </message>
</context>
<context>
    <name>IncidentsCasePanel</name>
    <message>
        <source>Diversion and breach incidents involving this case&apos;s parties (similar names, same country), its destination or its licences. Weigh them in the assessment (Article 11).</source>
        <translation>Incidentes de desvío e incumplimiento en los que intervienen las partes de este expediente (nombres similares, mismo país), su destino o sus licencias. Sopéselos en la evaluación (artículo 11).</translation>
    </message>
    <message>
        <source>No incident concerns this case.</source>
        <translation>Ningún incidente afecta a este expediente.</translation>
    </message>
    <message>
        <source>Incidents (%1)</source>
        <translation>Incidentes (%1)</translation>
    </message>
</context>
<context>
    <name>IncidentsWindow</name>
    <message>
        <source>Diversion and breach incidents</source>
        <translation>Incidentes de desvío e incumplimiento</translation>
    </message>
    <message>
        <source>Diversions and breaches learned of (Article 11(4)–(5)), how they were answered (Article 14) and which States were informed. Each puts the valid licences it touches up for reassessment (Article 7(7)).</source>
        <translation>Desvíos e incumplimientos de los que se ha tenido conocimiento (artículo 11(4)–(5)), cómo se respondió a ellos (artículo 14) y a qué Estados se informó. Cada uno propone para reevaluación las licencias vigentes a las que afecta (artículo 7(7)).</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incidente</translation>
    </message>
    <message>
        <source>Learned</source>
        <translation>Conocido</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Only a licensing officer, a committee member or the deciding authority records incidents.</source>
        <translation>Solo un funcionario de licencias, un miembro del comité o la autoridad decisoria registran incidentes.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abiertos</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrados</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Every kind</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>E&amp;stado:</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>&amp;País:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;New incident…</source>
        <translation>&amp;Nuevo incidente…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>C&amp;lose incident…</source>
        <translation>&amp;Cerrar incidente…</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Expediente</translation>
    </message>
    <message>
        <source>To reassess</source>
        <translation>Por reevaluar</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Open the Article 7(7) &amp;reassessment…</source>
        <translation>Abrir la &amp;reevaluación del artículo 7(7)…</translation>
    </message>
    <message>
        <source>Licences this incident touches:</source>
        <translation>Licencias a las que afecta este incidente:</translation>
    </message>
    <message>
        <source>A closed incident can no longer be edited: record new facts as a new incident. Double-click it to read it.</source>
        <translation>Un incidente cerrado ya no puede modificarse: registre los hechos nuevos como un nuevo incidente. Haga doble clic para consultarlo.</translation>
    </message>
    <message>
        <source>No incident matches the filters.</source>
        <translation>Ningún incidente coincide con los filtros.</translation>
    </message>
    <message>
        <source>named by the incident</source>
        <translation>citada por el incidente</translation>
    </message>
    <message>
        <source>party matches: %1</source>
        <translation>parte coincidente: %1</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Fuente: %1</translation>
    </message>
    <message>
        <source>Happened on %1, learned on %2</source>
        <translation>Ocurrido el %1, conocido el %2</translation>
    </message>
    <message>
        <source>Parties: %1</source>
        <translation>Partes: %1</translation>
    </message>
    <message>
        <source>Items: %1</source>
        <translation>Artículos: %1</translation>
    </message>
    <message>
        <source>Informed %1 on %2 (%3)</source>
        <translation>Se informó a %1 el %2 (%3)</translation>
    </message>
    <message>
        <source>Closed: %1</source>
        <translation>Cerrado: %1</translation>
    </message>
    <message>
        <source>Incident %1 recorded</source>
        <translation>Incidente %1 registrado</translation>
    </message>
    <message>
        <source>These valid licences are now listed for Article 7(7) reassessment:
%1</source>
        <translation>Estas licencias vigentes figuran ahora para reevaluación según el artículo 7(7):
%1</translation>
    </message>
    <message>
        <source>No valid licence is touched by this incident.</source>
        <translation>Este incidente no afecta a ninguna licencia vigente.</translation>
    </message>
    <message>
        <source>Close incident %1</source>
        <translation>Cerrar el incidente %1</translation>
    </message>
    <message>
        <source>How was it settled? Its licences stay listed for reassessment until each is reassessed.</source>
        <translation>¿Cómo se resolvió? Sus licencias siguen figurando para reevaluación hasta que cada una se reevalúe.</translation>
    </message>
    <message>
        <source>The incident was not closed</source>
        <translation>No se cerró el incidente</translation>
    </message>
</context>
<context>
    <name>ItemCard</name>
    <message>
        <source>e.g. Assault rifle, 5.56 mm</source>
        <extracomment>Currencies offered first; any three-letter ISO 4217 code may be typed. Units offered; any other unit may be typed. A card&apos;s fields as typed, in a fixed order, for moving cards and noticing changes.</extracomment>
        <translation>p. ej., Fusil de asalto, 5,56 mm</translation>
    </message>
    <message>
        <source>Manufacturer&apos;s model or type</source>
        <translation>Modelo o tipo del fabricante</translation>
    </message>
    <message>
        <source>e.g. 250</source>
        <translation>p. ej., 250</translation>
    </message>
    <message>
        <source>e.g. 1250000.00</source>
        <translation>p. ej., 1250000.00</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <source>Withhold from the published annual report</source>
        <translation>Excluir del informe anual publicado</translation>
    </message>
    <message>
        <source>Reason, e.g. commercially sensitive</source>
        <translation>Motivo, p. ej., información comercial sensible</translation>
    </message>
    <message>
        <source>Optional, e.g. temporary export for demonstration, to be returned</source>
        <translation>Opcional, p. ej., exportación temporal para demostración, con retorno</translation>
    </message>
    <message>
        <source>Printed in the annual report&apos;s column “Comments on the transfer” for this item&apos;s row; never printed when the item is withheld.</source>
        <translation>Se imprime en la columna «Observaciones sobre la transferencia» del informe anual, en la fila de este artículo; nunca se imprime si el artículo se excluye.</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Remove item</source>
        <translation>Quitar artículo</translation>
    </message>
    <message>
        <source>Description *</source>
        <translation>Descripción *</translation>
    </message>
    <message>
        <source>Model / type</source>
        <translation>Modelo / tipo</translation>
    </message>
    <message>
        <source>Control-list rating</source>
        <translation>Clasificación en la lista de control</translation>
    </message>
    <message>
        <source>ATT category, or why it is not reportable *</source>
        <translation>Categoría TCA, o por qué no se notifica *</translation>
    </message>
    <message>
        <source>State of origin</source>
        <translation>Estado de origen</translation>
    </message>
    <message>
        <source>Quantity *</source>
        <translation>Cantidad *</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Comment for the annual report</source>
        <translation>Comentario para el informe anual</translation>
    </message>
    <message>
        <source>e.g. ML10.a</source>
        <translation>p. ej. ML10.a</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>ATT categories (reported)</source>
        <translation>Categorías TCA (se notifican)</translation>
    </message>
    <message>
        <source>Not reportable, because it is:</source>
        <translation>No se notifica, porque es:</translation>
    </message>
    <message>
        <source>Line item %1</source>
        <translation>Partida %1</translation>
    </message>
    <message>
        <source>%1 (not in the current list)</source>
        <translation>%1 (no figura en la lista actual)</translation>
    </message>
    <message>
        <source>enter the quantity</source>
        <translation>indique la cantidad</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not in the list of countries; choose one from the list</source>
        <translation>«%1» no está en la lista de países; elija uno de la lista</translation>
    </message>
    <message>
        <source>Item %1: description</source>
        <translation>Artículo %1: descripción</translation>
    </message>
    <message>
        <source>Item %1: model / type</source>
        <translation>Artículo %1: modelo / tipo</translation>
    </message>
    <message>
        <source>Item %1: control-list rating</source>
        <translation>Artículo %1: clasificación en la lista de control</translation>
    </message>
    <message>
        <source>Item %1: ATT category</source>
        <translation>Artículo %1: categoría TCA</translation>
    </message>
    <message>
        <source>Item %1: State of origin</source>
        <translation>Artículo %1: Estado de origen</translation>
    </message>
    <message>
        <source>Item %1: quantity</source>
        <translation>Artículo %1: cantidad</translation>
    </message>
    <message>
        <source>Item %1: unit</source>
        <translation>Artículo %1: unidad</translation>
    </message>
    <message>
        <source>Item %1: value</source>
        <translation>Artículo %1: valor</translation>
    </message>
    <message>
        <source>Item %1: currency</source>
        <translation>Artículo %1: moneda</translation>
    </message>
    <message>
        <source>Item %1: reason for withholding</source>
        <translation>Artículo %1: motivo de la exclusión</translation>
    </message>
    <message>
        <source>Item %1: comment for the annual report</source>
        <translation>Artículo %1: comentario para el informe anual</translation>
    </message>
    <message>
        <source>Item %1</source>
        <translation>Artículo %1</translation>
    </message>
</context>
<context>
    <name>ItemsEditor</name>
    <message>
        <source>Add line &amp;item</source>
        <translation>Añadir &amp;partida</translation>
    </message>
    <message>
        <source>Give each item its ATT category, or say why it is not reportable (ammunition, parts and components, dual-use, national list only).</source>
        <translation>Asigne a cada artículo su categoría TCA o indique por qué no se notifica (municiones, partes y componentes, doble uso, solo lista nacional).</translation>
    </message>
    <message>
        <source>No line items yet. Press “Add line item”.</source>
        <translation>Aún no hay partidas. Pulse «Añadir partida».</translation>
    </message>
    <message>
        <source>Line items</source>
        <translation>Partidas</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Main toolbar</source>
        <extracomment>Builds the assessment wizard for one case: (db, case id, language, parent, prompter, actor). Tests pass their own, with scripted answers to the wizard&apos;s questions. Emitted after the register was re-queried (tests wait on it). The database, paths, settings, signed-in person, language and prompter. Open assessment wizards by case id: one per case, non-modal. Sign-in, switch user and the idle lock (the application installs them). Help → User guide and F1 (ui/help.py).</extracomment>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n expediente</numerusform>
            <numerusform>%n expedientes</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot open the case</source>
        <translation>No se puede abrir el expediente</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>Abrir expediente</translation>
    </message>
    <message>
        <source>Case reference (for example EXP/2026/00042):</source>
        <translation>Referencia del expediente (por ejemplo, EXP/2026/00042):</translation>
    </message>
    <message>
        <source>Case not found</source>
        <translation>Expediente no encontrado</translation>
    </message>
    <message>
        <source>Assessment open</source>
        <translation>Evaluación abierta</translation>
    </message>
    <message>
        <source>The assessment of %1 is open. Save and close it before you edit the application, then open the assessment again.</source>
        <translation>La evaluación de %1 está abierta. Guárdela y ciérrela antes de modificar la solicitud y, después, vuelva a abrir la evaluación.</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>No disponible</translation>
    </message>
    <message>
        <source>The application form could not be loaded: %1</source>
        <translation>No se pudo cargar el formulario de solicitud: %1</translation>
    </message>
    <message>
        <source>Cannot open the assessment</source>
        <translation>No se puede abrir la evaluación</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Abrir base de datos</translation>
    </message>
    <message>
        <source>ATT Desktop databases (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>Bases de datos de ATT Desktop (*.sqlite3 *.sqlite *.db);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Database upgraded</source>
        <translation>Base de datos actualizada</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>No se puede abrir la base de datos</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Abriendo %1…</translation>
    </message>
    <message>
        <source>Opening the database</source>
        <translation>Apertura de la base de datos</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de datos: %1</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The language was changed to %1. It applies the next time you start %2.</source>
        <translation>El idioma se cambió a %1. Se aplicará la próxima vez que inicie %2.</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>Configuración no guardada</translation>
    </message>
    <message>
        <source>Your settings could not be saved: %1</source>
        <translation>No se pudo guardar su configuración: %1</translation>
    </message>
    <message>
        <source>Only the national focal point builds the annual report.</source>
        <extracomment>The window attribute that holds it (``window.action_new``). Dotted path from the window to a callable taking no argument, looked up when triggered (``&quot;committee.open_sessions&quot;``, ``&quot;sessions.switch_user&quot;``). Offered to whoever holds any one of these permissions; () offers it to everyone. The tooltip of a greyed-out action: who may use it. Hidden (rather than greyed out) from those who are not offered it. Shown only once a sign-in is installed (the account actions). Enabled only while someone is signed in (not while the workstation is locked). The translation context holding ``text`` and ``tooltip``. Window attribute: a mapping of its actions, in order. A separator line in a menu or the toolbar. The window attribute that holds the menu, if the window needs it.</extracomment>
        <translation>Solo el punto focal nacional elabora el informe anual.</translation>
    </message>
    <message>
        <source>Only the national focal point builds the national and Wassenaar reports.</source>
        <translation>Solo el punto de contacto nacional elabora el informe nacional y el informe al Arreglo de Wassenaar.</translation>
    </message>
    <message>
        <source>Only a licensing officer or the national focal point records shipments and imports.</source>
        <translation>Solo un funcionario de licencias o el punto focal nacional registran envíos e importaciones.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;New application…</source>
        <translation>&amp;Nueva solicitud…</translation>
    </message>
    <message>
        <source>Register a new application (Ctrl+N)</source>
        <translation>Registrar una nueva solicitud (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Open case…</source>
        <translation>&amp;Abrir expediente…</translation>
    </message>
    <message>
        <source>Open a case by its reference (Ctrl+O)</source>
        <translation>Abrir un expediente por su referencia (Ctrl+O)</translation>
    </message>
    <message>
        <source>Open &amp;database…</source>
        <translation>Abrir &amp;base de datos…</translation>
    </message>
    <message>
        <source>Connect to a database &amp;server…</source>
        <translation>Conectar con un &amp;servidor de base de datos…</translation>
    </message>
    <message>
        <source>Open a database file or a shared PostgreSQL server, after testing it</source>
        <translation>Abrir un archivo de base de datos o un servidor PostgreSQL compartido, tras probarlo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Sali&amp;r</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>&amp;Clear filters</source>
        <translation>&amp;Borrar filtros</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>E&amp;xpediente</translation>
    </message>
    <message>
        <source>&amp;Edit case…</source>
        <translation>&amp;Editar expediente…</translation>
    </message>
    <message>
        <source>Add &amp;document…</source>
        <translation>Añadir &amp;documento…</translation>
    </message>
    <message>
        <source>&amp;Assess…</source>
        <translation>E&amp;valuar…</translation>
    </message>
    <message>
        <source>Open the assessment of the selected case (Ctrl+Shift+A)</source>
        <translation>Abrir la evaluación del expediente seleccionado (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>C&amp;omplete assessment</source>
        <translation>&amp;Completar la evaluación</translation>
    </message>
    <message>
        <source>&amp;Submit to the committee…</source>
        <translation>&amp;Presentar al comité…</translation>
    </message>
    <message>
        <source>Licence &amp;follow-up…</source>
        <translation>&amp;Seguimiento de la licencia…</translation>
    </message>
    <message>
        <source>Delivery verification certificates, verification visits and assurances of every licence (Ctrl+Shift+U)</source>
        <translation>Certificados de verificación de entrega, visitas de verificación y garantías de todas las licencias (Ctrl+Shift+U)</translation>
    </message>
    <message>
        <source>Assessmen&amp;t</source>
        <translation>Eva&amp;luación</translation>
    </message>
    <message>
        <source>Article 7(7) &amp;reassessment…</source>
        <translation>&amp;Reevaluación del artículo 7(7)…</translation>
    </message>
    <message>
        <source>&amp;Embargo reference data…</source>
        <translation>Datos de referencia de &amp;embargos…</translation>
    </message>
    <message>
        <source>&amp;Denials notified by other States…</source>
        <translation>&amp;Denegaciones notificadas por otros Estados…</translation>
    </message>
    <message>
        <source>&amp;UN sanctions list and hits…</source>
        <translation>Lista de sanciones de la &amp;ONU y coincidencias…</translation>
    </message>
    <message>
        <source>Destination &amp;files…</source>
        <translation>&amp;Fichas de destino…</translation>
    </message>
    <message>
        <source>Diversion and breach &amp;incidents…</source>
        <translation>&amp;Incidentes de desvío e incumplimiento…</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Informes</translation>
    </message>
    <message>
        <source>&amp;Annual report…</source>
        <translation>Informe &amp;anual…</translation>
    </message>
    <message>
        <source>Na&amp;tional report on licence decisions…</source>
        <translation>Informe naciona&amp;l sobre decisiones de licencias…</translation>
    </message>
    <message>
        <source>&amp;Wassenaar Arrangement report…</source>
        <translation>Informe al Arreglo de &amp;Wassenaar…</translation>
    </message>
    <message>
        <source>U&amp;N Register of Conventional Arms report…</source>
        <translation>Informe al Registro de Armas Convencionales de las &amp;Naciones Unidas…</translation>
    </message>
    <message>
        <source>&amp;EU annual report on arms exports…</source>
        <translation>Informe anual de la &amp;UE sobre exportaciones de armas…</translation>
    </message>
    <message>
        <source>Reporting &amp;calendar…</source>
        <translation>&amp;Calendario de informes…</translation>
    </message>
    <message>
        <source>Record a &amp;shipment…</source>
        <translation>Registrar un &amp;envío…</translation>
    </message>
    <message>
        <source>Import shipments from a c&amp;ustoms file…</source>
        <translation>Importar envíos desde un archivo de a&amp;duanas…</translation>
    </message>
    <message>
        <source>&amp;Imports: authorisations and actual imports…</source>
        <translation>&amp;Importaciones: autorizaciones e importaciones realizadas…</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Configuración</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>&amp;Authority…</source>
        <translation>&amp;Autoridad…</translation>
    </message>
    <message>
        <source>The authority&apos;s name, letterhead and signatory on every document</source>
        <translation>El nombre, el membrete y el signatario de la autoridad en todos los documentos</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guía del usuario</translation>
    </message>
    <message>
        <source>The user guide, at the section for where you are (F1)</source>
        <translation>La guía del usuario, en la sección correspondiente a donde se encuentra (F1)</translation>
    </message>
    <message>
        <source>&amp;About %1</source>
        <translation>&amp;Acerca de %1</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
</context>
<context>
    <name>MandateDialog</name>
    <message>
        <source>Mandate of %1</source>
        <translation>Mandato de %1</translation>
    </message>
    <message>
        <source>Phone, e-mail</source>
        <translation>Teléfono, correo electrónico</translation>
    </message>
    <message>
        <source>One question per line</source>
        <translation>Una pregunta por línea</translation>
    </message>
    <message>
        <source>&amp;Mandate:</source>
        <translation>&amp;Mandato:</translation>
    </message>
    <message>
        <source>Contact &amp;person:</source>
        <translation>&amp;Persona de contacto:</translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation>&amp;Contacto:</translation>
    </message>
    <message>
        <source>&amp;Questions it answers:</source>
        <translation>Pre&amp;guntas que responde:</translation>
    </message>
</context>
<context>
    <name>MatchCard</name>
    <message>
        <source>Party screened</source>
        <extracomment>The follow-ups an officer can record, per effect the screen could not settle alone. The follow-ups that need the committee&apos;s evidence (reference, date) to clear a match. Runs the service&apos;s screen as at a date and merges it into the given answers.</extracomment>
        <translation>Parte cotejada</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Fundamento jurídico</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Alcance</translation>
    </message>
    <message>
        <source>in force</source>
        <translation>en vigor</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Fechas</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>Efecto</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Explicación</translation>
    </message>
    <message>
        <source>Why: the committee&apos;s reply, the end use, the region…</source>
        <translation>Por qué: la respuesta del comité, el uso final, la región…</translation>
    </message>
    <message>
        <source>Officer&apos;s confirmation</source>
        <translation>Confirmación del funcionario</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>Fundamentación</translation>
    </message>
    <message>
        <source>The sanctions committee&apos;s reference, e.g. S/AC.47/2026/OC.3</source>
        <translation>La referencia del comité de sanciones, p. ej., S/AC.47/2026/OC.3</translation>
    </message>
    <message>
        <source>not stated in the embargo entry: record when no objection had been received</source>
        <translation>no indicado en la entrada del embargo: registre cuándo no se había recibido ninguna objeción</translation>
    </message>
    <message>
        <source>%1 day(s) after the notification</source>
        <translation>%1 día(s) después de la notificación</translation>
    </message>
    <message>
        <source>Committee reference</source>
        <translation>Referencia del comité</translation>
    </message>
    <message>
        <source>Date of approval or notification</source>
        <translation>Fecha de la aprobación o la notificación</translation>
    </message>
    <message>
        <source>Waiting period</source>
        <translation>Plazo de espera</translation>
    </message>
    <message>
        <source>No objection received by</source>
        <translation>Sin objeciones hasta el</translation>
    </message>
</context>
<context>
    <name>MeasureCard</name>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Why it does or does not reduce this risk</source>
        <translation>Por qué reduce o no este riesgo</translation>
    </message>
    <message>
        <source>Why a measure of this kind can address this risk (authority policy)</source>
        <translation>Por qué una medida de este tipo puede abordar este riesgo (política de la autoridad)</translation>
    </message>
    <message>
        <source>Measure %1</source>
        <translation>Medida %1</translation>
    </message>
    <message>
        <source>What is agreed, with whom, and how it is verified</source>
        <translation>Qué se acuerda, con quién y cómo se verifica</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Riesgo</translation>
    </message>
    <message>
        <source>Reliably reduces this risk?</source>
        <translation>¿Reduce este riesgo de forma fiable?</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <source>How the measure works and is verified</source>
        <translation>Cómo funciona y se verifica la medida</translation>
    </message>
    <message>
        <source>Remove this measure</source>
        <translation>Quitar esta medida</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Risks addressed, judged one by one</source>
        <translation>Riesgos abordados, valorados uno por uno</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>A measure of this kind is not one the treaty names against this risk (Article 7(2), 11(2)). Your authority allows it to count on your stated reason: give it below.</source>
        <translation>Una medida de este tipo no es de las que el Tratado prevé contra este riesgo (artículos 7(2) y 11(2)). Su autoridad permite que cuente si usted expone el motivo: indíquelo a continuación.</translation>
    </message>
    <message>
        <source>A measure of this kind cannot lower this risk (Article 7(2), 11(2)): it will not be counted.</source>
        <translation>Una medida de este tipo no puede reducir este riesgo (artículos 7(2) y 11(2)): no se tendrá en cuenta.</translation>
    </message>
    <message>
        <source>Carried over from one judgement for the whole measure: confirm it for this risk.</source>
        <translation>Trasladado de una valoración única para toda la medida: confírmelo para este riesgo.</translation>
    </message>
</context>
<context>
    <name>MissingAnswers</name>
    <message>
        <source>Article 6(1) embargo screen</source>
        <extracomment>The domain catalogue&apos;s English words, marked for lupdate (a test checks they agree).</extracomment>
        <translation>Cotejo de embargos del artículo 6(1)</translation>
    </message>
    <message>
        <source>Article 6(2) other international obligations</source>
        <translation>Otras obligaciones internacionales del artículo 6(2)</translation>
    </message>
    <message>
        <source>Article 6(3) knowledge of atrocity crimes</source>
        <translation>Conocimiento de crímenes atroces del artículo 6(3)</translation>
    </message>
    <message>
        <source>Article 6(1) embargo {name}</source>
        <translation>Artículo 6(1), embargo {name}</translation>
    </message>
    <message>
        <source>Article 7(1)(a) peace and security</source>
        <translation>Artículo 7(1)(a) paz y seguridad</translation>
    </message>
    <message>
        <source>Article 7(1)(b)(i) international humanitarian law</source>
        <translation>Artículo 7(1)(b)(i) derecho internacional humanitario</translation>
    </message>
    <message>
        <source>Article 7(1)(b)(ii) international human rights law</source>
        <translation>Artículo 7(1)(b)(ii) derecho internacional de los derechos humanos</translation>
    </message>
    <message>
        <source>Article 7(1)(b)(iii) terrorism</source>
        <translation>Artículo 7(1)(b)(iii) terrorismo</translation>
    </message>
    <message>
        <source>Article 7(1)(b)(iv) transnational organised crime</source>
        <translation>Artículo 7(1)(b)(iv) delincuencia organizada transnacional</translation>
    </message>
    <message>
        <source>GBV flowchart step 1, prevalent GBV/VAWC</source>
        <translation>Diagrama VMG, paso 1, VMG/VCMN prevalente</translation>
    </message>
    <message>
        <source>GBV flowchart step 2, seriousness</source>
        <translation>Diagrama VMG, paso 2, gravedad</translation>
    </message>
    <message>
        <source>GBV flowchart step 3, preventive action</source>
        <translation>Diagrama VMG, paso 3, medidas preventivas</translation>
    </message>
    <message>
        <source>GBV flowchart, risk before mitigation</source>
        <translation>Diagrama VMG, riesgo antes de la mitigación</translation>
    </message>
    <message>
        <source>GBV flowchart step 5, mitigation</source>
        <translation>Diagrama VMG, paso 5, mitigación</translation>
    </message>
    <message>
        <source>GBV flowchart step 4, overriding risk</source>
        <translation>Diagrama VMG, paso 4, riesgo manifiesto</translation>
    </message>
    <message>
        <source>Article 11 diversion, manufacture</source>
        <translation>Desvío (artículo 11), fabricación</translation>
    </message>
    <message>
        <source>Article 11 diversion, before transfer</source>
        <translation>Desvío (artículo 11), antes de la transferencia</translation>
    </message>
    <message>
        <source>Article 11 diversion, in transit</source>
        <translation>Desvío (artículo 11), en tránsito</translation>
    </message>
    <message>
        <source>Article 11 diversion, post-delivery storage</source>
        <translation>Desvío (artículo 11), almacenamiento tras la entrega</translation>
    </message>
    <message>
        <source>Article 11 diversion, end use</source>
        <translation>Desvío (artículo 11), uso final</translation>
    </message>
    <message>
        <source>Article 11 diversion, disposal</source>
        <translation>Desvío (artículo 11), eliminación</translation>
    </message>
    <message>
        <source>Red flag: unusual routing</source>
        <translation>Señal de alerta: ruta inusual</translation>
    </message>
    <message>
        <source>Red flag: unknown broker</source>
        <translation>Señal de alerta: corredor desconocido</translation>
    </message>
    <message>
        <source>Red flag: items do not match the end user&apos;s needs</source>
        <translation>Señal de alerta: los artículos no corresponden a las necesidades del usuario final</translation>
    </message>
    <message>
        <source>Red flag: vague end-use information</source>
        <translation>Señal de alerta: información imprecisa sobre el uso final</translation>
    </message>
    <message>
        <source>Red flag: unusual payment terms</source>
        <translation>Señal de alerta: condiciones de pago inusuales</translation>
    </message>
    <message>
        <source>Red flag: past diversion</source>
        <translation>Señal de alerta: desvíos anteriores</translation>
    </message>
    <message>
        <source>Red flag: weak stockpile security</source>
        <translation>Señal de alerta: seguridad deficiente de las existencias</translation>
    </message>
    <message>
        <source>Red flag: other</source>
        <translation>Señal de alerta: otra</translation>
    </message>
    <message>
        <source>Article 11 end-user certificate</source>
        <translation>Certificado de usuario final (artículo 11)</translation>
    </message>
    <message>
        <source>Mitigation measure {name}</source>
        <translation>Medida de mitigación {name}</translation>
    </message>
    <message>
        <source>run the screen as at the decision date</source>
        <translation>ejecutar el cotejo a la fecha de la decisión</translation>
    </message>
    <message>
        <source>the answer</source>
        <translation>la respuesta</translation>
    </message>
    <message>
        <source>reasoning for the answer</source>
        <translation>la fundamentación de la respuesta</translation>
    </message>
    <message>
        <source>reasoning and at least one source</source>
        <translation>la fundamentación y al menos una fuente</translation>
    </message>
    <message>
        <source>the prevalent types identified</source>
        <translation>los tipos prevalentes detectados</translation>
    </message>
    <message>
        <source>risk level before mitigation</source>
        <translation>el nivel de riesgo antes de la mitigación</translation>
    </message>
    <message>
        <source>reasoning for the finding</source>
        <translation>la fundamentación de la valoración</translation>
    </message>
    <message>
        <source>sources for the finding</source>
        <translation>las fuentes de la valoración</translation>
    </message>
    <message>
        <source>confirm whether it applies</source>
        <translation>confirmar si se aplica</translation>
    </message>
    <message>
        <source>why it does not apply</source>
        <translation>por qué no se aplica</translation>
    </message>
    <message>
        <source>whether the linked measures reliably reduce the risk</source>
        <translation>si las medidas vinculadas reducen el riesgo de forma fiable</translation>
    </message>
    <message>
        <source>reasoning for the overriding-risk determination</source>
        <translation>la fundamentación de la determinación del riesgo manifiesto</translation>
    </message>
    <message>
        <source>whether it is present</source>
        <translation>si está presente</translation>
    </message>
    <message>
        <source>whether it was received</source>
        <translation>si se recibió</translation>
    </message>
    <message>
        <source>the risks it addresses</source>
        <translation>los riesgos que aborda</translation>
    </message>
    <message>
        <source>whether it reliably reduces the risk</source>
        <translation>si reduce el riesgo de forma fiable</translation>
    </message>
    <message>
        <source>a measure with the same number</source>
        <translation>una medida con el mismo número</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>Wizard step index of each catalogue page (the wizard&apos;s ARTICLE6 … MITIGATION).</extracomment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>MissingList</name>
    <message>
        <source>Still missing before this assessment can be completed:</source>
        <extracomment>The target of the link followed: a ``MissingAnswer`` or the widget to go to.</extracomment>
        <translation>Aún falta lo siguiente para poder completar esta evaluación:</translation>
    </message>
    <message>
        <source>Go to this question</source>
        <translation>Ir a esta pregunta</translation>
    </message>
</context>
<context>
    <name>MitigationPage</name>
    <message>
        <source>Consider measures that could mitigate the risks found (Article 7(2)): confidence-building measures, programmes jointly developed and agreed with the importing State, end-use assurances, re-export clauses, delivery verification. Link each measure to the risks it addresses and judge each risk on its own: does it reliably reduce this risk, and why? A measure judged unreliable changes nothing, and only the kinds the treaty names against a risk can lower it: 7(2) confidence-building measures and joint programmes for any risk, Article 11(2) assurances and verification for diversion.</source>
        <translation>Examine las medidas que podrían mitigar los riesgos detectados (artículo 7(2)): medidas de fomento de la confianza, programas elaborados y acordados conjuntamente con el Estado importador, garantías de uso final, cláusulas de reexportación, verificación de la entrega. Vincule cada medida a los riesgos que aborda y valore cada riesgo por separado: ¿lo reduce de forma fiable, y por qué? Una medida considerada poco fiable no cambia nada, y solo los tipos que el Tratado prevé contra un riesgo pueden reducirlo: las medidas de fomento de la confianza y los programas conjuntos del 7(2), cualquier riesgo; las garantías y la verificación del artículo 11(2), el desvío.</translation>
    </message>
    <message>
        <source>Add a measure</source>
        <translation>Añadir una medida</translation>
    </message>
    <message>
        <source>Not offered: Article 6 prohibits this transfer (%1), and no mitigation measure can lift an Article 6 prohibition. Measures recorded here are not considered.</source>
        <translation>No se ofrece: el artículo 6 prohíbe esta transferencia (%1) y ninguna medida de mitigación puede levantar una prohibición del artículo 6. Las medidas registradas aquí no se tienen en cuenta.</translation>
    </message>
</context>
<context>
    <name>MyWorkDock</name>
    <message>
        <source>My work</source>
        <extracomment>A report&apos;s item (application id 0): open that year&apos;s report submission.</extracomment>
        <translation>Mi trabajo</translation>
    </message>
    <message>
        <source>Sign in to see the cases waiting for you.</source>
        <translation>Inicie sesión para ver los expedientes que le esperan.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n case(s) waiting</source>
        <translation>
            <numerusform>%1: %n expediente en espera</numerusform>
            <numerusform>%1: %n expedientes en espera</numerusform>
        </translation>
    </message>
    <message>
        <source>(due %1)</source>
        <translation>(vence el %1)</translation>
    </message>
</context>
<context>
    <name>NationalReportDialog</name>
    <message>
        <source>National report on licence decisions</source>
        <translation>Informe nacional sobre decisiones de licencias</translation>
    </message>
    <message>
        <source>to</source>
        <translation>al</translation>
    </message>
    <message>
        <source>P&amp;eriod:</source>
        <translation>P&amp;eríodo:</translation>
    </message>
    <message>
        <source>&amp;Rows:</source>
        <translation>&amp;Filas:</translation>
    </message>
    <message>
        <source>Colu&amp;mns:</source>
        <translation>Colu&amp;mnas:</translation>
    </message>
    <message>
        <source>Report c&amp;urrency:</source>
        <translation>Mo&amp;neda del informe:</translation>
    </message>
    <message>
        <source>Document &amp;language:</source>
        <translation>&amp;Idioma del documento:</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>Control-list rating</source>
        <translation>Clasificación en la lista de control</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Criterio</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>El período termina antes de empezar.</translation>
    </message>
    <message>
        <source>Choose at least one dimension for the rows.</source>
        <translation>Elija al menos una dimensión para las filas.</translation>
    </message>
    <message>
        <source>A dimension cannot be both a row and a column.</source>
        <translation>Una dimensión no puede ser a la vez fila y columna.</translation>
    </message>
    <message>
        <source>Give the report currency as a 3-letter ISO 4217 code.</source>
        <translation>Indique la moneda del informe con su código ISO 4217 de 3 letras.</translation>
    </message>
    <message>
        <source>%1: count</source>
        <translation>%1: número</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>%1: value</source>
        <translation>%1: valor</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Total: count</source>
        <translation>Total: número</translation>
    </message>
    <message>
        <source>Total: value</source>
        <translation>Total: valor</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Nil report: no licence decisions in the period.</source>
        <translation>Informe negativo: ninguna decisión sobre licencias en el período.</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>Write a note; @username puts the case in that colleague&apos;s work queue</source>
        <extracomment>The database and the person acting, read when a button is pressed.</extracomment>
        <translation>Escriba una nota; @usuario pone el expediente en la cola de trabajo de ese colega</translation>
    </message>
    <message>
        <source>&amp;Add note</source>
        <translation>&amp;Añadir nota</translation>
    </message>
    <message>
        <source>Add the note (Ctrl+Return)</source>
        <translation>Añadir la nota (Ctrl+Return)</translation>
    </message>
    <message>
        <source>&amp;Reassign case…</source>
        <translation>&amp;Reasignar expediente…</translation>
    </message>
    <message>
        <source>Not assigned to anyone.</source>
        <translation>Sin asignar.</translation>
    </message>
    <message>
        <source>Assigned to %1.</source>
        <translation>Asignado a %1.</translation>
    </message>
</context>
<context>
    <name>ObligationDialog</name>
    <message>
        <source>Licence %1 (%2): %3, due %4</source>
        <translation>Licencia %1 (%2): %3, vence el %4</translation>
    </message>
    <message>
        <source>Recei&amp;ved on:</source>
        <translation>Recib&amp;ido el:</translation>
    </message>
    <message>
        <source>Certificate &amp;reference:</source>
        <translation>&amp;Referencia del certificado:</translation>
    </message>
    <message>
        <source>&amp;Visited on:</source>
        <translation>&amp;Visitado el:</translation>
    </message>
    <message>
        <source>Visited &amp;by:</source>
        <translation>Visitado &amp;por:</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Resultado:</translation>
    </message>
    <message>
        <source>What was &amp;found:</source>
        <translation>Lo que se &amp;constató:</translation>
    </message>
    <message>
        <source>Report &amp;reference:</source>
        <translation>Re&amp;ferencia del informe:</translation>
    </message>
    <message>
        <source>&amp;Checked on:</source>
        <translation>Comprobado &amp;el:</translation>
    </message>
    <message>
        <source>&amp;Evidence (reference):</source>
        <translation>&amp;Prueba (referencia):</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>&amp;Why is it waived?</source>
        <translation>¿Por &amp;qué se dispensa?</translation>
    </message>
    <message>
        <source>&amp;Licence:</source>
        <translation>&amp;Licencia:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Due (or planned) on:</source>
        <translation>&amp;Vence (o prevista) el:</translation>
    </message>
    <message>
        <source>What to &amp;check:</source>
        <translation>Qué &amp;comprobar:</translation>
    </message>
    <message>
        <source>Who is to &amp;visit:</source>
        <translation>&amp;Quién visita:</translation>
    </message>
    <message>
        <source>&amp;Where:</source>
        <translation>&amp;Dónde:</translation>
    </message>
    <message>
        <source>Delivery verification certificate received</source>
        <translation>Certificado de verificación de entrega recibido</translation>
    </message>
    <message>
        <source>Verification visit: result</source>
        <translation>Visita de verificación: resultado</translation>
    </message>
    <message>
        <source>Assurance checked</source>
        <translation>Garantía comprobada</translation>
    </message>
    <message>
        <source>Waive a follow-up obligation</source>
        <translation>Dispensar una obligación de seguimiento</translation>
    </message>
    <message>
        <source>Add a follow-up obligation</source>
        <translation>Añadir una obligación de seguimiento</translation>
    </message>
    <message>
        <source>Record &amp;certificate</source>
        <translation>Registrar &amp;certificado</translation>
    </message>
    <message>
        <source>Record v&amp;isit</source>
        <translation>Registrar v&amp;isita</translation>
    </message>
    <message>
        <source>Record c&amp;heck</source>
        <translation>Registrar co&amp;mprobación</translation>
    </message>
    <message>
        <source>W&amp;aive</source>
        <translation>&amp;Dispensar</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>This case has no licence to follow up.</source>
        <translation>Este expediente no tiene ninguna licencia que seguir.</translation>
    </message>
</context>
<context>
    <name>ObligationModel</name>
    <message>
        <source>Due</source>
        <extracomment>Columns and the service&apos;s sort key for each (&quot;&quot; when the column cannot be sorted on).</extracomment>
        <translation>Vence</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Expediente</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Hecho el</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
</context>
<context>
    <name>ObligationsPanel</name>
    <message>
        <source>Certificate &amp;received…</source>
        <extracomment>Something was recorded on the obligations of this case (its id). Double click in the register: open this case.</extracomment>
        <translation>Certificado &amp;recibido…</translation>
    </message>
    <message>
        <source>&amp;Visit result…</source>
        <translation>Res&amp;ultado de la visita…</translation>
    </message>
    <message>
        <source>Assurance c&amp;hecked…</source>
        <translation>&amp;Garantía comprobada…</translation>
    </message>
    <message>
        <source>&amp;Waive…</source>
        <translation>Dispe&amp;nsar…</translation>
    </message>
    <message>
        <source>&amp;Add obligation or visit…</source>
        <translation>&amp;Añadir obligación o visita…</translation>
    </message>
    <message>
        <source>Record as &amp;incident…</source>
        <translation>Registrar como &amp;incidente…</translation>
    </message>
    <message>
        <source>Open a new diversion or breach incident for this licence, with the visit&apos;s findings: it puts the licence up for reassessment (Article 7(7)).</source>
        <translation>Abrir un nuevo incidente de desvío o incumplimiento para esta licencia, con lo constatado en la visita: propone la licencia para reevaluación (artículo 7(7)).</translation>
    </message>
    <message>
        <source>No follow-up obligations yet. A delivery verification certificate is added with each shipment when the licence calls for one; add others below.</source>
        <translation>Aún no hay obligaciones de seguimiento. Se añade un certificado de verificación de entrega con cada envío cuando la licencia lo exige; añada otras a continuación.</translation>
    </message>
    <message>
        <source>Only a licensing officer or the focal point records this.</source>
        <translation>Solo un funcionario de licencias o el punto focal registran esto.</translation>
    </message>
</context>
<context>
    <name>OpinionDialog</name>
    <message>
        <source>Opinion on %1</source>
        <translation>Dictamen sobre %1</translation>
    </message>
    <message>
        <source>%1 gives the opinion of %2.</source>
        <translation>%1 emite el dictamen de %2.</translation>
    </message>
    <message>
        <source>no agency</source>
        <translation>ningún organismo</translation>
    </message>
    <message>
        <source>Why: the facts and sources your agency relies on</source>
        <translation>Por qué: los hechos y las fuentes en que se basa su organismo</translation>
    </message>
    <message>
        <source>Conditions, one per line (e.g. post-shipment verification)</source>
        <translation>Condiciones, una por línea (p. ej., verificación posterior al envío)</translation>
    </message>
    <message>
        <source>Opinion:</source>
        <translation>Dictamen:</translation>
    </message>
    <message>
        <source>&amp;Reasons:</source>
        <translation>&amp;Motivos:</translation>
    </message>
    <message>
        <source>&amp;Conditions:</source>
        <translation>&amp;Condiciones:</translation>
    </message>
    <message>
        <source>The assessment under review:</source>
        <translation>La evaluación examinada:</translation>
    </message>
    <message>
        <source>This case has no assessment yet.</source>
        <translation>Este expediente aún no tiene evaluación.</translation>
    </message>
    <message>
        <source>Revision %1, %2</source>
        <translation>Versión %1, %2</translation>
    </message>
    <message>
        <source>Recommendation: %1</source>
        <translation>Recomendación: %1</translation>
    </message>
    <message>
        <source>Choose an opinion.</source>
        <translation>Elija un dictamen.</translation>
    </message>
</context>
<context>
    <name>Ops</name>
    <message>
        <source>Something unexpected went wrong, and this action was not completed. The details were written to the log; please tell your administrator.</source>
        <extracomment>What the op disables while it runs (and gives back its previous state afterwards). Ops that have not delivered yet. Ops until their thread has ended: a worker must outlive the window that started it (a QThread destroyed while it runs aborts the program).</extracomment>
        <translation>Algo inesperado ha fallado y esta acción no se completó. Los detalles se han escrito en el registro; informe a su administrador.</translation>
    </message>
</context>
<context>
    <name>PartiesEditor</name>
    <message>
        <source>Role</source>
        <extracomment>A party row as typed: role, type, name, country text, address, and the number of the row it acts for (&quot;&quot; if none). Used to move rows and to tell whether anything changed. The row of the government this consignee acts for (followed when rows move).</extracomment>
        <translation>Función</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Acts for</source>
        <translation>Actúa en nombre de</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Partes</translation>
    </message>
    <message>
        <source>Add part&amp;y</source>
        <translation>Añadir &amp;parte</translation>
    </message>
    <message>
        <source>Re&amp;move party</source>
        <translation>&amp;Quitar parte</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>S&amp;ubir</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not in the list of countries; choose one from the list</source>
        <translation>«%1» no está en la lista de países; elija uno de la lista</translation>
    </message>
    <message>
        <source>Party %1: role</source>
        <translation>Parte %1: función</translation>
    </message>
    <message>
        <source>Party %1: type</source>
        <translation>Parte %1: tipo</translation>
    </message>
    <message>
        <source>Party %1: name</source>
        <translation>Parte %1: nombre</translation>
    </message>
    <message>
        <source>Party %1: country</source>
        <translation>Parte %1: país</translation>
    </message>
    <message>
        <source>Party %1: address</source>
        <translation>Parte %1: dirección</translation>
    </message>
    <message>
        <source>Party %1: acts for</source>
        <translation>Parte %1: actúa en nombre de</translation>
    </message>
    <message>
        <source>Party %1</source>
        <translation>Parte %1</translation>
    </message>
    <message>
        <source>Name of the party</source>
        <translation>Nombre de la parte</translation>
    </message>
    <message>
        <source>For a commercial consignee importing for a government end user of this case: the Article 6 screen then treats it as that government.</source>
        <translation>Para un consignatario comercial que importa para un usuario final gubernamental de este expediente: el cotejo del artículo 6 lo trata entonces como ese gobierno.</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
</context>
<context>
    <name>Prompter</name>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
</context>
<context>
    <name>ReassessmentDialog</name>
    <message>
        <source>Article 7(7) reassessment of valid licences</source>
        <translation>Reevaluación de licencias vigentes (artículo 7(7))</translation>
    </message>
    <message>
        <source>When an embargo is imposed or new information about a destination is recorded, every valid licence it concerns is listed here. Reassess each one, possibly after consulting the importing State, and record what you decided: the licence stands, or is suspended, revoked or amended. Every step is kept in the licence&apos;s history. A licence that an embargo now prohibits cannot stand.</source>
        <translation>Cuando se impone un embargo o se registra nueva información sobre un destino, aquí figuran todas las licencias vigentes afectadas. Reevalúe cada una, en su caso tras consultar al Estado importador, y registre lo que decidió: la licencia se mantiene, o se suspende, se revoca o se modifica. Cada paso se conserva en el historial de la licencia. Una licencia que un embargo prohíbe ahora no puede mantenerse.</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Expediente</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Válida hasta</translation>
    </message>
    <message>
        <source>Why it is listed</source>
        <translation>Por qué figura</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Actuali&amp;zar</translation>
    </message>
    <message>
        <source>&amp;Embargo data…</source>
        <translation>Datos de &amp;embargos…</translation>
    </message>
    <message>
        <source>Amended terms</source>
        <translation>Términos modificados</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Record the &amp;amendment</source>
        <translation>Registrar la &amp;modificación</translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation>Válida hasta:</translation>
    </message>
    <message>
        <source>Quantities:</source>
        <translation>Cantidades:</translation>
    </message>
    <message>
        <source>Conditions (one per line):</source>
        <translation>Condiciones (una por línea):</translation>
    </message>
    <message>
        <source>Reassess the selected licence</source>
        <translation>Reevaluar la licencia seleccionada</translation>
    </message>
    <message>
        <source>Your conclusion and its reasons (what the new information changes, whom you consulted). It is kept as the reason of the step you record.</source>
        <translation>Su conclusión y sus motivos (qué cambia la nueva información, a quién consultó). Se conserva como motivo del paso que registre.</translation>
    </message>
    <message>
        <source>&amp;Conclusion and reasons:</source>
        <translation>&amp;Conclusión y motivos:</translation>
    </message>
    <message>
        <source>Licence &amp;stands</source>
        <translation>La licencia se ma&amp;ntiene</translation>
    </message>
    <message>
        <source>S&amp;uspend</source>
        <translation>&amp;Suspender</translation>
    </message>
    <message>
        <source>Re&amp;voke</source>
        <translation>Re&amp;vocar</translation>
    </message>
    <message>
        <source>&amp;Amend…</source>
        <translation>Mo&amp;dificar…</translation>
    </message>
    <message>
        <source>I confirm the revocation: a revoked licence cannot be reinstated</source>
        <translation>Confirmo la revocación: una licencia revocada no puede restablecerse</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>History of the licence:</source>
        <translation>Historial de la licencia:</translation>
    </message>
    <message>
        <source>Record new information about a destination</source>
        <translation>Registrar nueva información sobre un destino</translation>
    </message>
    <message>
        <source>e.g. UN report of abuses by the receiving unit, or a coup d&apos;état</source>
        <translation>p. ej., informe de la ONU sobre abusos de la unidad receptora, o un golpe de Estado</translation>
    </message>
    <message>
        <source>Source: title, date, reference</source>
        <translation>Fuente: título, fecha, referencia</translation>
    </message>
    <message>
        <source>Record &amp;information</source>
        <translation>Registrar la in&amp;formación</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>Es&amp;tado:</translation>
    </message>
    <message>
        <source>&amp;Information:</source>
        <translation>&amp;Información:</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>F&amp;uente:</translation>
    </message>
    <message>
        <source>Your conclusion or information is not recorded yet. Record it, or close again to discard it.</source>
        <translation>Su conclusión o información aún no está registrada. Regístrela o vuelva a cerrar para descartarla.</translation>
    </message>
    <message>
        <source>EMBARGO — suspend or revoke.</source>
        <translation>EMBARGO — suspender o revocar.</translation>
    </message>
    <message>
        <source>%1 valid licence(s) to reassess as at %2.</source>
        <translation>%1 licencia(s) vigente(s) por reevaluar a fecha de %2.</translation>
    </message>
    <message>
        <source>No valid licence needs reassessing as at %1.</source>
        <translation>Ninguna licencia vigente necesita reevaluación a fecha de %1.</translation>
    </message>
    <message>
        <source>Select a licence in the list.</source>
        <translation>Seleccione una licencia de la lista.</translation>
    </message>
    <message>
        <source>Licence %1 (%2), version %3, %4.</source>
        <translation>Licencia %1 (%2), versión %3, %4.</translation>
    </message>
    <message>
        <source>An embargo now prohibits this transfer (Article 6): it cannot stand and no mitigation lifts it. Suspend or revoke it and stop further shipments.</source>
        <translation>Un embargo prohíbe ahora esta transferencia (artículo 6): no puede mantenerse y ninguna mitigación lo levanta. Suspéndala o revóquela y detenga nuevos envíos.</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>vigente</translation>
    </message>
    <message>
        <source>suspended</source>
        <translation>suspendida</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>revocada</translation>
    </message>
    <message>
        <source>Write your conclusion and its reasons first: they are kept.</source>
        <translation>Escriba primero su conclusión y sus motivos: se conservan.</translation>
    </message>
    <message>
        <source>Licence %1 is %2 and no longer needs reassessing.</source>
        <translation>La licencia %1 está %2 y ya no necesita reevaluación.</translation>
    </message>
    <message>
        <source>Not recorded: %1</source>
        <translation>No registrado: %1</translation>
    </message>
    <message>
        <source>Recorded: licence %1 stands.</source>
        <translation>Registrado: la licencia %1 se mantiene.</translation>
    </message>
    <message>
        <source>Tick the confirmation first: a revocation cannot be undone.</source>
        <translation>Marque primero la confirmación: una revocación no puede deshacerse.</translation>
    </message>
    <message>
        <source>Recorded: licence %1 is now %2.</source>
        <translation>Registrado: la licencia %1 está ahora %2.</translation>
    </message>
    <message>
        <source>Line %1: %2 is not a number.</source>
        <translation>Línea %1: %2 no es un número.</translation>
    </message>
    <message>
        <source>Recorded: licence %1 amended.</source>
        <translation>Registrado: licencia %1 modificada.</translation>
    </message>
    <message>
        <source>The information was not recorded: %1</source>
        <translation>No se registró la información: %1</translation>
    </message>
    <message>
        <source>Information recorded; %1 valid licence(s) concern that State.</source>
        <translation>Información registrada; %1 licencia(s) vigente(s) afectan a ese Estado.</translation>
    </message>
</context>
<context>
    <name>ReassignDialog</name>
    <message>
        <source>Reassign %1</source>
        <translation>Reasignar %1</translation>
    </message>
    <message>
        <source>e.g. officer transferred to another post</source>
        <translation>p. ej., funcionario trasladado a otro puesto</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Para:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>Choose the colleague who takes the case over.</source>
        <translation>Elija el colega que se hace cargo del expediente.</translation>
    </message>
</context>
<context>
    <name>RecordRequestDialog</name>
    <message>
        <source>Record a change request</source>
        <translation>Registrar una solicitud de modificación</translation>
    </message>
    <message>
        <source>The new end use or location, in words</source>
        <translation>El nuevo uso final o la nueva ubicación, en palabras</translation>
    </message>
    <message>
        <source>Licensed item</source>
        <translation>Artículo autorizado</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>One document per line (title or reference)</source>
        <translation>Un documento por línea (título o referencia)</translation>
    </message>
    <message>
        <source>&amp;Licence:</source>
        <translation>&amp;Licencia:</translation>
    </message>
    <message>
        <source>&amp;Request:</source>
        <translation>&amp;Solicitud:</translation>
    </message>
    <message>
        <source>Asked &amp;by:</source>
        <translation>&amp;Pedida por:</translation>
    </message>
    <message>
        <source>Recei&amp;ved on:</source>
        <translation>Recib&amp;ida el:</translation>
    </message>
    <message>
        <source>New &amp;country:</source>
        <translation>Nuevo p&amp;aís:</translation>
    </message>
    <message>
        <source>New &amp;end user:</source>
        <translation>Nuevo &amp;usuario final:</translation>
    </message>
    <message>
        <source>New end use or l&amp;ocation:</source>
        <translation>Nuevo uso final o ubi&amp;cación:</translation>
    </message>
    <message>
        <source>&amp;Items concerned:</source>
        <translation>A&amp;rtículos afectados:</translation>
    </message>
    <message>
        <source>&amp;Justification:</source>
        <translation>&amp;Justificación:</translation>
    </message>
    <message>
        <source>Docu&amp;ments:</source>
        <translation>&amp;Documentos:</translation>
    </message>
    <message>
        <source>(licensed: %1)</source>
        <translation>(autorizado: %1)</translation>
    </message>
    <message>
        <source>Type each quantity as a number, e.g. 10 or 2.5.</source>
        <translation>Escriba cada cantidad como un número, p. ej., 10 o 2.5.</translation>
    </message>
</context>
<context>
    <name>RegisterFilters</name>
    <message>
        <source>Search reference, exporter, end user…</source>
        <translation>Buscar referencia, exportador, usuario final…</translation>
    </message>
    <message>
        <source>Year the application was received</source>
        <translation>Año de recepción de la solicitud</translation>
    </message>
    <message>
        <source>Case status</source>
        <translation>Estado del expediente</translation>
    </message>
    <message>
        <source>Final importing State</source>
        <translation>Estado importador final</translation>
    </message>
    <message>
        <source>ATT category of any line item</source>
        <translation>Categoría TCA de cualquier partida</translation>
    </message>
    <message>
        <source>Exporter or applicant</source>
        <translation>Exportador o solicitante</translation>
    </message>
    <message>
        <source>Transfer type</source>
        <translation>Tipo de transferencia</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Borrar filtros</translation>
    </message>
    <message>
        <source>Show every case again</source>
        <translation>Volver a mostrar todos los expedientes</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Años: todos</translation>
    </message>
    <message>
        <source>All destinations</source>
        <translation>Destinos: todos</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Categorías: todas</translation>
    </message>
    <message>
        <source>All exporters</source>
        <translation>Exportadores: todos</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Estados: todos</translation>
    </message>
    <message>
        <source>All transfer types</source>
        <translation>Tipos: todos</translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <source>Could not read this case: %1</source>
        <extracomment>The case&apos;s database id, for opening it. At most this many pages stay in memory (5,000 rows). Pages that could not be read, with the reason (kept until the next reset). How many pages were fetched since the last reset (benchmarks and tests read it).</extracomment>
        <translation>No se pudo leer este expediente: %1</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Exporter / applicant</source>
        <translation>Exportador / solicitante</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>End user</source>
        <translation>Usuario final</translation>
    </message>
    <message>
        <source>ATT categories</source>
        <translation>Categorías TCA</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Decidido</translation>
    </message>
    <message>
        <source>The line items are valued in different currencies.</source>
        <translation>Las partidas están valoradas en monedas distintas.</translation>
    </message>
</context>
<context>
    <name>ReportBuilder</name>
    <message>
        <source>Category / sub-category</source>
        <translation>Categoría / subcategoría</translation>
    </message>
    <message>
        <source>Final importing State</source>
        <translation>Estado importador final</translation>
    </message>
    <message>
        <source>Exporting State</source>
        <translation>Estado exportador</translation>
    </message>
    <message>
        <source>Number of items</source>
        <translation>Número de artículos</translation>
    </message>
    <message>
        <source>Value (%1)</source>
        <translation>Valor (%1)</translation>
    </message>
    <message>
        <source>State of origin (if not exporter)</source>
        <translation>Estado de origen (si no es el exportador)</translation>
    </message>
    <message>
        <source>Intermediate location (if any)</source>
        <translation>Lugar intermedio (si lo hay)</translation>
    </message>
    <message>
        <source>Description of item</source>
        <translation>Descripción del artículo</translation>
    </message>
    <message>
        <source>Comments on the transfer</source>
        <translation>Observaciones sobre la transferencia</translation>
    </message>
    <message>
        <source>Some values of this row are left out: no value recorded, or no exchange rate into the report currency. See the findings.</source>
        <translation>Se omiten algunos valores de esta fila: no hay valor registrado o no hay tipo de cambio a la moneda del informe. Vea las observaciones.</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(no registrado)</translation>
    </message>
    <message>
        <source>authorised</source>
        <translation>autorizadas</translation>
    </message>
    <message>
        <source>actual</source>
        <translation>realizadas</translation>
    </message>
    <message>
        <source>Exports (%1), %2</source>
        <translation>Exportaciones (%1), %2</translation>
    </message>
    <message>
        <source>Imports (%1), %2</source>
        <translation>Importaciones (%1), %2</translation>
    </message>
    <message>
        <source>Nil report on exports: nothing to report for %1.</source>
        <translation>Informe nulo de exportaciones: nada que notificar para %1.</translation>
    </message>
    <message>
        <source>Nil report on imports: nothing to report for %1.</source>
        <translation>Informe nulo de importaciones: nada que notificar para %1.</translation>
    </message>
    <message>
        <source>The report will include a nil report (Annex 3).</source>
        <translation>El informe incluirá un informe nulo (anexo 3).</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>* value incomplete (see findings)</source>
        <translation>* valor incompleto (vea las observaciones)</translation>
    </message>
    <message>
        <source>Total: </source>
        <translation>Total: </translation>
    </message>
    <message>
        <source>Choose the options, then press Preview to see this table.</source>
        <translation>Elija las opciones y pulse Vista previa para ver esta tabla.</translation>
    </message>
</context>
<context>
    <name>ReportBuilderDialog</name>
    <message>
        <source>Annual report (Article 13(3))</source>
        <extracomment>Builds the report (``services.reporting.collect``); run on a worker thread. The application (case) id of a record to fix; the main window opens it. A file was written: its path. A preview was built (tests and the main window may listen).</extracomment>
        <translation>Informe anual (artículo 13(3))</translation>
    </message>
    <message>
        <source>&amp;Open the record to fix</source>
        <extracomment>The preview being built or the file being written, if any.</extracomment>
        <translation>Abrir el &amp;registro que corregir</translation>
    </message>
    <message>
        <source>Exported items per year, by category</source>
        <translation>Artículos exportados por año, por categoría</translation>
    </message>
    <message>
        <source>Exported items per year, by region</source>
        <translation>Artículos exportados por año, por región</translation>
    </message>
    <message>
        <source>E&amp;xports table</source>
        <translation>Tabla de e&amp;xportaciones</translation>
    </message>
    <message>
        <source>I&amp;mports table</source>
        <translation>Tabla de i&amp;mportaciones</translation>
    </message>
    <message>
        <source>Fin&amp;dings</source>
        <translation>&amp;Observaciones</translation>
    </message>
    <message>
        <source>C&amp;harts</source>
        <translation>&amp;Gráficos</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>&amp;Vista previa</translation>
    </message>
    <message>
        <source>Allow a dra&amp;ft despite errors</source>
        <translation>Permitir un &amp;borrador pese a los errores</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Exportar &amp;PDF…</translation>
    </message>
    <message>
        <source>Export &amp;XLSX…</source>
        <translation>Exportar X&amp;LSX…</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exportar &amp;CSV…</translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation>Exportar &amp;JSON…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>S&amp;ubmission…</source>
        <extracomment>The report as submitted: contributions, approval, the frozen copy (issue 14).</extracomment>
        <translation>Pre&amp;sentación…</translation>
    </message>
    <message>
        <source>Cancel the preview</source>
        <extracomment>Stops a preview being built (shown only meanwhile; files are written to the end).</extracomment>
        <translation>Cancelar la vista previa</translation>
    </message>
    <message>
        <source>The choices changed since the preview: press Preview again to export.</source>
        <translation>Las opciones han cambiado desde la vista previa: pulse de nuevo Vista previa para exportar.</translation>
    </message>
    <message numerus="yes">
        <source>Due to the ATT Secretariat by %1: %n day(s) left.</source>
        <translation>
            <numerusform>Plazo de presentación a la Secretaría del TCA: %1; queda %n día.</numerusform>
            <numerusform>Plazo de presentación a la Secretaría del TCA: %1; quedan %n días.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Due to the ATT Secretariat by %1: %n day(s) overdue.</source>
        <translation>
            <numerusform>Plazo de presentación a la Secretaría del TCA: %1; %n día de retraso.</numerusform>
            <numerusform>Plazo de presentación a la Secretaría del TCA: %1; %n días de retraso.</numerusform>
        </translation>
    </message>
    <message>
        <source>Annual report</source>
        <translation>Informe anual</translation>
    </message>
    <message>
        <source>Reading the records of %1…</source>
        <translation>Leyendo los registros de %1…</translation>
    </message>
    <message>
        <source>The preview was cancelled.</source>
        <translation>Se canceló la vista previa.</translation>
    </message>
    <message>
        <source>Laying out the tables…</source>
        <translation>Componiendo las tablas…</translation>
    </message>
    <message>
        <source> Information withheld: the title page declares it.</source>
        <translation> Información no divulgada: la portada lo declara.</translation>
    </message>
    <message numerus="yes">
        <source>Preview ready: %n error(s) to fix before export.</source>
        <translation>
            <numerusform>Vista previa lista: %n error que corregir antes de exportar.</numerusform>
            <numerusform>Vista previa lista: %n errores que corregir antes de exportar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Preview ready: no errors.</source>
        <translation>Vista previa lista: sin errores.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n advertencia</numerusform>
            <numerusform>%n advertencias</numerusform>
        </translation>
    </message>
    <message>
        <source>Double-click a finding (or press Enter) to open the record to fix.</source>
        <translation>Haga doble clic en una observación (o pulse Intro) para abrir el registro que corregir.</translation>
    </message>
    <message>
        <source>Fin&amp;dings (%1)</source>
        <translation>&amp;Observaciones (%1)</translation>
    </message>
    <message>
        <source>Nothing exported in these years.</source>
        <translation>Nada exportado en estos años.</translation>
    </message>
    <message>
        <source>Enter the %1 rate into %2 for %3, then save it and preview again.</source>
        <translation>Introduzca el tipo de cambio de %1 a %2 para %3, guárdelo y vuelva a generar la vista previa.</translation>
    </message>
    <message>
        <source>Preview the report before exporting it.</source>
        <translation>Genere la vista previa del informe antes de exportarlo.</translation>
    </message>
    <message>
        <source>The report has errors (see Findings). Fix them, or tick “Allow a draft despite errors” to write a draft.</source>
        <translation>El informe tiene errores (vea Observaciones). Corríjalos o marque «Permitir un borrador pese a los errores» para generar un borrador.</translation>
    </message>
    <message>
        <source>Export the annual report</source>
        <translation>Exportar el informe anual</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Generando %1…</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Generado: %1</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <extracomment>``(parent, title, suggested path, filter) -&gt; chosen path or None``: tests replace it.</extracomment>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Libro de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>The %1 file could not be written: %2
The details are in the log.</source>
        <translation>No se pudo escribir el archivo %1: %2
Los detalles están en el registro.</translation>
    </message>
    <message>
        <source>Authorised (licences issued in the year)</source>
        <translation>Autorizadas (licencias expedidas en el año)</translation>
    </message>
    <message>
        <source>Actual (shipments made in the year)</source>
        <translation>Realizadas (envíos efectuados en el año)</translation>
    </message>
    <message>
        <source>Number of items and value</source>
        <translation>Número de artículos y valor</translation>
    </message>
    <message>
        <source>Number of items</source>
        <translation>Número de artículos</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Include small arms for &amp;civilian end users</source>
        <translation>Incluir armas pe&amp;queñas para usuarios finales civiles</translation>
    </message>
    <message>
        <source>Add voluntary &amp;national categories</source>
        <translation>Añadir categorías &amp;nacionales voluntarias</translation>
    </message>
    <message>
        <source>From the settings, e.g. SE</source>
        <translation>De la configuración, p. ej., SE</translation>
    </message>
    <message>
        <source>Add the charts annex to the PDF</source>
        <translation>Añadir al PDF el anexo de gráficos</translation>
    </message>
    <message>
        <source>Report &amp;year:</source>
        <translation>A&amp;ño del informe:</translation>
    </message>
    <message>
        <source>&amp;Exports:</source>
        <translation>&amp;Exportaciones:</translation>
    </message>
    <message>
        <source>&amp;Imports:</source>
        <translation>&amp;Importaciones:</translation>
    </message>
    <message>
        <source>&amp;Figures:</source>
        <translation>Ci&amp;fras:</translation>
    </message>
    <message>
        <source>Report c&amp;urrency:</source>
        <translation>Mo&amp;neda del informe:</translation>
    </message>
    <message>
        <source>Reporting &amp;State:</source>
        <translation>Esta&amp;do informante:</translation>
    </message>
    <message>
        <source>Contact &amp;name:</source>
        <translation>Nombre de con&amp;tacto:</translation>
    </message>
    <message>
        <source>Position:</source>
        <translation>Cargo:</translation>
    </message>
    <message>
        <source>Contact &amp;organisation:</source>
        <translation>Organi&amp;zación de contacto:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Dirección:</translation>
    </message>
    <message>
        <source>Telephone:</source>
        <translation>Teléfono:</translation>
    </message>
    <message>
        <source>Contact e-&amp;mail:</source>
        <translation>Correo electrónico de cont&amp;acto:</translation>
    </message>
    <message>
        <source>Chart &amp;years:</source>
        <translation>Pe&amp;riodo de los gráficos (años):</translation>
    </message>
    <message>
        <source>Report &amp;language:</source>
        <translation>&amp;Idioma del informe:</translation>
    </message>
    <message>
        <source>Exports form may be made &amp;public</source>
        <translation>El formulario de exportaciones puede hacerse &amp;público</translation>
    </message>
    <message>
        <source>Imports form may be made pu&amp;blic</source>
        <translation>El formulario de importaciones puede hacerse pú&amp;blico</translation>
    </message>
    <message>
        <source>Annex 2: national definitions of categories</source>
        <translation>Anexo 2: definiciones nacionales de las categorías</translation>
    </message>
    <message>
        <source>How your national definition is wider than the UN Register&apos;s</source>
        <translation>En qué su definición nacional es más amplia que la del Registro de las Naciones Unidas</translation>
    </message>
    <message>
        <source>Add definition</source>
        <translation>Añadir definición</translation>
    </message>
    <message>
        <source>Remove definition</source>
        <translation>Quitar definición</translation>
    </message>
    <message>
        <source>Cate&amp;gory:</source>
        <translation>Categ&amp;oría:</translation>
    </message>
    <message>
        <source>Defini&amp;tion:</source>
        <translation>Defini&amp;ción:</translation>
    </message>
    <message>
        <source>The file was written, but the contact point and definitions were not kept for next time: %1</source>
        <translation>El archivo se generó, pero el punto de contacto y las definiciones no se conservaron para la próxima vez: %1</translation>
    </message>
    <message>
        <source>Exchange rates into the report currency</source>
        <translation>Tipos de cambio a la moneda del informe</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Rate (1 unit =)</source>
        <translation>Tipo (1 unidad =)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>e.g. 0.92</source>
        <translation>p. ej., 0.92</translation>
    </message>
    <message>
        <source>e.g. Central bank annual average</source>
        <translation>p. ej., Media anual del banco central</translation>
    </message>
    <message>
        <source>Save &amp;rate</source>
        <translation>G&amp;uardar tipo</translation>
    </message>
    <message>
        <source>Values in other currencies are added to no total until their rate for the year is recorded.</source>
        <translation>Los valores en otras monedas no se suman a ningún total hasta que se registra su tipo de cambio del año.</translation>
    </message>
    <message>
        <source>Curre&amp;ncy:</source>
        <translation>&amp;Moneda:</translation>
    </message>
    <message>
        <source>R&amp;ate:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Fuente:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>Exchange rates</source>
        <translation>Tipos de cambio</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number; write the rate like 0.92</source>
        <translation>«%1» no es un número; escriba el tipo como 0.92</translation>
    </message>
    <message>
        <source>Saved: 1 %1 = %2 %3 for %4. Preview again to use it.</source>
        <translation>Guardado: 1 %1 = %2 %3 para %4. Vuelva a generar la vista previa para usarlo.</translation>
    </message>
</context>
<context>
    <name>ReportingCalendarDialog</name>
    <message>
        <source>Reporting calendar</source>
        <translation>Calendario de informes</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Sin iniciar</translation>
    </message>
    <message>
        <source>Collecting data</source>
        <translation>Recopilación de datos</translation>
    </message>
    <message>
        <source>Inter-agency check</source>
        <translation>Comprobación interinstitucional</translation>
    </message>
    <message>
        <source>Signed off</source>
        <translation>Con visto bueno</translation>
    </message>
    <message>
        <source>Submitted to the ATT Secretariat</source>
        <translation>Presentado a la Secretaría del TCA</translation>
    </message>
    <message>
        <source>&amp;Collect data by:</source>
        <translation>&amp;Recopilar datos hasta el:</translation>
    </message>
    <message>
        <source>&amp;Inter-agency check by:</source>
        <translation>&amp;Comprobación interinstitucional hasta el:</translation>
    </message>
    <message>
        <source>Si&amp;gn-off by:</source>
        <translation>&amp;Visto bueno hasta el:</translation>
    </message>
    <message>
        <source>Report &amp;year:</source>
        <translation>&amp;Año del informe:</translation>
    </message>
    <message>
        <source>&amp;Status of the report:</source>
        <translation>&amp;Estado del informe:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>The %1 report was submitted (due %2).</source>
        <translation>El informe de %1 se presentó (vencía el %2).</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left to submit the %1 report (due %2).</source>
        <translation>
            <numerusform>Queda %n día para presentar el informe de %1 (vence el %2).</numerusform>
            <numerusform>Quedan %n días para presentar el informe de %1 (vence el %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %1 report is %n day(s) overdue (due %2).</source>
        <translation>
            <numerusform>El informe de %1 lleva %n día de retraso (vencía el %2).</numerusform>
            <numerusform>El informe de %1 lleva %n días de retraso (vencía el %2).</numerusform>
        </translation>
    </message>
    <message>
        <source>done</source>
        <translation>hecho</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <translation>
            <numerusform>%n día de retraso</numerusform>
            <numerusform>%n días de retraso</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>dentro de %n día</numerusform>
            <numerusform>dentro de %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Collect data</source>
        <translation>Recopilar datos</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>Visto bueno</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <source>Urgent: %1</source>
        <translation>Urgente: %1</translation>
    </message>
    <message>
        <source>Overdue: %1</source>
        <translation>Plazo vencido: %1</translation>
    </message>
    <message>
        <source>Agency</source>
        <extracomment>The case changed here (submitted, decided): the window refreshes register and case. The database and the person acting, read when a button is pressed.</extracomment>
        <translation>Organismo</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Respondido</translation>
    </message>
    <message>
        <source>Opinion</source>
        <translation>Dictamen</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Motivos</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Condiciones</translation>
    </message>
    <message>
        <source>&amp;Submit for review…</source>
        <translation>Presentar para e&amp;xamen…</translation>
    </message>
    <message>
        <source>Give &amp;opinion…</source>
        <translation>Emitir dic&amp;tamen…</translation>
    </message>
    <message>
        <source>&amp;Decide…</source>
        <translation>De&amp;cidir…</translation>
    </message>
    <message>
        <source>This case has not been submitted to the committee.</source>
        <translation>Este expediente no se ha presentado al comité.</translation>
    </message>
    <message>
        <source>the majority approves</source>
        <translation>la mayoría aprueba</translation>
    </message>
    <message>
        <source>the majority refuses</source>
        <translation>la mayoría rechaza</translation>
    </message>
    <message>
        <source>no majority</source>
        <translation>sin mayoría</translation>
    </message>
    <message>
        <source>quorum met</source>
        <translation>quórum alcanzado</translation>
    </message>
    <message>
        <source>quorum not met</source>
        <translation>quórum no alcanzado</translation>
    </message>
    <message>
        <source>%1 of %2 agencies answered; %3 needed (%4); %5.</source>
        <translation>Han respondido %1 de %2 organismos; se necesitan %3 (%4); %5.</translation>
    </message>
    <message>
        <source>Waiting for: %1</source>
        <translation>A la espera de: %1</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>Sustituido</translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <source>Delivery verification certificates</source>
        <translation>Certificados de verificación de entrega</translation>
    </message>
    <message>
        <source> days after the shipment</source>
        <translation> días después del envío</translation>
    </message>
    <message>
        <source>&amp;Owed:</source>
        <translation>&amp;Exigibles:</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>&amp;Plazo:</translation>
    </message>
    <message>
        <source>Applies to shipments recorded from now on.</source>
        <translation>Se aplica a los envíos que se registren a partir de ahora.</translation>
    </message>
</context>
<context>
    <name>RulesTab</name>
    <message>
        <source>any case</source>
        <translation>cualquier expediente</translation>
    </message>
    <message>
        <source>transit or trans-shipment States</source>
        <translation>Estados de tránsito o transbordo</translation>
    </message>
    <message>
        <source>a serious GBV finding</source>
        <translation>una valoración de VMG grave</translation>
    </message>
    <message>
        <source>a risk at a level</source>
        <translation>un riesgo desde cierto nivel</translation>
    </message>
    <message>
        <source>an Article 6 concern</source>
        <translation>un problema relativo al artículo 6</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Organismo</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Ret&amp;ire rule…</source>
        <translation>&amp;Retirar regla…</translation>
    </message>
    <message>
        <source>New rule</source>
        <translation>Nueva regla</translation>
    </message>
    <message>
        <source>agency code, e.g. CUS</source>
        <translation>código del organismo, p. ej., ADU</translation>
    </message>
    <message>
        <source>any transfer type</source>
        <translation>cualquier tipo de transferencia</translation>
    </message>
    <message>
        <source>any; or codes, e.g. BR, AR</source>
        <translation>cualquiera; o códigos, p. ej., BR, AR</translation>
    </message>
    <message>
        <source>why: the mandate or decree</source>
        <translation>motivo: el mandato o el decreto</translation>
    </message>
    <message>
        <source>Add &amp;rule</source>
        <translation>Añadir re&amp;gla</translation>
    </message>
    <message>
        <source>&amp;Agency:</source>
        <translation>&amp;Organismo:</translation>
    </message>
    <message>
        <source>&amp;Transfer type:</source>
        <translation>&amp;Tipo de transferencia:</translation>
    </message>
    <message>
        <source>&amp;Finding:</source>
        <translation>&amp;Valoración:</translation>
    </message>
    <message>
        <source>&amp;Destinations:</source>
        <translation>&amp;Destinos:</translation>
    </message>
    <message>
        <source>W&amp;hy:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>Sa&amp;ve due days</source>
        <translation>Guardar &amp;plazos</translation>
    </message>
    <message>
        <source>Opinions due in (working days):</source>
        <translation>Plazo de los dictámenes (días hábiles):</translation>
    </message>
    <message>
        <source>urgent:</source>
        <translation>urgente:</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Retirada</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>En vigor</translation>
    </message>
    <message>
        <source>No such agency yet</source>
        <translation>Aún no existe ese organismo</translation>
    </message>
    <message>
        <source>Rule added.</source>
        <translation>Regla añadida.</translation>
    </message>
    <message>
        <source>Retire a consultation rule</source>
        <translation>Retirar una regla de consulta</translation>
    </message>
    <message>
        <source>Why does this rule no longer apply? (It is kept, retired.)</source>
        <translation>¿Por qué esta regla ya no se aplica? (Se conserva como retirada.)</translation>
    </message>
    <message>
        <source>Rule retired.</source>
        <translation>Regla retirada.</translation>
    </message>
    <message>
        <source>Due days saved.</source>
        <translation>Plazos guardados.</translation>
    </message>
</context>
<context>
    <name>SanctionsHitsPanel</name>
    <message>
        <source>Party</source>
        <extracomment>A hit was reviewed or new hits were found: the case id (or 0 for every case).</extracomment>
        <translation>Parte</translation>
    </message>
    <message>
        <source>Listed as</source>
        <translation>Incluido como</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Regime</source>
        <translation>Régimen</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Expediente</translation>
    </message>
    <message>
        <source>Why the selected hit is, or is not, the listed party (required)</source>
        <translation>Por qué la coincidencia seleccionada es, o no es, la parte incluida en la lista (obligatorio)</translation>
    </message>
    <message>
        <source>&amp;Confirm: same party</source>
        <translation>&amp;Confirmar: misma parte</translation>
    </message>
    <message>
        <source>&amp;Reject: someone else</source>
        <translation>&amp;Rechazar: otra persona</translation>
    </message>
    <message>
        <source>&amp;Screen parties now</source>
        <translation>C&amp;otejar partes ahora</translation>
    </message>
    <message>
        <source>No UN Consolidated List has been imported: parties are not screened.</source>
        <translation>No se ha importado ninguna Lista Consolidada de las Naciones Unidas: las partes no se cotejan.</translation>
    </message>
    <message>
        <source>Screened against the UN Consolidated List generated %1.</source>
        <translation>Cotejado con la Lista Consolidada de las Naciones Unidas generada el %1.</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>Por revisar</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmada</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <source>Only a licensing officer reviews sanctions list hits.</source>
        <translation>Solo un funcionario de licencias revisa las coincidencias con la lista de sanciones.</translation>
    </message>
    <message>
        <source>Hit not reviewed</source>
        <translation>Coincidencia no revisada</translation>
    </message>
    <message>
        <source>Screening parties</source>
        <translation>Cotejo de partes</translation>
    </message>
    <message>
        <source>Screening parties against the UN Consolidated List…</source>
        <translation>Cotejando las partes con la Lista Consolidada de las Naciones Unidas…</translation>
    </message>
</context>
<context>
    <name>SanctionsListDialog</name>
    <message>
        <source>UN Security Council Consolidated List</source>
        <translation>Lista Consolidada del Consejo de Seguridad de las Naciones Unidas</translation>
    </message>
    <message>
        <source>Every party of every case is screened against the Council&apos;s list of individuals and entities. Import the consolidated XML file downloaded from the Security Council&apos;s website; a new list re-screens valid licences and open cases.</source>
        <translation>Cada parte de cada expediente se coteja con la lista de personas y entidades del Consejo. Importe el archivo XML consolidado descargado del sitio web del Consejo de Seguridad; una nueva lista vuelve a cotejar las licencias vigentes y los expedientes abiertos.</translation>
    </message>
    <message>
        <source>&amp;Import list file…</source>
        <translation>&amp;Importar archivo de lista…</translation>
    </message>
    <message>
        <source>Only an administrator imports the list.</source>
        <translation>Solo un administrador importa la lista.</translation>
    </message>
    <message>
        <source>Import the UN Consolidated List</source>
        <translation>Importar la Lista Consolidada de las Naciones Unidas</translation>
    </message>
    <message>
        <source>Consolidated List (*.xml)</source>
        <translation>Lista Consolidada (*.xml)</translation>
    </message>
    <message>
        <source>Importing the UN Consolidated List</source>
        <translation>Importación de la Lista Consolidada de las Naciones Unidas</translation>
    </message>
    <message>
        <source>Reading the list and screening parties…</source>
        <translation>Leyendo la lista y cotejando las partes…</translation>
    </message>
    <message>
        <source>Imported %1 entries; %2 parties screened, %3 new hits.</source>
        <translation>Se importaron %1 entradas; %2 partes cotejadas, %3 coincidencias nuevas.</translation>
    </message>
    <message>
        <source>Valid licences to reassess under Article 7(7) (Assessment → Article 7(7) reassessment): %1</source>
        <translation>Licencias vigentes por reevaluar según el artículo 7(7) (Evaluación → Reevaluación del artículo 7(7)): %1</translation>
    </message>
    <message>
        <source>List imported</source>
        <translation>Lista importada</translation>
    </message>
</context>
<context>
    <name>SessionManager</name>
    <message>
        <source>The workstation is locked: sign in to continue.</source>
        <extracomment>Events that count as someone using the workstation (they postpone the idle lock). The full history verification waits this long after the start-up check. The signed-in session after a sign-in, or None after a lock or sign-out. The start-up history check has its ``AuditReport`` (it runs on a worker thread). The background full verification (every event since the first) has its report. The application context this manager sets the signed-in person on. The history check under way, if any. How long after the start-up check the full verification starts (tests: 0). Whose session the lock screen is covering (they may unlock it). Signed in with a one-time password; not usable until it is changed.</extracomment>
        <translation>El puesto de trabajo está bloqueado: inicie sesión para continuar.</translation>
    </message>
    <message>
        <source>Checking the event history</source>
        <translation>Comprobación del historial de eventos</translation>
    </message>
    <message>
        <source>Checking the event history…</source>
        <translation>Comprobando el historial de eventos…</translation>
    </message>
    <message>
        <source>Checking the whole event history…</source>
        <translation>Comprobando todo el historial de eventos…</translation>
    </message>
    <message>
        <source>The history has been tampered with</source>
        <translation>El historial ha sido manipulado</translation>
    </message>
    <message>
        <source>The event history of this database was changed outside ATT Desktop (problems at event %1). Keep the file as evidence, tell your administrator and run &apos;att-desktop audit verify&apos; for the details.</source>
        <translation>El historial de eventos de esta base de datos se modificó fuera de ATT Desktop (problemas en el evento %1). Conserve el archivo como prueba, informe a su administrador y ejecute &apos;att-desktop audit verify&apos; para ver los detalles.</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <source>Signed in: %1</source>
        <translation>Sesión iniciada: %1</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>No permitido</translation>
    </message>
    <message>
        <source>S&amp;witch user…</source>
        <translation>&amp;Cambiar de usuario…</translation>
    </message>
    <message>
        <source>Lock the window and let someone else sign in (Ctrl+L)</source>
        <translation>Bloquear la ventana y dejar que otra persona inicie sesión (Ctrl+L)</translation>
    </message>
    <message>
        <source>Loc&amp;k</source>
        <translation>B&amp;loquear</translation>
    </message>
    <message>
        <source>C&amp;hange password…</source>
        <translation>Cambiar con&amp;traseña…</translation>
    </message>
    <message>
        <source>My &amp;training…</source>
        <translation>&amp;Mi formación…</translation>
    </message>
    <message>
        <source>&amp;Users and agencies…</source>
        <translation>&amp;Usuarios y organismos…</translation>
    </message>
</context>
<context>
    <name>ShipmentDialog</name>
    <message>
        <source>Record a shipment</source>
        <translation>Registrar un envío</translation>
    </message>
    <message>
        <source>Licence number or case reference</source>
        <translation>Número de licencia o referencia del expediente</translation>
    </message>
    <message>
        <source>Customs declaration, e.g. MRN</source>
        <translation>Declaración aduanera, p. ej., MRN</translation>
    </message>
    <message>
        <source>I have read the warnings; record the shipment as it happened</source>
        <translation>He leído las advertencias; registrar el envío tal como se produjo</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Comprobar</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Registrar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <source>Licensed</source>
        <translation>Autorizado</translation>
    </message>
    <message>
        <source>Shipped so far</source>
        <translation>Enviado hasta ahora</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Restante</translation>
    </message>
    <message>
        <source>This shipment</source>
        <translation>Este envío</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Find &amp;licence:</source>
        <translation>Buscar &amp;licencia:</translation>
    </message>
    <message>
        <source>Shipped &amp;on:</source>
        <translation>Enviado &amp;el:</translation>
    </message>
    <message>
        <source>C&amp;ustoms reference:</source>
        <translation>Referencia a&amp;duanera:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notas:</translation>
    </message>
    <message>
        <source>Quantities and values shipped (&amp;this shipment):</source>
        <translation>Cantidades y valores enviados (es&amp;te envío):</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>Advertencias:</translation>
    </message>
    <message>
        <source>export</source>
        <translation>exportación</translation>
    </message>
    <message>
        <source>import</source>
        <translation>importación</translation>
    </message>
    <message>
        <source>Licence %1 (case %2), %3, valid %4 to %5.</source>
        <translation>Licencia %1 (expediente %2), %3, válida del %4 al %5.</translation>
    </message>
    <message>
        <source>Choose the licence first.</source>
        <translation>Elija primero la licencia.</translation>
    </message>
    <message>
        <source>Line %1: quantity and value must be numbers, e.g. 12 or 1500.50</source>
        <translation>Línea %1: la cantidad y el valor deben ser números, p. ej., 12 o 1500.50</translation>
    </message>
    <message>
        <source>Enter the quantity shipped on at least one line.</source>
        <translation>Indique la cantidad enviada en al menos una línea.</translation>
    </message>
    <message>
        <source>No warnings: the shipment is within the licence.</source>
        <translation>Sin advertencias: el envío se ajusta a la licencia.</translation>
    </message>
    <message>
        <source>Nothing was saved: read the warnings, tick that you have read them, then record again.</source>
        <translation>No se guardó nada: lea las advertencias, marque que las ha leído y vuelva a registrar.</translation>
    </message>
    <message numerus="yes">
        <source>Shipment recorded (%n warning(s) acknowledged).</source>
        <translation>
            <numerusform>Envío registrado (%n advertencia aceptada).</numerusform>
            <numerusform>Envío registrado (%n advertencias aceptadas).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignInForm</name>
    <message>
        <source>Sign in</source>
        <extracomment>The form&apos;s height may have changed (an error appeared): the lock screen refits.</extracomment>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nombre de &amp;usuario:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <source>This workstation is locked; %1 is signed in. Enter the password to continue, or sign in as yourself (the open windows of %1 are then closed).</source>
        <translation>Este puesto de trabajo está bloqueado; %1 tiene la sesión iniciada. Introduzca la contraseña para continuar o inicie sesión con su propia cuenta (las ventanas abiertas de %1 se cerrarán).</translation>
    </message>
    <message>
        <source>This workstation is shared: sign in so your work is recorded in your name.</source>
        <translation>Este puesto de trabajo es compartido: inicie sesión para que su trabajo quede registrado a su nombre.</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>Introduzca su nombre de usuario.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Introduzca su contraseña.</translation>
    </message>
</context>
<context>
    <name>SourcesTable</name>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Add source</source>
        <translation>Añadir fuente</translation>
    </message>
    <message>
        <source>Remove source</source>
        <translation>Quitar fuente</translation>
    </message>
    <message>
        <source>Choose the kind of source…</source>
        <translation>Elija el tipo de fuente…</translation>
    </message>
    <message>
        <source>Title of the report or document</source>
        <translation>Título del informe o documento</translation>
    </message>
    <message>
        <source>URL, file or document number</source>
        <translation>URL, archivo o número de documento</translation>
    </message>
    <message>
        <source>Incomplete: choose the kind of source</source>
        <translation>Incompleta: elija el tipo de fuente</translation>
    </message>
</context>
<context>
    <name>SubmissionDialog</name>
    <message>
        <source>Annual report as submitted</source>
        <extracomment>The submission was changed (opened, signed off, approved...): the year.</extracomment>
        <translation>Informe anual tal como se presentó</translation>
    </message>
    <message>
        <source>&amp;Open for preparation</source>
        <extracomment>The newest files shown with &quot;Show as submitted&quot; (tests read them).</extracomment>
        <translation>&amp;Abrir para su preparación</translation>
    </message>
    <message>
        <source>Report &amp;year:</source>
        <translation>Añ&amp;o del informe:</translation>
    </message>
    <message>
        <source>&amp;Contributions</source>
        <translation>A&amp;portaciones</translation>
    </message>
    <message>
        <source>C&amp;hoices</source>
        <translation>Op&amp;ciones</translation>
    </message>
    <message>
        <source>&amp;Approval and submission</source>
        <translation>Aprobación y pre&amp;sentación</translation>
    </message>
    <message>
        <source>C&amp;larifications</source>
        <translation>Ac&amp;laraciones</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>His&amp;tory</source>
        <translation>&amp;Historial</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Organismo</translation>
    </message>
    <message>
        <source>Signed off by</source>
        <translation>Visto bueno de</translation>
    </message>
    <message>
        <source>Signed off on</source>
        <translation>Visto bueno el</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>Aportación</translation>
    </message>
    <message>
        <source>As&amp;k this agency to contribute</source>
        <translation>Pedir a este organismo su apor&amp;tación</translation>
    </message>
    <message>
        <source>Your agency&apos;s notes on its data (e.g. actual exports confirmed by customs)</source>
        <translation>Notas de su organismo sobre sus datos (p. ej., exportaciones realizadas confirmadas por aduanas)</translation>
    </message>
    <message>
        <source>&amp;Sign off my agency&apos;s contribution</source>
        <translation>Dar el visto &amp;bueno a la aportación de mi organismo</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Opción</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Made by</source>
        <translation>Elegida por</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>The report&apos;s choices as recorded when it was opened, with who made each and why. Opening it again records the choices that changed since.</source>
        <translation>Las opciones del informe tal como se registraron al abrirlo, con quién eligió cada una y por qué. Volver a abrirlo registra las opciones que hayan cambiado desde entonces.</translation>
    </message>
    <message>
        <source>&amp;Name as approver</source>
        <translation>&amp;Designar como aprobador</translation>
    </message>
    <message>
        <source>I have read the report and appro&amp;ve it for submission</source>
        <translation>He leído el informe y lo apr&amp;uebo para su presentación</translation>
    </message>
    <message>
        <source>A&amp;pprove and freeze</source>
        <translation>Aprobar y con&amp;gelar</translation>
    </message>
    <message>
        <source>&amp;Mark as submitted</source>
        <translation>&amp;Marcar como presentado</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Frozen on</source>
        <translation>Congelado el</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Files (SHA-256)</source>
        <translation>Archivos (SHA-256)</translation>
    </message>
    <message>
        <source>Sho&amp;w as submitted</source>
        <translation>&amp;Ver tal como se presentó</translation>
    </message>
    <message>
        <source>Compare with the &amp;register</source>
        <translation>Comparar con el &amp;registro</translation>
    </message>
    <message>
        <source>Recor&amp;d a correction…</source>
        <translation>Registrar una correcc&amp;ión…</translation>
    </message>
    <message>
        <source>Approver:</source>
        <translation>Aprobador:</translation>
    </message>
    <message>
        <source>S&amp;ent to the ATT Secretariat on:</source>
        <translation>&amp;Enviado a la Secretaría del TCA el:</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibida</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Solicitud</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Respondida</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Lo&amp;g the request</source>
        <translation>Re&amp;gistrar la solicitud</translation>
    </message>
    <message>
        <source>Record the a&amp;nswer to the selected request</source>
        <translation>Registrar la respuesta a la solicitud seleccio&amp;nada</translation>
    </message>
    <message>
        <source>Received on:</source>
        <translation>Recibida el:</translation>
    </message>
    <message>
        <source>Secretariat&apos;s reference:</source>
        <translation>Referencia de la Secretaría:</translation>
    </message>
    <message>
        <source>Request:</source>
        <translation>Solicitud:</translation>
    </message>
    <message>
        <source>Answer sent today:</source>
        <translation>Respuesta enviada hoy:</translation>
    </message>
    <message>
        <source>Open the report for preparation</source>
        <translation>Abrir el informe para su preparación</translation>
    </message>
    <message>
        <source>Why these choices (recorded with them):</source>
        <translation>Por qué estas opciones (se registra con ellas):</translation>
    </message>
    <message>
        <source>Building and freezing the report&apos;s files…</source>
        <translation>Generando y congelando los archivos del informe…</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Aprobar</translation>
    </message>
    <message>
        <source>Record a correction</source>
        <translation>Registrar una corrección</translation>
    </message>
    <message>
        <source>What does the correction correct? The report as the register now stands is frozen as the next version; earlier versions stay as they were.</source>
        <translation>¿Qué se corrige? El informe, tal como consta ahora en el registro, se congela como la versión siguiente; las versiones anteriores se mantienen tal como estaban.</translation>
    </message>
    <message>
        <source>The stored copy was changed</source>
        <translation>La copia almacenada ha sido modificada</translation>
    </message>
    <message>
        <source>No viewer opened the PDF; it is at %1</source>
        <translation>Ningún visor abrió el PDF; está en %1</translation>
    </message>
    <message>
        <source>The register gives the same rows and totals as the report as sent.</source>
        <translation>El registro da las mismas filas y totales que el informe tal como se envió.</translation>
    </message>
    <message>
        <source>Select the request the answer is for.</source>
        <translation>Seleccione la solicitud a la que corresponde la respuesta.</translation>
    </message>
    <message>
        <source>Exports reported as</source>
        <translation>Exportaciones notificadas como</translation>
    </message>
    <message>
        <source>Imports reported as</source>
        <translation>Importaciones notificadas como</translation>
    </message>
    <message>
        <source>Number of items and/or value</source>
        <translation>Número de artículos y/o valor</translation>
    </message>
    <message>
        <source>Report currency</source>
        <translation>Moneda del informe</translation>
    </message>
    <message>
        <source>Small arms for civilian use included</source>
        <translation>Armas pequeñas de uso civil incluidas</translation>
    </message>
    <message>
        <source>National categories included</source>
        <translation>Categorías nacionales incluidas</translation>
    </message>
    <message>
        <source>May be made public</source>
        <translation>Puede hacerse público</translation>
    </message>
    <message>
        <source>Exports form may be made public</source>
        <translation>El formulario de exportaciones puede hacerse público</translation>
    </message>
    <message>
        <source>Imports form may be made public</source>
        <translation>El formulario de importaciones puede hacerse público</translation>
    </message>
    <message>
        <source>Reporting State</source>
        <translation>Estado informante</translation>
    </message>
    <message>
        <source>National point of contact</source>
        <translation>Punto de contacto nacional</translation>
    </message>
    <message>
        <source>National definitions (Annex 2)</source>
        <translation>Definiciones nacionales (anexo 2)</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, línea %2</translation>
    </message>
    <message>
        <source>Withheld: %1</source>
        <translation>Excluido: %1</translation>
    </message>
    <message>
        <source>Left out as not reportable: %1</source>
        <translation>Omitido por no notificarse: %1</translation>
    </message>
    <message>
        <source>Comment printed with %1</source>
        <translation>Observación impresa con %1</translation>
    </message>
    <message>
        <source>Exchange rate %1</source>
        <translation>Tipo de cambio %1</translation>
    </message>
    <message>
        <source>authorised</source>
        <translation>autorizadas</translation>
    </message>
    <message>
        <source>actual</source>
        <translation>realizadas</translation>
    </message>
    <message>
        <source>number of items</source>
        <translation>número de artículos</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valor</translation>
    </message>
    <message>
        <source>number of items and value</source>
        <translation>número de artículos y valor</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>withheld (commercially sensitive or national security)</source>
        <translation>excluido (información comercial sensible o de seguridad nacional)</translation>
    </message>
    <message>
        <source>not reportable</source>
        <translation>no se notifica</translation>
    </message>
    <message>
        <source>%1 definition(s)</source>
        <translation>Definiciones: %1</translation>
    </message>
    <message>
        <source>No report for %1 is in preparation yet.</source>
        <translation>Aún no se está preparando ningún informe de %1.</translation>
    </message>
    <message>
        <source>In preparation (opened by %1).</source>
        <translation>En preparación (abierto por %1).</translation>
    </message>
    <message>
        <source>Waiting for the sign-off of: %1.</source>
        <translation>A la espera del visto bueno de: %1.</translation>
    </message>
    <message>
        <source>Every agency asked has signed off.</source>
        <translation>Todos los organismos consultados han dado su visto bueno.</translation>
    </message>
    <message>
        <source>Approver: %1.</source>
        <translation>Aprobador: %1.</translation>
    </message>
    <message>
        <source>Approved by %1 on %2.</source>
        <translation>Aprobado por %1 el %2.</translation>
    </message>
    <message>
        <source>Sent to the ATT Secretariat on %1.</source>
        <translation>Enviado a la Secretaría del TCA el %1.</translation>
    </message>
    <message>
        <source>%1 versions (corrections).</source>
        <translation>%1 versiones (correcciones).</translation>
    </message>
    <message>
        <source>Exports</source>
        <translation>Exportaciones</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>Importaciones</translation>
    </message>
    <message>
        <source>%1, %2: %3 row(s) in the report as sent, %4 in the register now</source>
        <translation>%1, %2: %3 fila(s) en el informe enviado, %4 en el registro actual</translation>
    </message>
    <message>
        <source>items %1 → %2</source>
        <translation>artículos %1 → %2</translation>
    </message>
    <message>
        <source>value %1 → %2</source>
        <translation>valor %1 → %2</translation>
    </message>
    <message>
        <source>Report opened for preparation</source>
        <translation>Informe abierto para su preparación</translation>
    </message>
    <message>
        <source>Choices recorded again: %1</source>
        <translation>Opciones registradas de nuevo: %1</translation>
    </message>
    <message>
        <source>Choice changed: %1</source>
        <translation>Opción cambiada: %1</translation>
    </message>
    <message>
        <source>Contribution asked of: %1</source>
        <translation>Aportación pedida a: %1</translation>
    </message>
    <message>
        <source>%1 signed off its contribution</source>
        <translation>%1 dio el visto bueno a su aportación</translation>
    </message>
    <message>
        <source>%1 named as approver</source>
        <translation>Aprobador designado: %1</translation>
    </message>
    <message>
        <source>Approved; version %1 frozen</source>
        <translation>Aprobado; versión %1 congelada</translation>
    </message>
    <message>
        <source>Sent to the ATT Secretariat on %1</source>
        <translation>Enviado a la Secretaría del TCA el %1</translation>
    </message>
    <message>
        <source>Correction frozen as version %1</source>
        <translation>Corrección congelada como versión %1</translation>
    </message>
    <message>
        <source>Clarification requested on %1</source>
        <translation>Aclaración solicitada el %1</translation>
    </message>
    <message>
        <source>Clarification answered on %1</source>
        <translation>Aclaración respondida el %1</translation>
    </message>
</context>
<context>
    <name>SubmitReviewDialog</name>
    <message>
        <source>Submit %1 for review</source>
        <translation>Presentar %1 para examen</translation>
    </message>
    <message>
        <source>Send the completed assessment to these agencies for their opinion. The authority&apos;s rules tick the agencies this case needs; leaving one out, or adding another, needs a reason.</source>
        <translation>Enviar la evaluación completada a estos organismos para que emitan su dictamen. Las reglas de la autoridad marcan los organismos que necesita este expediente; omitir uno o añadir otro requiere un motivo.</translation>
    </message>
</context>
<context>
    <name>TablePage</name>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n fila</numerusform>
            <numerusform>%n filas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) withheld</source>
        <translation>
            <numerusform>%n línea excluida</numerusform>
            <numerusform>%n líneas excluidas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>When / field</source>
        <translation>Cuándo / campo</translation>
    </message>
    <message>
        <source>Who / before</source>
        <translation>Quién / antes</translation>
    </message>
    <message>
        <source>What / after</source>
        <translation>Qué / después</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>The history is append-only and hash-chained: nothing in it can be changed or removed without &apos;att-desktop audit verify&apos; noticing.</source>
        <translation>El historial solo admite añadidos y está encadenado por hash: nada en él puede modificarse ni eliminarse sin que &apos;att-desktop audit verify&apos; lo detecte.</translation>
    </message>
</context>
<context>
    <name>TrainingBanner</name>
    <message>
        <source>You have no recorded training on gender-based violence; the authority asks for it. Consider asking the gender adviser.</source>
        <translation>No tiene formación registrada sobre violencia por motivos de género; la autoridad la exige. Considere consultar al asesor de género.</translation>
    </message>
</context>
<context>
    <name>TrainingDialog</name>
    <message>
        <source>Training of %1</source>
        <translation>Formación de %1</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Curso</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Entidad formadora</translation>
    </message>
    <message>
        <source>Completed on</source>
        <translation>Completado el</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Válido hasta</translation>
    </message>
    <message>
        <source>Add a course completed</source>
        <translation>Añadir un curso completado</translation>
    </message>
    <message>
        <source>Leave empty when the course does not expire</source>
        <translation>Déjelo vacío si el curso no caduca</translation>
    </message>
    <message>
        <source>&amp;Add the course</source>
        <translation>&amp;Añadir el curso</translation>
    </message>
    <message>
        <source>T&amp;opic</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <source>&amp;Course</source>
        <translation>&amp;Curso</translation>
    </message>
    <message>
        <source>&amp;Provider</source>
        <translation>Entidad &amp;formadora</translation>
    </message>
    <message>
        <source>Valid until (optional)</source>
        <translation>Válido hasta (opcional)</translation>
    </message>
    <message>
        <source>does not expire</source>
        <translation>no caduca</translation>
    </message>
    <message>
        <source>GBV training recorded and valid today.</source>
        <translation>Formación en VMG registrada y vigente hoy.</translation>
    </message>
    <message>
        <source>No valid training on gender-based violence recorded: the GBV page of the assessment warns this person.</source>
        <translation>No hay formación vigente registrada sobre violencia por motivos de género: la página de VMG de la evaluación avisa a esta persona.</translation>
    </message>
</context>
<context>
    <name>UnrocaBackgroundDialog</name>
    <message>
        <source>Background information %1</source>
        <translation>Información de antecedentes %1</translation>
    </message>
    <message>
        <source>Military holdings</source>
        <translation>Existencias militares</translation>
    </message>
    <message>
        <source>Procurement through national production</source>
        <translation>Adquisiciones de producción nacional</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Información</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Number of items</source>
        <translation>Número de artículos</translation>
    </message>
    <message>
        <source>Description of item</source>
        <translation>Descripción del artículo</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Observaciones</translation>
    </message>
    <message>
        <source>Optional background information for the UN Register, entered by hand: it is not in the licence register. Leave a row empty to report nothing for it.</source>
        <extracomment>(kind, category) of each row, and its three fields.</extracomment>
        <translation>Información de antecedentes facultativa para el Registro de las Naciones Unidas, introducida a mano: no figura en el registro de licencias. Deje una fila vacía para no informar nada sobre ella.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number of items.</source>
        <translation>«%1» no es un número de artículos.</translation>
    </message>
</context>
<context>
    <name>UnrocaBuilderDialog</name>
    <message>
        <source>UN Register of Conventional Arms report</source>
        <translation>Informe al Registro de Armas Convencionales de las Naciones Unidas</translation>
    </message>
    <message>
        <source>Calendar &amp;year:</source>
        <translation>&amp;Año civil:</translation>
    </message>
    <message>
        <source>Report &amp;language:</source>
        <translation>&amp;Idioma del informe:</translation>
    </message>
    <message>
        <source>The Register counts actual transfers: the shipments recorded in the calendar year (not the licences issued), in numbers of items, without values.</source>
        <translation>El Registro cuenta las transferencias realizadas: los envíos registrados en el año civil (no las licencias expedidas), en número de artículos, sin valores.</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Number of items</source>
        <translation>Número de artículos</translation>
    </message>
    <message>
        <source>State of origin (if not exporter)</source>
        <translation>Estado de origen (si no es el exportador)</translation>
    </message>
    <message>
        <source>Intermediate location (if any)</source>
        <translation>Lugar intermedio (si lo hubiera)</translation>
    </message>
    <message>
        <source>Description of item</source>
        <translation>Descripción del artículo</translation>
    </message>
    <message>
        <source>Comments on the transfer</source>
        <translation>Observaciones sobre la transferencia</translation>
    </message>
    <message>
        <source>E&amp;xports I-VII</source>
        <translation>E&amp;xportaciones I-VII</translation>
    </message>
    <message>
        <source>I&amp;mports I-VII</source>
        <translation>I&amp;mportaciones I-VII</translation>
    </message>
    <message>
        <source>SALW exports</source>
        <translation>Exportaciones de APAL</translation>
    </message>
    <message>
        <source>SALW imports</source>
        <translation>Importaciones de APAL</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Información</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Observaciones</translation>
    </message>
    <message>
        <source>&amp;Enter background information…</source>
        <translation>&amp;Introducir la información de antecedentes…</translation>
    </message>
    <message>
        <source>&amp;Background information</source>
        <translation>Información de &amp;antecedentes</translation>
    </message>
    <message>
        <source>&amp;Open the record to fix</source>
        <translation>Abrir el &amp;registro que corregir</translation>
    </message>
    <message>
        <source>Fin&amp;dings</source>
        <translation>&amp;Observaciones</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>&amp;Vista previa</translation>
    </message>
    <message>
        <source>Allow a dra&amp;ft despite errors</source>
        <translation>Permitir un &amp;borrador pese a los errores</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Exportar &amp;PDF…</translation>
    </message>
    <message>
        <source>Export &amp;XLSX…</source>
        <translation>Exportar X&amp;LSX…</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exportar &amp;CSV…</translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation>Exportar &amp;JSON…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>The year changed since the preview: press Preview again to export.</source>
        <translation>El año cambió desde la vista previa: pulse de nuevo Vista previa para exportar.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message numerus="yes">
        <source>Preview ready: %n error(s) to fix before export.</source>
        <translation>
            <numerusform>Vista previa lista: %n error que corregir antes de exportar.</numerusform>
            <numerusform>Vista previa lista: %n errores que corregir antes de exportar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Preview ready: no errors.</source>
        <translation>Vista previa lista: sin errores.</translation>
    </message>
    <message>
        <source>Nil: nothing to report.</source>
        <translation>Nulo: nada que informar.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Military holdings</source>
        <translation>Existencias militares</translation>
    </message>
    <message>
        <source>Procurement through national production</source>
        <translation>Adquisiciones de producción nacional</translation>
    </message>
    <message>
        <source>Preview the report before exporting it.</source>
        <translation>Genere la vista previa del informe antes de exportarlo.</translation>
    </message>
    <message>
        <source>The report has errors (see Findings). Fix them, or tick “Allow a draft despite errors” to write a draft.</source>
        <translation>El informe tiene errores (vea Observaciones). Corríjalos o marque «Permitir un borrador pese a los errores» para generar un borrador.</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Libro de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Export the UN Register report</source>
        <translation>Exportar el informe al Registro de las Naciones Unidas</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>%1: %2</source>
        <comment>event: what it did</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Authorise</source>
        <extracomment>A stored key or value: two or more lower-case words joined by &quot;_&quot;.</extracomment>
        <translation>Autorizar</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>Denegar</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Status: %1 → %2</source>
        <translation>Estado: %1 → %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>agency: opinion</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Sent to the committee: %1</source>
        <translation>Enviado al comité: %1</translation>
    </message>
    <message>
        <source>Licence %1, valid %2 to %3</source>
        <translation>Licencia %1, válida del %2 al %3</translation>
    </message>
    <message>
        <source>%1 parties screened against the UN Consolidated List: %2 new hits</source>
        <translation>%1 partes cotejadas con la Lista Consolidada de las Naciones Unidas: %2 coincidencias nuevas</translation>
    </message>
    <message>
        <source>conditions: %1</source>
        <translation>condiciones: %1</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>De %1 a %2</translation>
    </message>
    <message>
        <source>%1&apos;s opinion: from %2 to %3</source>
        <translation>Dictamen de %1: de %2 a %3</translation>
    </message>
    <message>
        <source>%1&apos;s opinion: %2 left, nobody else can answer</source>
        <translation>Dictamen de %1: %2 ha causado baja y nadie más puede responder</translation>
    </message>
    <message>
        <source>urgent: %1</source>
        <translation>urgente: %1</translation>
    </message>
    <message>
        <source>opinions due %1</source>
        <translation>dictámenes para el %1</translation>
    </message>
    <message>
        <source>%1 not consulted although required: %2</source>
        <translation>%1 no consultado aunque es obligatorio: %2</translation>
    </message>
    <message>
        <source>%1 consulted although no rule requires it: %2</source>
        <translation>%1 consultado aunque ninguna regla lo exige: %2</translation>
    </message>
    <message>
        <source>Export</source>
        <extracomment>Kinds of document an officer records; stored as these keys, shown translated.</extracomment>
        <translation>Exportación</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importación</translation>
    </message>
    <message>
        <source>Transit</source>
        <translation>Tránsito</translation>
    </message>
    <message>
        <source>Trans-shipment</source>
        <translation>Transbordo</translation>
    </message>
    <message>
        <source>Brokering</source>
        <translation>Corretaje</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Presentado</translation>
    </message>
    <message>
        <source>Under assessment</source>
        <translation>En evaluación</translation>
    </message>
    <message>
        <source>In committee</source>
        <translation>En comité</translation>
    </message>
    <message>
        <source>Authorised</source>
        <translation>Autorizado</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>Denegado</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retirado</translation>
    </message>
    <message>
        <source>End user</source>
        <translation>Usuario final</translation>
    </message>
    <message>
        <source>Consignee</source>
        <translation>Consignatario</translation>
    </message>
    <message>
        <source>Intermediate consignee</source>
        <translation>Consignatario intermedio</translation>
    </message>
    <message>
        <source>Broker</source>
        <translation>Corredor</translation>
    </message>
    <message>
        <source>Government</source>
        <translation>Gobierno</translation>
    </message>
    <message>
        <source>Commercial</source>
        <translation>Comercial</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>Particular</translation>
    </message>
    <message>
        <source>Regional government</source>
        <translation>Gobierno regional</translation>
    </message>
    <message>
        <source>Non-State armed group</source>
        <translation>Grupo armado no estatal</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>borrador</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>completa</translation>
    </message>
    <message>
        <source>superseded</source>
        <translation>sustituida</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Vigente</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspendida</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Revocada</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Caducada</translation>
    </message>
    <message>
        <source>Exhausted</source>
        <translation>Agotada</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registrado</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Modificado</translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation>Cambio de estado</translation>
    </message>
    <message>
        <source>Document added</source>
        <translation>Documento añadido</translation>
    </message>
    <message>
        <source>Note added</source>
        <translation>Nota añadida</translation>
    </message>
    <message>
        <source>Assessment started</source>
        <translation>Evaluación iniciada</translation>
    </message>
    <message>
        <source>Assessment saved</source>
        <translation>Evaluación guardada</translation>
    </message>
    <message>
        <source>Assessment completed</source>
        <translation>Evaluación completada</translation>
    </message>
    <message>
        <source>Assessment superseded</source>
        <translation>Evaluación sustituida</translation>
    </message>
    <message>
        <source>Committee review requested</source>
        <translation>Examen del comité solicitado</translation>
    </message>
    <message>
        <source>Reassigned</source>
        <translation>Reasignado</translation>
    </message>
    <message>
        <source>Committee opinion</source>
        <translation>Dictamen del comité</translation>
    </message>
    <message>
        <source>Committee position noted</source>
        <translation>Posición del comité registrada</translation>
    </message>
    <message>
        <source>Assessment imported</source>
        <translation>Evaluación importada</translation>
    </message>
    <message>
        <source>Decision imported</source>
        <translation>Decisión importada</translation>
    </message>
    <message>
        <source>Licence imported</source>
        <translation>Licencia importada</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importado</translation>
    </message>
    <message>
        <source>Attendance recorded</source>
        <translation>Asistencia registrada</translation>
    </message>
    <message>
        <source>Committee outcome</source>
        <translation>Resultado del comité</translation>
    </message>
    <message>
        <source>Decision recorded</source>
        <translation>Decisión registrada</translation>
    </message>
    <message>
        <source>Denial recorded</source>
        <translation>Denegación registrada</translation>
    </message>
    <message>
        <source>Denial notice recorded</source>
        <translation>Notificación de denegación registrada</translation>
    </message>
    <message>
        <source>Licence issued</source>
        <translation>Licencia expedida</translation>
    </message>
    <message>
        <source>Licence amended</source>
        <translation>Licencia modificada</translation>
    </message>
    <message>
        <source>Shipment recorded</source>
        <translation>Envío registrado</translation>
    </message>
    <message>
        <source>Screened against the UN sanctions list</source>
        <translation>Cotejado con la lista de sanciones de las Naciones Unidas</translation>
    </message>
    <message>
        <source>UN sanctions list hit confirmed</source>
        <translation>Coincidencia con la lista de sanciones de las Naciones Unidas confirmada</translation>
    </message>
    <message>
        <source>UN sanctions list hit rejected</source>
        <translation>Coincidencia con la lista de sanciones de las Naciones Unidas rechazada</translation>
    </message>
    <message>
        <source>Change request recorded</source>
        <translation>Solicitud de modificación registrada</translation>
    </message>
    <message>
        <source>Change request consented to</source>
        <translation>Solicitud de modificación consentida</translation>
    </message>
    <message>
        <source>Change request refused</source>
        <translation>Solicitud de modificación denegada</translation>
    </message>
    <message>
        <source>Change to the licence consented to</source>
        <translation>Modificación de la licencia consentida</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>Traspasado</translation>
    </message>
    <message>
        <source>Opinion handed over</source>
        <translation>Dictamen traspasado</translation>
    </message>
    <message>
        <source>Agency has nobody to answer</source>
        <translation>El organismo no tiene quién responda</translation>
    </message>
    <message>
        <source>Record rows vouched for</source>
        <translation>Filas del registro avaladas</translation>
    </message>
    <message>
        <source>Row digests begin</source>
        <translation>Comienzo de los resúmenes de filas</translation>
    </message>
    <message>
        <source>Incident recorded</source>
        <translation>Incidente registrado</translation>
    </message>
    <message>
        <source>Incident updated</source>
        <translation>Incidente actualizado</translation>
    </message>
    <message>
        <source>Incident closed</source>
        <translation>Incidente cerrado</translation>
    </message>
    <message>
        <source>Incident concerns this case</source>
        <translation>El incidente afecta a este expediente</translation>
    </message>
    <message>
        <source>Agency mandate</source>
        <translation>Mandato del organismo</translation>
    </message>
    <message>
        <source>Consultation rule added</source>
        <translation>Regla de consulta añadida</translation>
    </message>
    <message>
        <source>Consultation rule retired</source>
        <translation>Regla de consulta retirada</translation>
    </message>
    <message>
        <source>Gender adviser consulted</source>
        <translation>Asesor de género consultado</translation>
    </message>
    <message>
        <source>Gender adviser answered</source>
        <translation>Respuesta del asesor de género</translation>
    </message>
    <message>
        <source>Training recorded</source>
        <translation>Formación registrada</translation>
    </message>
    <message>
        <source>End-user certificate checked</source>
        <translation>Certificado de usuario final comprobado</translation>
    </message>
    <message>
        <source>valid training on gender-based violence recorded</source>
        <translation>formación vigente sobre violencia por motivos de género registrada</translation>
    </message>
    <message>
        <source>transfer type</source>
        <translation>tipo de transferencia</translation>
    </message>
    <message>
        <source>status</source>
        <translation>estado</translation>
    </message>
    <message>
        <source>applicant</source>
        <translation>solicitante</translation>
    </message>
    <message>
        <source>final importing State</source>
        <translation>Estado importador final</translation>
    </message>
    <message>
        <source>exporting State</source>
        <translation>Estado exportador</translation>
    </message>
    <message>
        <source>intended end use</source>
        <translation>uso final previsto</translation>
    </message>
    <message>
        <source>end-user certificate number</source>
        <translation>número del certificado de usuario final</translation>
    </message>
    <message>
        <source>end-user certificate issuer</source>
        <translation>expedidor del certificado de usuario final</translation>
    </message>
    <message>
        <source>end-user certificate date</source>
        <translation>fecha del certificado de usuario final</translation>
    </message>
    <message>
        <source>date received</source>
        <translation>fecha de recepción</translation>
    </message>
    <message>
        <source>parties</source>
        <translation>partes</translation>
    </message>
    <message>
        <source>transit States</source>
        <translation>Estados de tránsito</translation>
    </message>
    <message>
        <source>line items</source>
        <translation>partidas</translation>
    </message>
    <message>
        <source>agencies</source>
        <translation>organismos</translation>
    </message>
    <message>
        <source>opinions due</source>
        <translation>plazo de los dictámenes</translation>
    </message>
    <message>
        <source>required by the rules</source>
        <translation>exigido por las reglas</translation>
    </message>
    <message>
        <source>required, not consulted</source>
        <translation>exigido, no consultado</translation>
    </message>
    <message>
        <source>consulted, not required</source>
        <translation>consultado, no exigido</translation>
    </message>
    <message>
        <source>urgent because</source>
        <translation>urgente porque</translation>
    </message>
    <message>
        <source>End-user certificate</source>
        <translation>Certificado de usuario final</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contrato</translation>
    </message>
    <message>
        <source>Technical specification</source>
        <translation>Especificación técnica</translation>
    </message>
    <message>
        <source>Import permit</source>
        <translation>Permiso de importación</translation>
    </message>
    <message>
        <source>Correspondence</source>
        <translation>Correspondencia</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>mixed currencies</source>
        <translation>monedas distintas</translation>
    </message>
</context>
<context>
    <name>WassenaarReportDialog</name>
    <message>
        <source>Wassenaar Arrangement report</source>
        <translation>Informe al Arreglo de Wassenaar</translation>
    </message>
    <message>
        <source>January–June</source>
        <translation>enero–junio</translation>
    </message>
    <message>
        <source>July–December</source>
        <translation>julio–diciembre</translation>
    </message>
    <message>
        <source>P&amp;eriod:</source>
        <translation>P&amp;eríodo:</translation>
    </message>
    <message>
        <source>Document &amp;language:</source>
        <translation>&amp;Idioma del documento:</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>State of import</source>
        <translation>Estado importador</translation>
    </message>
    <message>
        <source>Number of items</source>
        <translation>Número de artículos</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Nil</source>
        <translation>Nada que informar</translation>
    </message>
    <message>
        <source>Nil report: nothing to report for the period.</source>
        <translation>Informe negativo: nada que informar para el período.</translation>
    </message>
</context>
<context>
    <name>YesNo</name>
    <message>
        <source>Yes</source>
        <extracomment>QDateEdit cannot be empty: its minimum date stands for &quot;no date&quot; and shows as blank.</extracomment>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>_ReportDialog</name>
    <message>
        <source>&amp;Table</source>
        <translation>&amp;Tabla</translation>
    </message>
    <message>
        <source>Fin&amp;dings</source>
        <translation>&amp;Observaciones</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>&amp;Vista previa</translation>
    </message>
    <message>
        <source>&amp;Open the record to fix</source>
        <translation>Abrir el &amp;registro que corregir</translation>
    </message>
    <message>
        <source>Allow a dra&amp;ft despite errors</source>
        <translation>Permitir un &amp;borrador pese a los errores</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Exportar &amp;PDF…</translation>
    </message>
    <message>
        <source>Export &amp;XLSX…</source>
        <translation>Exportar X&amp;LSX…</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exportar &amp;CSV…</translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation>Exportar &amp;JSON…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>The choices changed since the preview: press Preview again to export.</source>
        <translation>Las opciones han cambiado desde la vista previa: pulse de nuevo Vista previa para exportar.</translation>
    </message>
    <message>
        <source>Preview ready. Errors to fix before export: %1.</source>
        <translation>Vista previa lista. Errores que corregir antes de exportar: %1.</translation>
    </message>
    <message>
        <source>Preview ready: no errors.</source>
        <translation>Vista previa lista: sin errores.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Fin&amp;dings (%1)</source>
        <translation>&amp;Observaciones (%1)</translation>
    </message>
    <message>
        <source>Record the %1 rate into %2 for %3 in the annual report builder, then preview again.</source>
        <translation>Registre el tipo de cambio de %1 a %2 para %3 en el generador del informe anual y vuelva a previsualizar.</translation>
    </message>
    <message>
        <source>Preview the report before exporting it.</source>
        <translation>Genere la vista previa del informe antes de exportarlo.</translation>
    </message>
    <message>
        <source>The report has errors (see Findings). Fix them, or tick “Allow a draft despite errors” to write a draft.</source>
        <translation>El informe tiene errores (vea Observaciones). Corríjalos o marque «Permitir un borrador pese a los errores» para generar un borrador.</translation>
    </message>
</context>
</TS>
