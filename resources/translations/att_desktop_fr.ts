<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About %1</source>
        <translation>À propos de %1</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Arms Trade Treaty licensing for national authorities: the case register, applications, assessments, decisions and the annual report.</source>
        <translation>Autorisations au titre du Traité sur le commerce des armes pour les autorités nationales&#xa0;: registre des dossiers, demandes, évaluations, décisions et rapport annuel.</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Répertoire des données</translation>
    </message>
    <message>
        <source>Settings file</source>
        <translation>Fichier des paramètres</translation>
    </message>
    <message>
        <source>Log file</source>
        <translation>Fichier journal</translation>
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
        <translation>Licence</translation>
    </message>
</context>
<context>
    <name>AccountMessages</name>
    <message numerus="yes">
        <source>This account is locked after repeated failed sign-ins. Try again in %n minute(s), or ask an administrator to reset the password.</source>
        <translation>
            <numerusform>Ce compte est verrouillé après plusieurs échecs de connexion. Réessayez dans %n minute, ou demandez à un administrateur de réinitialiser le mot de passe.</numerusform>
            <numerusform>Ce compte est verrouillé après plusieurs échecs de connexion. Réessayez dans %n minutes, ou demandez à un administrateur de réinitialiser le mot de passe.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Accounts</name>
    <message>
        <source>Licensing officer</source>
        <translation>Agent instructeur</translation>
    </message>
    <message>
        <source>Committee member</source>
        <translation>Membre de la commission</translation>
    </message>
    <message>
        <source>Deciding authority</source>
        <translation>Autorité décisionnaire</translation>
    </message>
    <message>
        <source>Reporting focal point</source>
        <translation>Point focal (rapports)</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <source>Gender adviser</source>
        <translation>Conseiller genre</translation>
    </message>
    <message>
        <source>The password must be at least %1 characters long.</source>
        <translation>Le mot de passe doit comporter au moins %1 caractères.</translation>
    </message>
    <message>
        <source>The password must not be your user name.</source>
        <translation>Le mot de passe ne doit pas être votre nom d’utilisateur.</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>Le nouveau mot de passe doit être différent de l’actuel.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>Le mot de passe actuel est incorrect.</translation>
    </message>
    <message>
        <source>The two new passwords are not the same.</source>
        <translation>Les deux nouveaux mots de passe ne sont pas identiques.</translation>
    </message>
    <message>
        <source>At least %1 characters, and not your user name.</source>
        <translation>%1 caractères minimum&#xa0;; pas votre nom d’utilisateur.</translation>
    </message>
    <message>
        <source>This account has been deactivated. Ask an administrator if you still need access.</source>
        <translation>Ce compte a été désactivé. Adressez-vous à un administrateur si vous avez encore besoin d’un accès.</translation>
    </message>
    <message>
        <source>Unknown user name or wrong password. Check both and try again.</source>
        <translation>Nom d’utilisateur inconnu ou mot de passe incorrect. Vérifiez les deux et réessayez.</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <source>Users and agencies</source>
        <translation>Utilisateurs et organismes</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>Agencies</source>
        <translation>Organismes</translation>
    </message>
    <message>
        <source>Workstation and committee</source>
        <translation>Poste de travail et commission</translation>
    </message>
    <message>
        <source>Consultation rules</source>
        <translation>Règles de consultation</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>&amp;Reset password</source>
        <translation>&amp;Réinitialiser le mot de passe</translation>
    </message>
    <message>
        <source>&amp;Deactivate…</source>
        <translation>&amp;Désactiver…</translation>
    </message>
    <message>
        <source>Job &amp;title…</source>
        <translation>&amp;Fonction…</translation>
    </message>
    <message>
        <source>Printed under the person&apos;s name on the licences and letters they sign</source>
        <translation>Imprimée sous le nom de la personne sur les licences et lettres qu’elle signe</translation>
    </message>
    <message>
        <source>Trainin&amp;g…</source>
        <translation>F&amp;ormation…</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>Nouvel utilisateur</translation>
    </message>
    <message>
        <source>e.g. Director of Export Control</source>
        <translation>p. ex. Directeur du contrôle des exportations</translation>
    </message>
    <message>
        <source>&amp;Add user</source>
        <translation>&amp;Ajouter l’utilisateur</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Nom d’utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>Nom complet&#xa0;:</translation>
    </message>
    <message>
        <source>Job title:</source>
        <translation>Fonction&#xa0;:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rôle&#xa0;:</translation>
    </message>
    <message>
        <source>Agency:</source>
        <translation>Organisme&#xa0;:</translation>
    </message>
    <message>
        <source>The new user receives a one-time password, shown here once, and chooses their own at the first sign-in. Committee members need an agency.</source>
        <translation>Le nouvel utilisateur reçoit un mot de passe à usage unique, affiché ici une seule fois, et choisit le sien à la première connexion. Les membres de la commission doivent relever d’un organisme.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Mandate</source>
        <translation>Mandat</translation>
    </message>
    <message>
        <source>&amp;Mandate…</source>
        <translation>&amp;Mandat…</translation>
    </message>
    <message>
        <source>New agency</source>
        <translation>Nouvel organisme</translation>
    </message>
    <message>
        <source>e.g. MFA</source>
        <translation>p. ex. MAE</translation>
    </message>
    <message>
        <source>e.g. Ministry of Foreign Affairs</source>
        <translation>p. ex. Ministère des Affaires étrangères</translation>
    </message>
    <message>
        <source>Add a&amp;gency</source>
        <translation>Ajouter un or&amp;ganisme</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>Code&#xa0;:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>a majority of the agencies asked</source>
        <translation>une majorité des organismes consultés</translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation>Enregi&amp;strer les paramètres</translation>
    </message>
    <message>
        <source>Lock the workstation after &amp;idle time:</source>
        <translation>Verrouiller le poste après une &amp;inactivité de&#xa0;:</translation>
    </message>
    <message>
        <source>Committee &amp;quorum (agencies that must answer):</source>
        <translation>&amp;Quorum de la commission (organismes devant répondre)&#xa0;:</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Paramètres enregistrés.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Locked until %1</source>
        <translation>Verrouillé jusqu’à %1</translation>
    </message>
    <message>
        <source>Active, must change password</source>
        <translation>Actif, doit changer de mot de passe</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>The workstation is locked: sign in to continue.</source>
        <translation>Le poste de travail est verrouillé&#xa0;: connectez-vous pour continuer.</translation>
    </message>
    <message>
        <source>One-time password for %1: %2
Hand it over in person; it must be changed at the first sign-in. It is not shown again.</source>
        <translation>Mot de passe à usage unique pour %1&#xa0;: %2
Remettez-le en main propre&#xa0;; il devra être changé à la première connexion. Il ne sera plus affiché.</translation>
    </message>
    <message>
        <source>Job title of %1</source>
        <translation>Fonction de %1</translation>
    </message>
    <message>
        <source>Job title, printed under the name on what they sign:</source>
        <translation>Fonction, imprimée sous le nom sur les documents signés&#xa0;:</translation>
    </message>
    <message>
        <source>The job title of %1 was saved.</source>
        <translation>La fonction de %1 a été enregistrée.</translation>
    </message>
    <message>
        <source>Deactivate %1</source>
        <translation>Désactiver %1</translation>
    </message>
    <message>
        <source>%1 will no longer be able to sign in; their name stays on everything they did. Reason (for the history):</source>
        <translation>%1 ne pourra plus se connecter&#xa0;; son nom reste attaché à tout ce que cette personne a fait. Motif (pour l’historique)&#xa0;:</translation>
    </message>
    <message>
        <source>%1 was deactivated.</source>
        <translation>Le compte %1 a été désactivé.</translation>
    </message>
    <message>
        <source>%1 was deactivated; their work was handed over.</source>
        <translation>Le compte %1 a été désactivé&#xa0;; son travail a été transmis.</translation>
    </message>
    <message>
        <source>The agency %1 was added.</source>
        <translation>L’organisme %1 a été ajouté.</translation>
    </message>
</context>
<context>
    <name>AnswerEditor</name>
    <message>
        <source>Reasoning: why this answer?</source>
        <translation>Motivation&#xa0;: pourquoi cette réponse&#xa0;?</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>Motivation</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Cannot open the database</source>
        <extracomment>Exit status when the database cannot be opened (matches the CLI&apos;s &quot;cannot proceed&quot;). Who is signed in; it outlives a window rebuilt for a language change. The database, settings and signed-in person every window reads (made by ``show``).</extracomment>
        <translation>Impossible d’ouvrir la base de données</translation>
    </message>
    <message>
        <source>Database upgraded</source>
        <translation>Base de données mise à niveau</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Erreur inattendue</translation>
    </message>
    <message>
        <source>Something went wrong and the last action may not have been completed:
%1</source>
        <translation>Un problème est survenu et la dernière action n’a peut-être pas abouti&#xa0;:
%1</translation>
    </message>
</context>
<context>
    <name>ApplicationDialog</name>
    <message>
        <source>Discard changes?</source>
        <extracomment>Asked before unsaved input is thrown away; returns True to discard. Tests pass their own.</extracomment>
        <translation>Abandonner les modifications&#xa0;?</translation>
    </message>
    <message>
        <source>You have changed this application without saving. Close it and lose your changes?</source>
        <translation>Vous avez modifié cette demande sans l’enregistrer. La fermer et perdre vos modifications&#xa0;?</translation>
    </message>
    <message>
        <source>New application</source>
        <extracomment>Who saves: the signed-in person (the services check their role). Replaceable question asked before discarding unsaved input.</extracomment>
        <translation>Nouvelle demande</translation>
    </message>
    <message>
        <source>Edit application %1</source>
        <translation>Modifier la demande %1</translation>
    </message>
    <message>
        <source>&amp;Application</source>
        <translation>&amp;Demande</translation>
    </message>
    <message>
        <source>&amp;Parties and transit</source>
        <translation>&amp;Parties et transit</translation>
    </message>
    <message>
        <source>&amp;Line items</source>
        <translation>&amp;Lignes</translation>
    </message>
    <message>
        <source>Optional; recorded in the case history</source>
        <translation>Facultatif&#xa0;; consigné dans l’historique du dossier</translation>
    </message>
    <message>
        <source>Reason for c&amp;hange:</source>
        <translation>Motif de la &amp;modification&#xa0;:</translation>
    </message>
    <message>
        <source>Required: why the registered case is corrected (kept in the history)</source>
        <translation>Obligatoire&#xa0;: pourquoi le dossier enregistré est corrigé (conservé dans l’historique)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save (Ctrl+S or Ctrl+Enter)</source>
        <translation>Enregistrer (Ctrl+S ou Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>* required</source>
        <translation>* obligatoire</translation>
    </message>
    <message>
        <source>Required for import, transit and trans-shipment</source>
        <translation>Obligatoire pour l’importation, le transit et le transbordement</translation>
    </message>
    <message>
        <source>e.g. Equipment of the national army</source>
        <translation>p. ex. Équipement de l’armée nationale</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transfert</translation>
    </message>
    <message>
        <source>&amp;Type of transfer *</source>
        <translation>&amp;Type de transfert *</translation>
    </message>
    <message>
        <source>Date &amp;received *</source>
        <translation>Date de &amp;réception *</translation>
    </message>
    <message>
        <source>&amp;Destination (final importing State) *</source>
        <translation>Destinatio&amp;n (État importateur final) *</translation>
    </message>
    <message>
        <source>E&amp;xporting State</source>
        <translation>État e&amp;xportateur</translation>
    </message>
    <message>
        <source>Intended &amp;end use</source>
        <translation>&amp;Utilisation finale prévue</translation>
    </message>
    <message>
        <source>Choose a known organisation or type a new name</source>
        <translation>Choisissez une organisation connue ou saisissez un nouveau nom</translation>
    </message>
    <message>
        <source>Applicant (exporter, importer or broker)</source>
        <translation>Demandeur (exportateur, importateur ou courtier)</translation>
    </message>
    <message>
        <source>&amp;Name *</source>
        <translation>N&amp;om *</translation>
    </message>
    <message>
        <source>C&amp;ountry *</source>
        <translation>Pa&amp;ys *</translation>
    </message>
    <message>
        <source>Re&amp;gistration number</source>
        <translation>Numéro d’imm&amp;atriculation</translation>
    </message>
    <message>
        <source>Addre&amp;ss</source>
        <translation>Adre&amp;sse</translation>
    </message>
    <message>
        <source>e.g. Ministry of Defence</source>
        <translation>p. ex. Ministère de la Défense</translation>
    </message>
    <message>
        <source>Dated</source>
        <translation>Daté</translation>
    </message>
    <message>
        <source>End-user certificate (optional)</source>
        <translation>Certificat d’utilisateur final (facultatif)</translation>
    </message>
    <message>
        <source>Certificate n&amp;umber</source>
        <translation>Numéro du &amp;certificat</translation>
    </message>
    <message>
        <source>&amp;Issued by</source>
        <translation>Déli&amp;vré par</translation>
    </message>
    <message>
        <source>Certificate da&amp;te</source>
        <translation>Date du certi&amp;ficat</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Parties</translation>
    </message>
    <message>
        <source>Everyone the items pass through or end with: the end user, consignees, intermediate consignees and brokers.</source>
        <translation>Tous ceux par qui les biens passent ou chez qui ils aboutissent&#xa0;: l’utilisateur final, les destinataires, les destinataires intermédiaires et les courtiers.</translation>
    </message>
    <message>
        <source>Transit and trans-shipment States</source>
        <translation>États de transit et de transbordement</translation>
    </message>
    <message>
        <source>States the items cross on their way, in route order.</source>
        <translation>États que les biens traversent, dans l’ordre de l’itinéraire.</translation>
    </message>
    <message>
        <source>A reference number is given when the application is first saved.</source>
        <translation>Un numéro de référence est attribué au premier enregistrement de la demande.</translation>
    </message>
    <message>
        <source>Editing %1 · status: %2 · registered %3</source>
        <translation>Modification de %1 · statut&#xa0;: %2 · enregistré le %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not in the list of countries; choose one from the list</source>
        <translation>«&#xa0;%1&#xa0;» ne figure pas dans la liste des pays&#xa0;; choisissez-en un dans la liste</translation>
    </message>
    <message>
        <source>its status</source>
        <translation>son statut</translation>
    </message>
    <message>
        <source>Not saved: someone else changed this case after you opened it (%1). Your input is still here. Copy what you need, close this dialog, reopen the case to see the new version, then apply your changes again.</source>
        <translation>Non enregistré&#xa0;: quelqu’un d’autre a modifié ce dossier après que vous l’avez ouvert (%1). Votre saisie est toujours là. Copiez ce dont vous avez besoin, fermez cette fenêtre, rouvrez le dossier pour voir la nouvelle version, puis appliquez de nouveau vos modifications.</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1&#xa0;: %2 → %3</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>type of transfer</source>
        <translation>type de transfert</translation>
    </message>
    <message>
        <source>status</source>
        <translation>statut</translation>
    </message>
    <message>
        <source>applicant</source>
        <translation>demandeur</translation>
    </message>
    <message>
        <source>destination</source>
        <translation>destination</translation>
    </message>
    <message>
        <source>exporting State</source>
        <translation>État exportateur</translation>
    </message>
    <message>
        <source>intended end use</source>
        <translation>utilisation finale prévue</translation>
    </message>
    <message>
        <source>certificate number</source>
        <translation>numéro du certificat</translation>
    </message>
    <message>
        <source>certificate issuer</source>
        <translation>émetteur du certificat</translation>
    </message>
    <message>
        <source>certificate date</source>
        <translation>date du certificat</translation>
    </message>
    <message>
        <source>date received</source>
        <translation>date de réception</translation>
    </message>
    <message>
        <source>parties</source>
        <translation>parties</translation>
    </message>
    <message>
        <source>transit States</source>
        <translation>États de transit</translation>
    </message>
    <message>
        <source>line items</source>
        <translation>lignes</translation>
    </message>
    <message>
        <source>Type of transfer</source>
        <translation>Type de transfert</translation>
    </message>
    <message>
        <source>Date received</source>
        <translation>Date de réception</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>Exporting State</source>
        <translation>État exportateur</translation>
    </message>
    <message>
        <source>Intended end use</source>
        <translation>Utilisation finale prévue</translation>
    </message>
    <message>
        <source>Applicant&apos;s name</source>
        <translation>Nom du demandeur</translation>
    </message>
    <message>
        <source>Applicant&apos;s country</source>
        <translation>Pays du demandeur</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>Numéro d’immatriculation</translation>
    </message>
    <message>
        <source>Applicant&apos;s address</source>
        <translation>Adresse du demandeur</translation>
    </message>
    <message>
        <source>Certificate number</source>
        <translation>Numéro du certificat</translation>
    </message>
    <message>
        <source>Certificate issued by</source>
        <translation>Certificat délivré par</translation>
    </message>
    <message>
        <source>Certificate date</source>
        <translation>Date du certificat</translation>
    </message>
    <message>
        <source>Transit States</source>
        <translation>États de transit</translation>
    </message>
    <message>
        <source>Reason for change</source>
        <translation>Motif de la modification</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Article6Page</name>
    <message>
        <source>Article 6 is checked first and is absolute: if the transfer would violate a UN Security Council arms embargo (6(1)), another international obligation (6(2)), or the State knows the items would be used for atrocity crimes (6(3)), it shall not be authorised. Ammunition and parts are screened too (Articles 3 and 4).</source>
        <translation>L’article 6 est examiné en premier et il est absolu&#xa0;: si le transfert violait un embargo sur les armes du Conseil de sécurité de l’ONU (6(1)) ou une autre obligation internationale (6(2)), ou si l’État a connaissance que les biens serviraient à commettre des crimes atroces (6(3)), il ne doit pas être autorisé. Les munitions et les pièces sont aussi contrôlées (articles 3 et 4).</translation>
    </message>
    <message>
        <source>Article 6(1) — arms embargo screen</source>
        <translation>Article 6(1) — contrôle des embargos sur les armes</translation>
    </message>
    <message>
        <source>Run embargo screen</source>
        <translation>Lancer le contrôle des embargos</translation>
    </message>
    <message>
        <source>Decision date</source>
        <translation>Date de la décision</translation>
    </message>
    <message>
        <source>The screen is made as at the date of the decision, not against today&apos;s list.</source>
        <translation>Le contrôle est effectué à la date de la décision, et non selon la liste du jour.</translation>
    </message>
    <message>
        <source>Article 6(2) — would the transfer violate another international obligation?</source>
        <translation>Article 6(2) — le transfert violerait-il une autre obligation internationale&#xa0;?</translation>
    </message>
    <message>
        <source>Yes, it would violate one</source>
        <translation>Oui, il en violerait une</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Article 6(3) — does the State know the items would be used in genocide, crimes against humanity or war crimes?</source>
        <translation>Article 6(3) — l’État a-t-il connaissance que les biens serviraient à commettre un génocide, des crimes contre l’humanité ou des crimes de guerre&#xa0;?</translation>
    </message>
    <message>
        <source>Yes, the State knows</source>
        <translation>Oui, l’État en a connaissance</translation>
    </message>
    <message>
        <source>The decision date cannot lie in the future.</source>
        <translation>La date de la décision ne peut pas être dans le futur.</translation>
    </message>
    <message>
        <source>The decision date cannot be before the application was received (%1).</source>
        <translation>La date de la décision ne peut pas être antérieure à la réception de la demande (%1).</translation>
    </message>
    <message>
        <source>The screen has not been run yet. Choose the decision date and run it.</source>
        <translation>Le contrôle n’a pas encore été lancé. Choisissez la date de la décision et lancez-le.</translation>
    </message>
    <message>
        <source>Screened as at %1: no embargo in force matches this case.</source>
        <translation>Contrôle au %1&#xa0;: aucun embargo en vigueur ne correspond à ce dossier.</translation>
    </message>
    <message>
        <source>Screened as at %1: %2 embargo match(es), listed below.</source>
        <translation>Contrôle au %1&#xa0;: %2 correspondance(s) avec un embargo, listée(s) ci-dessous.</translation>
    </message>
    <message>
        <source>Article 6 prohibits this transfer (%1). The assessment ends here: the only possible decision is a denial citing that paragraph. Articles 7 and 11 are not assessed and no mitigation is offered, because no mitigation measure can lift an Article 6 prohibition.</source>
        <translation>L’article 6 interdit ce transfert (%1). L’évaluation s’arrête ici&#xa0;: la seule décision possible est un refus citant ce paragraphe. Les articles 7 et 11 ne sont pas évalués et aucune atténuation n’est proposée, car aucune mesure d’atténuation ne peut lever une interdiction de l’article 6.</translation>
    </message>
</context>
<context>
    <name>Article7Page</name>
    <message>
        <source>Assess objectively and without discrimination, taking into account information from the importing State (Art. 8(1)), the potential that the items would contribute to or undermine peace and security, or could be used to commit or facilitate the acts below. Record the risk before mitigation here: mitigation is considered on its own page, and the conclusion (7(3)) is drawn after it.</source>
        <translation>Évaluez, de manière objective et non discriminatoire et en tenant compte des informations fournies par l’État importateur (art. 8(1)), si les biens contribueraient ou porteraient atteinte à la paix et à la sécurité, ou pourraient servir à commettre ou à faciliter les actes ci-dessous. Consignez ici le risque avant atténuation&#xa0;: l’atténuation est examinée sur sa propre page, et la conclusion (7(3)) est tirée ensuite.</translation>
    </message>
    <message>
        <source>7(1)(a) — would the export contribute to peace and security? (Weighed against the risks under 7(3); it never lowers a risk by itself.)</source>
        <translation>7(1)(a) — l’exportation contribuerait-elle à la paix et à la sécurité&#xa0;? (Mis en balance avec les risques au titre du 7(3)&#xa0;; n’abaisse jamais un risque à lui seul.)</translation>
    </message>
</context>
<context>
    <name>AssessmentVocabulary</name>
    <message>
        <source>None identified</source>
        <translation>Aucun identifié</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Substantial</source>
        <translation>Substantiel</translation>
    </message>
    <message>
        <source>Overriding before mitigation</source>
        <translation>Prépondérant avant atténuation</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Non évalué</translation>
    </message>
    <message>
        <source>Overriding</source>
        <translation>Prépondérant</translation>
    </message>
    <message>
        <source>Not yet determined</source>
        <translation>Pas encore déterminé</translation>
    </message>
    <message>
        <source>7(1)(a) Peace and security</source>
        <translation>7(1)(a) Paix et sécurité</translation>
    </message>
    <message>
        <source>7(1)(b)(i) Serious violation of international humanitarian law</source>
        <translation>7(1)(b)(i) Violation grave du droit international humanitaire</translation>
    </message>
    <message>
        <source>7(1)(b)(ii) Serious violation of international human rights law</source>
        <translation>7(1)(b)(ii) Violation grave du droit international des droits de l’homme</translation>
    </message>
    <message>
        <source>7(1)(b)(iii) Offence under the terrorism conventions</source>
        <translation>7(1)(b)(iii) Infraction au regard des conventions relatives au terrorisme</translation>
    </message>
    <message>
        <source>7(1)(b)(iv) Offence under the transnational organised crime conventions</source>
        <translation>7(1)(b)(iv) Infraction au regard des conventions relatives à la criminalité transnationale organisée</translation>
    </message>
    <message>
        <source>7(4) Serious gender-based violence or violence against women and children</source>
        <translation>7(4) Actes graves de violence fondée sur le sexe ou de violence contre les femmes et les enfants</translation>
    </message>
    <message>
        <source>Article 11 Diversion</source>
        <translation>Article 11 Détournement</translation>
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
        <translation>7(1)(b)(ii) Droits de l’homme</translation>
    </message>
    <message>
        <source>7(1)(b)(iii) Terrorism</source>
        <translation>7(1)(b)(iii) Terrorisme</translation>
    </message>
    <message>
        <source>7(1)(b)(iv) Organised crime</source>
        <translation>7(1)(b)(iv) Criminalité organisée</translation>
    </message>
    <message>
        <source>7(4) GBV/VAWC</source>
        <translation>7(4) VFS/VFE</translation>
    </message>
    <message>
        <source>Art. 11 Diversion</source>
        <translation>Art. 11 Détournement</translation>
    </message>
    <message>
        <source>UN report</source>
        <translation>Rapport de l’ONU</translation>
    </message>
    <message>
        <source>Human-rights report</source>
        <translation>Rapport sur les droits de l’homme</translation>
    </message>
    <message>
        <source>Embassy reporting</source>
        <translation>Rapports d’ambassade</translation>
    </message>
    <message>
        <source>Importer&apos;s Art. 8(1) documentation</source>
        <translation>Documents de l’importateur (art. 8(1))</translation>
    </message>
    <message>
        <source>NGO report</source>
        <translation>Rapport d’ONG</translation>
    </message>
    <message>
        <source>Media report</source>
        <translation>Article de presse</translation>
    </message>
    <message>
        <source>Intelligence</source>
        <translation>Renseignement</translation>
    </message>
    <message>
        <source>Industry due diligence</source>
        <translation>Diligence raisonnable de l’industrie</translation>
    </message>
    <message>
        <source>Consultation with GBV experts</source>
        <translation>Consultation d’experts en VFS</translation>
    </message>
    <message>
        <source>Academic research</source>
        <translation>Recherche universitaire</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Confidence-building measure</source>
        <translation>Mesure de confiance</translation>
    </message>
    <message>
        <source>Jointly developed and agreed programme</source>
        <translation>Programme élaboré et arrêté conjointement</translation>
    </message>
    <message>
        <source>End-use / end-user assurance</source>
        <translation>Assurance d’utilisation finale / d’utilisateur final</translation>
    </message>
    <message>
        <source>No re-export without consent</source>
        <translation>Pas de réexportation sans consentement</translation>
    </message>
    <message>
        <source>Delivery verification certificate</source>
        <translation>Certificat de vérification de livraison</translation>
    </message>
    <message>
        <source>Post-shipment on-site verification</source>
        <translation>Vérification sur place après expédition</translation>
    </message>
    <message>
        <source>Stockpile security assurance</source>
        <translation>Assurance de sécurité des stocks</translation>
    </message>
    <message>
        <source>Training of the end user</source>
        <translation>Formation de l’utilisateur final</translation>
    </message>
    <message>
        <source>Other measure</source>
        <translation>Autre mesure</translation>
    </message>
    <message>
        <source>Manufacture</source>
        <translation>Fabrication</translation>
    </message>
    <message>
        <source>Before transfer (point of loading)</source>
        <translation>Avant le transfert (point de chargement)</translation>
    </message>
    <message>
        <source>In transit</source>
        <translation>En transit</translation>
    </message>
    <message>
        <source>Post-delivery storage</source>
        <translation>Stockage après livraison</translation>
    </message>
    <message>
        <source>End use</source>
        <translation>Utilisation finale</translation>
    </message>
    <message>
        <source>Disposal</source>
        <translation>Élimination</translation>
    </message>
    <message>
        <source>Unusual or unexplained routing or trans-shipment</source>
        <translation>Itinéraire ou transbordement inhabituel ou inexpliqué</translation>
    </message>
    <message>
        <source>Unknown or unregistered brokers or intermediaries</source>
        <translation>Courtiers ou intermédiaires inconnus ou non enregistrés</translation>
    </message>
    <message>
        <source>Items or quantities do not match the end user&apos;s needs</source>
        <translation>Biens ou quantités sans rapport avec les besoins de l’utilisateur final</translation>
    </message>
    <message>
        <source>Vague or inconsistent end-use information</source>
        <translation>Informations vagues ou incohérentes sur l’utilisation finale</translation>
    </message>
    <message>
        <source>Unusual payment terms</source>
        <translation>Conditions de paiement inhabituelles</translation>
    </message>
    <message>
        <source>Past diversion involving the end user or route</source>
        <translation>Détournement passé impliquant l’utilisateur final ou l’itinéraire</translation>
    </message>
    <message>
        <source>Weak stockpile security at the end user</source>
        <translation>Sécurité des stocks insuffisante chez l’utilisateur final</translation>
    </message>
    <message>
        <source>Other red flag</source>
        <translation>Autre signal d’alerte</translation>
    </message>
    <message>
        <source>Prohibited</source>
        <translation>Interdit</translation>
    </message>
    <message>
        <source>Prohibited unless approval obtained</source>
        <translation>Interdit sauf approbation obtenue</translation>
    </message>
    <message>
        <source>Needs confirmation</source>
        <translation>À confirmer</translation>
    </message>
    <message>
        <source>Notification required</source>
        <translation>Notification requise</translation>
    </message>
    <message>
        <source>Does not prohibit</source>
        <translation>N’interdit pas</translation>
    </message>
    <message>
        <source>UN Security Council, Chapter VII (Art. 6(1))</source>
        <translation>Conseil de sécurité de l’ONU, Chapitre VII (art. 6(1))</translation>
    </message>
    <message>
        <source>Other international obligation (Art. 6(2))</source>
        <translation>Autre obligation internationale (art. 6(2))</translation>
    </message>
    <message>
        <source>Whole country</source>
        <translation>Tout le pays</translation>
    </message>
    <message>
        <source>Non-State actors only</source>
        <translation>Acteurs non étatiques uniquement</translation>
    </message>
    <message>
        <source>Listed persons and entities</source>
        <translation>Personnes et entités inscrites</translation>
    </message>
    <message>
        <source>Part of the country</source>
        <translation>Partie du pays</translation>
    </message>
    <message>
        <source>The embargo applies</source>
        <translation>L’embargo s’applique</translation>
    </message>
    <message>
        <source>The embargo does not apply</source>
        <translation>L’embargo ne s’applique pas</translation>
    </message>
    <message>
        <source>Committee approval obtained</source>
        <translation>Approbation du comité obtenue</translation>
    </message>
    <message>
        <source>Committee approval not obtained</source>
        <translation>Approbation du comité non obtenue</translation>
    </message>
    <message>
        <source>Committee notified</source>
        <translation>Notification faite au comité</translation>
    </message>
    <message>
        <source>Not yet confirmed</source>
        <translation>Pas encore confirmé</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <source>Authorisation possible</source>
        <translation>Autorisation possible</translation>
    </message>
    <message>
        <source>Assessment incomplete</source>
        <translation>Évaluation incomplète</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Current step</source>
        <translation>Étape en cours</translation>
    </message>
    <message>
        <source>Not reached</source>
        <translation>Non atteinte</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>Sans objet</translation>
    </message>
    <message>
        <source>Prevalent types of GBV / VAWC</source>
        <translation>Types de VFS / VFE répandus</translation>
    </message>
    <message>
        <source>Are they serious?</source>
        <translation>Sont-ils graves&#xa0;?</translation>
    </message>
    <message>
        <source>Effective preventive action?</source>
        <translation>Action préventive efficace&#xa0;?</translation>
    </message>
    <message>
        <source>Overriding risk?</source>
        <translation>Risque prépondérant&#xa0;?</translation>
    </message>
    <message>
        <source>Mitigation reliably reduces the risk?</source>
        <translation>L’atténuation réduit-elle le risque de manière fiable&#xa0;?</translation>
    </message>
    <message>
        <source>UN Security Council arms embargo</source>
        <translation>Embargo sur les armes du Conseil de sécurité de l’ONU</translation>
    </message>
    <message>
        <source> (resolution %1 (%2))</source>
        <comment>after an arms embargo&apos;s name: its UN resolution and year</comment>
        <translation> (résolution %1 (%2))</translation>
    </message>
    <message>
        <source> — </source>
        <comment>embargo name separator</comment>
        <translation> — </translation>
    </message>
    <message>
        <source>Article %1</source>
        <translation>Article %1</translation>
    </message>
    <message>
        <source>Article %1(%2)</source>
        <translation>Article %1(%2)</translation>
    </message>
</context>
<context>
    <name>AssessmentWizard</name>
    <message>
        <source>Unsaved answers</source>
        <extracomment>&quot;save&quot;, &quot;discard&quot; or &quot;cancel&quot;: asked when the wizard closes with unsaved answers. A path to save a file to (title, suggested name, filter), or None if cancelled. The pages closed when Article 6 prohibits the transfer. Closed when Article 7 does not apply (an import, transit, trans-shipment or brokering case the authority&apos;s policy does not assess under Article 7): only Article 6 is asked.</extracomment>
        <translation>Réponses non enregistrées</translation>
    </message>
    <message>
        <source>Save your answers to the assessment draft before closing?</source>
        <translation>Enregistrer vos réponses dans le brouillon de l’évaluation avant de fermer&#xa0;?</translation>
    </message>
    <message>
        <source>Assessment — %1</source>
        <extracomment>The case after a decision was recorded: the register and case view refresh. The case after its assessment was completed or sent to the committee.</extracomment>
        <translation>Évaluation — %1</translation>
    </message>
    <message>
        <source>✓ complete   • still incomplete
* required to complete the assessment</source>
        <translation>✓ complet   • encore incomplet
* obligatoire pour terminer l’évaluation</translation>
    </message>
    <message>
        <source>&lt; Back</source>
        <translation>&lt; Précédent</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Save and continue &gt;</source>
        <translation>Enregistrer et continuer &gt;</translation>
    </message>
    <message>
        <source>Start a new revision…</source>
        <translation>Commencer une nouvelle révision…</translation>
    </message>
    <message>
        <source>Save assessment record PDF…</source>
        <translation>Fiche d’évaluation (PDF)…</translation>
    </message>
    <message>
        <source>Save licence/denial PDF…</source>
        <translation>Licence/refus (PDF)…</translation>
    </message>
    <message>
        <source>Complete assessment</source>
        <translation>Terminer l’évaluation</translation>
    </message>
    <message>
        <source>Submit to the committee…</source>
        <translation>Soumettre à la commission…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>1. Article 6 prohibitions</source>
        <translation>1. Interdictions de l’article 6</translation>
    </message>
    <message>
        <source>2. Article 7(1) risks</source>
        <translation>2. Risques de l’article 7(1)</translation>
    </message>
    <message>
        <source>3. Article 7(4) GBV flowchart</source>
        <translation>3. Logigramme VFS de l’article 7(4)</translation>
    </message>
    <message>
        <source>4. Article 11 diversion</source>
        <translation>4. Détournement (article 11)</translation>
    </message>
    <message>
        <source>5. Article 7(2) mitigation</source>
        <translation>5. Atténuation (article 7(2))</translation>
    </message>
    <message>
        <source>6. Article 7(3) conclusion</source>
        <translation>6. Conclusion (article 7(3))</translation>
    </message>
    <message>
        <source>7. Decision</source>
        <translation>7. Décision</translation>
    </message>
    <message>
        <source>%1 · %2 → %3 · end user: %4</source>
        <translation>%1 · %2 → %3 · utilisateur final&#xa0;: %4</translation>
    </message>
    <message>
        <source>Closed: Article 6 prohibits the transfer, so it is not assessed.</source>
        <translation>Fermée&#xa0;: l’article 6 interdit le transfert, qui n’est donc pas évalué.</translation>
    </message>
    <message>
        <source>Next &gt;</source>
        <translation>Suivant &gt;</translation>
    </message>
    <message>
        <source>A decision has been recorded on this case; the assessment is closed.</source>
        <translation>Une décision a été enregistrée pour ce dossier&#xa0;; l’évaluation est close.</translation>
    </message>
    <message>
        <source>Assessment revision %1 is complete and can no longer be edited. Record the decision, or start a new revision to change a finding.</source>
        <translation>La révision %1 de l’évaluation est terminée et ne peut plus être modifiée. Enregistrez la décision, ou commencez une nouvelle révision pour changer un constat.</translation>
    </message>
    <message>
        <source>Assessment revision %1 is complete and can no longer be edited. Submit it to the committee, or start a new revision to change a finding.</source>
        <translation>La révision %1 de l’évaluation est terminée et ne peut plus être modifiée. Soumettez-la à la commission, ou commencez une nouvelle révision pour changer un constat.</translation>
    </message>
    <message>
        <source>Article 6 prohibits this transfer. The Article 7, GBV, diversion and mitigation pages are closed: the only possible decision is a denial.</source>
        <translation>L’article 6 interdit ce transfert. Les pages Article 7, VFS, détournement et atténuation sont fermées&#xa0;: la seule décision possible est un refus.</translation>
    </message>
    <message>
        <source>Article 7 not applicable: %1. Article 7 binds the exporting State and the authority&apos;s policy does not apply it to this transfer type; Article 6 applies to every transfer.</source>
        <translation>Article 7 non applicable&#xa0;: %1. L’article 7 lie l’État exportateur, et la politique de l’autorité ne l’applique pas à ce type de transfert&#xa0;; l’article 6 s’applique à tout transfert.</translation>
    </message>
    <message>
        <source>Article 7 assessed under national policy (%1).</source>
        <translation>Article 7 évalué au titre de la politique nationale (%1).</translation>
    </message>
    <message>
        <source>The assessment was not saved</source>
        <translation>L’évaluation n’a pas été enregistrée</translation>
    </message>
    <message>
        <source>Draft saved at %1</source>
        <translation>Brouillon de %1</translation>
    </message>
    <message>
        <source>The embargo screen failed</source>
        <translation>Le contrôle des embargos a échoué</translation>
    </message>
    <message>
        <source>Source “%1”: choose the kind of source</source>
        <translation>Source «&#xa0;%1&#xa0;»&#xa0;: choisissez la nature de la source</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>complet</translation>
    </message>
    <message>
        <source>still incomplete</source>
        <translation>encore incomplet</translation>
    </message>
    <message>
        <source>The assessment was not completed: choose the kind of each source listed under the steps (a source without a kind is not saved).</source>
        <translation>L’évaluation n’a pas été terminée&#xa0;: choisissez la nature de chaque source listée sous les étapes (une source sans nature n’est pas enregistrée).</translation>
    </message>
    <message>
        <source>The assessment was not completed: %1 answer(s) are still missing. They are listed under the steps: click one to go to it.</source>
        <translation>L’évaluation n’a pas été terminée&#xa0;: %1 réponse(s) manquent encore. Elles sont listées sous les étapes&#xa0;: cliquez sur l’une d’elles pour y accéder.</translation>
    </message>
    <message>
        <source>The assessment was not completed</source>
        <translation>L’évaluation n’a pas été terminée</translation>
    </message>
    <message>
        <source>Submitted to the committee: the agencies chosen are asked for their opinion.</source>
        <translation>Soumise à la commission&#xa0;: l’avis des organismes choisis est demandé.</translation>
    </message>
    <message>
        <source>The decision was not recorded:</source>
        <translation>La décision n’a pas été enregistrée&#xa0;:</translation>
    </message>
    <message>
        <source>Start a new revision</source>
        <translation>Commencer une nouvelle révision</translation>
    </message>
    <message>
        <source>Why is the case reassessed? The reason is kept in the history.</source>
        <translation>Pourquoi le dossier est-il réévalué&#xa0;? Le motif est conservé dans l’historique.</translation>
    </message>
    <message>
        <source>No new revision was started</source>
        <translation>Aucune nouvelle révision n’a été commencée</translation>
    </message>
    <message>
        <source>Save assessment record PDF</source>
        <translation>Enregistrer la fiche d’évaluation (PDF)</translation>
    </message>
    <message>
        <source>Save licence/denial PDF</source>
        <translation>Enregistrer la licence/le refus (PDF)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF was not saved</source>
        <translation>Le PDF n’a pas été enregistré</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Enregistré dans %1</translation>
    </message>
    <message>
        <source>Choose the kind of each source listed under the steps before closing.</source>
        <translation>Choisissez la nature de chaque source listée sous les étapes avant de fermer.</translation>
    </message>
</context>
<context>
    <name>AuthorityDialog</name>
    <message>
        <source>Authority</source>
        <extracomment>The letterhead preview&apos;s box: wide and low, like the banner on the page.</extracomment>
        <translation>Autorité</translation>
    </message>
    <message>
        <source>&amp;Authority</source>
        <translation>&amp;Autorité</translation>
    </message>
    <message>
        <source>&amp;Contact point</source>
        <translation>&amp;Point de contact</translation>
    </message>
    <message>
        <source>&amp;Letters and signature</source>
        <translation>&amp;Lettres et signature</translation>
    </message>
    <message>
        <source>Standard &amp;provisos</source>
        <translation>&amp;Clauses types</translation>
    </message>
    <message>
        <source>Article &amp;7 policy</source>
        <translation>Politique de l’article &amp;7</translation>
    </message>
    <message>
        <source>&amp;Mitigation policy</source>
        <translation>Politique d’atténuati&amp;on</translation>
    </message>
    <message>
        <source>&amp;Destination files</source>
        <translation>Fiches &amp;destination</translation>
    </message>
    <message>
        <source>Every licence proposes these conditions to the decider, beside the committee&apos;s conditions and the mitigation measures the assessment relied on. One condition per line; an empty list is allowed.</source>
        <translation>Chaque licence propose ces conditions au décideur, à côté des conditions de la commission et des mesures d’atténuation sur lesquelles l’évaluation s’est appuyée. Une condition par ligne&#xa0;; une liste vide est permise.</translation>
    </message>
    <message>
        <source>A mitigation measure lowers only the risks its kind can address: confidence-building measures and jointly developed programmes (Article 7(2)) any risk; assurances, re-export clauses and verification (Article 11(2)) diversion. If your national policy allows it, an officer may state why a measure of another kind addresses a risk; the reason is then required and printed in the assessment record.</source>
        <translation>Une mesure d’atténuation n’abaisse que les risques que sa nature permet de traiter&#xa0;: les mesures de confiance et les programmes élaborés conjointement (article 7(2)), tout risque&#xa0;; les assurances, clauses de réexportation et vérifications (article 11(2)), le détournement. Si votre politique nationale le permet, un agent peut expliquer pourquoi une mesure d’une autre nature traite un risque&#xa0;; ce motif est alors obligatoire et imprimé dans la fiche d’évaluation.</translation>
    </message>
    <message>
        <source>Let an officer&apos;s stated reason count (national policy)</source>
        <translation>Tenir compte du motif donné par l’agent (politique nationale)</translation>
    </message>
    <message>
        <source>Article 6 applies to every transfer. Article 7 is the exporting State&apos;s obligation: for the transfer types ticked here, national policy asks it too, and the assessment record says so. Unticked types are assessed under Article 6 only, and the record says Article 7 was not applicable.</source>
        <translation>L’article 6 s’applique à tout transfert. L’article 7 est une obligation de l’État exportateur&#xa0;: pour les types de transfert cochés ici, la politique nationale l’applique aussi, et la fiche d’évaluation l’indique. Les types non cochés sont évalués au titre de l’article 6 seulement, et la fiche indique que l’article 7 n’était pas applicable.</translation>
    </message>
    <message>
        <source>e.g. Export Control Agency, Ministry of Trade</source>
        <translation>p. ex. Agence de contrôle des exportations, ministère du Commerce</translation>
    </message>
    <message>
        <source>C&amp;hoose image…</source>
        <translation>C&amp;hoisir une image…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>A PNG or JPEG image of at most %1 KB, printed across the top of the first page of every document.</source>
        <translation>Une image PNG ou JPEG de %1 Ko au plus, imprimée en haut de la première page de chaque document.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Postal a&amp;ddress:</source>
        <translation>Adr&amp;esse postale&#xa0;:</translation>
    </message>
    <message>
        <source>Reporting &amp;State:</source>
        <translation>É&amp;tat déclarant&#xa0;:</translation>
    </message>
    <message>
        <source>Default c&amp;urrency:</source>
        <translation>De&amp;vise par défaut&#xa0;:</translation>
    </message>
    <message>
        <source>Letterhead:</source>
        <translation>En-tête&#xa0;:</translation>
    </message>
    <message>
        <source>The national point of contact (Article 5(6)): given on the denial letters so that applicants know whom to write to.</source>
        <translation>Le point de contact national (article 5(6))&#xa0;: indiqué sur les lettres de refus pour que les demandeurs sachent à qui écrire.</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>Co&amp;urriel&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Telephone:</source>
        <translation>&amp;Téléphone&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. For the Minister, by delegation</source>
        <translation>p. ex. Pour le ministre et par délégation</translation>
    </message>
    <message>
        <source>How and within what time an applicant may ask for a review of a denial</source>
        <translation>Comment et dans quel délai un demandeur peut demander le réexamen d’un refus</translation>
    </message>
    <message>
        <source>The language of the screen</source>
        <translation>La langue de l’interface</translation>
    </message>
    <message>
        <source>Licences and denial letters are signed by the person who decided, with their name and job title (File → Users and agencies), under this wording.</source>
        <translation>Les licences et les lettres de refus sont signées par la personne qui a décidé, avec son nom et sa fonction (Fichier → Utilisateurs et organismes), sous cette formule.</translation>
    </message>
    <message>
        <source>Signatory &amp;wording:</source>
        <translation>&amp;Formule de signature&#xa0;:</translation>
    </message>
    <message>
        <source>A&amp;ppeal information:</source>
        <translation>&amp;Voies de recours&#xa0;:</translation>
    </message>
    <message>
        <source>Documents &amp;written in:</source>
        <translation>Lan&amp;gue des documents&#xa0;:</translation>
    </message>
    <message>
        <source>No letterhead</source>
        <translation>Pas d’en-tête</translation>
    </message>
    <message>
        <source>Only an administrator changes the authority&apos;s profile.</source>
        <translation>Seul un administrateur modifie le profil de l’autorité.</translation>
    </message>
    <message>
        <source>Give the authority&apos;s name: every document prints it.</source>
        <translation>Indiquez le nom de l’autorité&#xa0;: chaque document l’imprime.</translation>
    </message>
    <message>
        <source>Choose a country from the list.</source>
        <translation>Choisissez un pays dans la liste.</translation>
    </message>
    <message>
        <source>Give an email address such as name@example.org.</source>
        <translation>Indiquez une adresse électronique telle que nom@example.org.</translation>
    </message>
    <message>
        <source>Use digits, spaces and + ( ) . / - only.</source>
        <translation>Utilisez uniquement des chiffres, des espaces et + ( ) . / -</translation>
    </message>
    <message>
        <source>Three capital letters (ISO 4217), e.g. EUR.</source>
        <translation>Trois lettres majuscules (ISO 4217), p. ex. EUR.</translation>
    </message>
    <message>
        <source>Use a PNG or JPEG image of at most %1 KB.</source>
        <translation>Utilisez une image PNG ou JPEG de %1 Ko au plus.</translation>
    </message>
    <message>
        <source>Choose the letterhead image</source>
        <translation>Choisir l’image d’en-tête</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>The profile was not saved: see the fields marked.</source>
        <translation>Le profil n’a pas été enregistré&#xa0;: voir les champs signalés.</translation>
    </message>
    <message>
        <source>Saved. New documents use this profile.</source>
        <translation>Enregistré. Les nouveaux documents utilisent ce profil.</translation>
    </message>
</context>
<context>
    <name>CaseDocuments</name>
    <message>
        <source>Licence</source>
        <extracomment>In menu order.</extracomment>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Denial letter</source>
        <translation>Lettre de refus</translation>
    </message>
    <message>
        <source>Assessment record</source>
        <translation>Fiche d’évaluation</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Ouvrir la %1</translation>
    </message>
    <message>
        <source>Save %1…</source>
        <translation>Enregistrer la %1…</translation>
    </message>
    <message>
        <source>Print %1…</source>
        <translation>Imprimer la %1…</translation>
    </message>
    <message>
        <source>&amp;PDF documents</source>
        <extracomment>Where &quot;Save…&quot; starts; shared with the assessment wizard for the whole session.</extracomment>
        <translation>Documents &amp;PDF</translation>
    </message>
    <message>
        <source>Open, save or print the licence, denial letter or assessment record</source>
        <translation>Ouvrir, enregistrer ou imprimer la licence, la lettre de refus ou la fiche d’évaluation</translation>
    </message>
    <message>
        <source>Opens the PDF in your PDF viewer: print it from there.</source>
        <translation>Ouvre le PDF dans votre lecteur PDF&#xa0;: imprimez-le depuis celui-ci.</translation>
    </message>
    <message>
        <source>The documents appear here once the case has an assessment or a decision.</source>
        <translation>Les documents apparaissent ici dès que le dossier a une évaluation ou une décision.</translation>
    </message>
    <message>
        <source>Writing the %1…</source>
        <translation>Rédaction de la %1…</translation>
    </message>
    <message>
        <source>No PDF viewer</source>
        <translation>Aucun lecteur PDF</translation>
    </message>
    <message>
        <source>No program opened %1. Save the document and open it yourself.</source>
        <translation>Aucun programme n’a ouvert %1. Enregistrez le document et ouvrez-le vous-même.</translation>
    </message>
    <message>
        <source>Save %1</source>
        <translation>Enregistrer la %1</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Enregistré dans %1</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <source>No case is open. Select a case in the register to see it here.</source>
        <extracomment>The officer asked to assess the open case: the window opens the assessment wizard. A new version of the case was saved here (a document added): the register refreshes. The database and the person acting are read from here when the view acts. The open case&apos;s recorded decision, if any (shown under the header).</extracomment>
        <translation>Aucun dossier n’est ouvert. Sélectionnez un dossier dans le registre pour l’afficher ici.</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Mod&amp;ifier…</translation>
    </message>
    <message>
        <source>Add d&amp;ocument…</source>
        <translation>Ajouter un d&amp;ocument…</translation>
    </message>
    <message>
        <source>&amp;Assess…</source>
        <translation>Éval&amp;uer…</translation>
    </message>
    <message>
        <source>Transfer type</source>
        <translation>Type de transfert</translation>
    </message>
    <message>
        <source>Exporter / applicant</source>
        <translation>Exportateur / demandeur</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu le</translation>
    </message>
    <message>
        <source>Exporting State</source>
        <translation>État exportateur</translation>
    </message>
    <message>
        <source>Transit States</source>
        <translation>États de transit</translation>
    </message>
    <message>
        <source>Final importing State</source>
        <translation>État importateur final</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Soumis le</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Décidé le</translation>
    </message>
    <message>
        <source>End-user certificate</source>
        <extracomment>Longer texts, each on a row of its own so that nothing is cut off.</extracomment>
        <translation>Certificat d’utilisateur final</translation>
    </message>
    <message>
        <source>Intended end use</source>
        <translation>Utilisation finale prévue</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Model / type</source>
        <translation>Modèle / type</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Classement</translation>
    </message>
    <message>
        <source>ATT category</source>
        <translation>Catégorie ATT</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Withheld from report</source>
        <translation>Exclu du rapport</translation>
    </message>
    <message>
        <source>Comment for the report</source>
        <translation>Commentaire pour le rapport</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Dated</source>
        <translation>Daté</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Enregistré le</translation>
    </message>
    <message>
        <source>Licence number</source>
        <translation>Numéro de licence</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Délivrée le</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Valide du</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valide jusqu’au</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>C&amp;hange requests…</source>
        <translation>&amp;Demandes de modification…</translation>
    </message>
    <message>
        <source>Re-export, re-transfer, or change of end user, end use or location</source>
        <translation>Réexportation, retransfert, ou changement d’utilisateur final, d’utilisation finale ou de lieu</translation>
    </message>
    <message>
        <source>%1 change request(s) awaiting a decision</source>
        <translation>%1 demande(s) de modification en attente de décision</translation>
    </message>
    <message>
        <source>A decided or withdrawn case cannot be edited.</source>
        <translation>Un dossier décidé ou retiré ne peut pas être modifié.</translation>
    </message>
    <message>
        <source>Change the application&apos;s details (Ctrl+E)</source>
        <translation>Modifier les données de la demande (Ctrl+E)</translation>
    </message>
    <message>
        <source>A withdrawn case has nothing to assess.</source>
        <translation>Un dossier retiré n’a rien à évaluer.</translation>
    </message>
    <message>
        <source>This case was decided without an assessment recorded in ATT Desktop (imported or demo data).</source>
        <translation>Ce dossier a été décidé sans évaluation enregistrée dans ATT Desktop (données importées ou de démonstration).</translation>
    </message>
    <message>
        <source>Review the assessment and the decision (Ctrl+Shift+A)</source>
        <translation>Revoir l’évaluation et la décision (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>Assess the application: Article 6, Article 7, then the decision (Ctrl+Shift+A)</source>
        <translation>Évaluer la demande&#xa0;: article 6, article 7, puis la décision (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>Authorised on %1 by %2</source>
        <translation>Autorisé le %1 par %2</translation>
    </message>
    <message>
        <source>Denied on %1 by %2</source>
        <translation>Refusé le %1 par %2</translation>
    </message>
    <message>
        <source>Authorised on %1</source>
        <translation>Autorisé le %1</translation>
    </message>
    <message>
        <source>Denied on %1</source>
        <translation>Refusé le %1</translation>
    </message>
    <message>
        <source>licence %1, valid %2 to %3</source>
        <translation>licence %1, valide du %2 au %3</translation>
    </message>
    <message>
        <source>grounds: %1</source>
        <translation>motifs&#xa0;: %1</translation>
    </message>
    <message>
        <source>criteria: %1</source>
        <translation>critères : %1</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <source>rows %1–%2</source>
        <translation>lignes %1–%2</translation>
    </message>
    <message>
        <source>imported from %1, %2, by %3 on %4</source>
        <translation>importé de %1, %2, par %3 le %4</translation>
    </message>
    <message>
        <source>imported from %1 by %3 on %4</source>
        <translation>importé de %1 par %3 le %4</translation>
    </message>
    <message>
        <source>historical: decided outside the app</source>
        <translation>historique&#xa0;: décidé hors de l’application</translation>
    </message>
    <message>
        <source>Not reportable: %1</source>
        <translation>Non déclarable&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1, acting for %2</source>
        <translation>%1, pour le compte de %2</translation>
    </message>
    <message>
        <source>Yes: %1</source>
        <translation>Oui&#xa0;: %1</translation>
    </message>
    <message>
        <source>Parties (%1)</source>
        <translation>Parties (%1)</translation>
    </message>
    <message>
        <source>Line items (%1)</source>
        <translation>Lignes (%1)</translation>
    </message>
    <message>
        <source>Documents (%1)</source>
        <translation>Documents (%1)</translation>
    </message>
    <message>
        <source>Licences (%1)</source>
        <translation>Licences (%1)</translation>
    </message>
    <message>
        <source>History (%1)</source>
        <translation>Historique (%1)</translation>
    </message>
    <message>
        <source>Sanctions list hits (%1)</source>
        <translation>Listes de sanctions (%1)</translation>
    </message>
    <message>
        <source>— %1 to review</source>
        <translation>— %1 à examiner</translation>
    </message>
    <message>
        <source>Follow-up (%1)</source>
        <translation>Suivi (%1)</translation>
    </message>
    <message>
        <source>— %1 overdue</source>
        <translation>— %1 en retard</translation>
    </message>
    <message>
        <source>Licence %1</source>
        <translation>Licence %1</translation>
    </message>
    <message>
        <source>valid until %1</source>
        <translation>valide jusqu’au %1</translation>
    </message>
    <message>
        <source>Shipped on %1</source>
        <translation>Expédié le %1</translation>
    </message>
    <message>
        <source>Revision %1</source>
        <translation>Révision %1</translation>
    </message>
    <message>
        <source>Document not recorded</source>
        <translation>Document non enregistré</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>Changer le mot de passe</translation>
    </message>
</context>
<context>
    <name>ChangePasswordForm</name>
    <message>
        <source>Choose a new password</source>
        <translation>Choisissez un nouveau mot de passe</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Changer le mot de passe</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>C&amp;urrent password:</source>
        <translation>Mot de passe a&amp;ctuel&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Nouveau mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Repeat new password:</source>
        <translation>&amp;Répéter le mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Welcome, %1. You signed in with a one-time password: choose your own before you continue.</source>
        <translation>Bienvenue, %1. Vous vous êtes connecté avec un mot de passe à usage unique&#xa0;: choisissez le vôtre avant de continuer.</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <source>Change your password</source>
        <translation>Changer votre mot de passe</translation>
    </message>
    <message>
        <source>Change the password of %1.</source>
        <translation>Changer le mot de passe de %1.</translation>
    </message>
</context>
<context>
    <name>ChangeRequests</name>
    <message>
        <source>Re-export</source>
        <translation>Réexportation</translation>
    </message>
    <message>
        <source>Re-transfer within the importing State</source>
        <translation>Retransfert dans l’État importateur</translation>
    </message>
    <message>
        <source>Change of end user</source>
        <translation>Changement d’utilisateur final</translation>
    </message>
    <message>
        <source>Change of end use</source>
        <translation>Changement d’utilisation finale</translation>
    </message>
    <message>
        <source>Change of location</source>
        <translation>Changement de lieu</translation>
    </message>
    <message>
        <source>The importing State&apos;s authority</source>
        <translation>L’autorité de l’État importateur</translation>
    </message>
    <message>
        <source>The end user</source>
        <translation>L’utilisateur final</translation>
    </message>
    <message>
        <source>The exporter</source>
        <translation>L’exportateur</translation>
    </message>
    <message>
        <source>Awaiting decision</source>
        <translation>En attente de décision</translation>
    </message>
    <message>
        <source>Consented</source>
        <translation>Consentie</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusée</translation>
    </message>
</context>
<context>
    <name>ChangeRequestsDialog</name>
    <message>
        <source>Change requests: %1</source>
        <extracomment>A request was recorded or decided: the case view shows the case again.</extracomment>
        <translation>Demandes de modification&#xa0;: %1</translation>
    </message>
    <message>
        <source>Requests to re-export, re-transfer, or change the end user, end use or location of what a licence covers. An officer records each request; the deciding authority consents or refuses it, as for a decision.</source>
        <translation>Demandes de réexportation, de retransfert ou de changement d’utilisateur final, d’utilisation finale ou de lieu pour ce que couvre une licence. Un agent enregistre chaque demande&#xa0;; l’autorité décisionnaire y consent ou la refuse, comme pour une décision.</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>Demandée par</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçue le</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Proposé</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>&amp;Record request…</source>
        <translation>&amp;Enregistrer une demande…</translation>
    </message>
    <message>
        <source>&amp;Decide…</source>
        <translation>&amp;Décider…</translation>
    </message>
    <message>
        <source>Consent &amp;letter…</source>
        <translation>&amp;Lettre de consentement…</translation>
    </message>
    <message>
        <source>Save the consent letter of the selected request</source>
        <translation>Enregistrer la lettre de consentement de la demande sélectionnée</translation>
    </message>
    <message>
        <source>A licensing officer or the focal point records requests on a valid licence.</source>
        <translation>Un agent instructeur ou le point focal enregistre les demandes portant sur une licence valide.</translation>
    </message>
    <message>
        <source>Choose a request awaiting a decision.</source>
        <translation>Choisissez une demande en attente de décision.</translation>
    </message>
    <message>
        <source>Items: %1</source>
        <translation>Biens&#xa0;: %1</translation>
    </message>
    <message>
        <source>Justification: %1</source>
        <translation>Justification&#xa0;: %1</translation>
    </message>
    <message>
        <source>Documents: %1</source>
        <translation>Documents&#xa0;: %1</translation>
    </message>
    <message>
        <source>Recorded by %1 on %2</source>
        <translation>Enregistrée par %1 le %2</translation>
    </message>
    <message>
        <source>Article 6 prohibits a consent: %1</source>
        <translation>L’article 6 interdit de consentir&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 by %2 on %3: %4</source>
        <translation>%1 par %2 le %3&#xa0;: %4</translation>
    </message>
    <message>
        <source>Conditions: %1</source>
        <translation>Conditions&#xa0;: %1</translation>
    </message>
    <message>
        <source>Save the consent letter</source>
        <translation>Enregistrer la lettre de consentement</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Enregistré dans %1</translation>
    </message>
    <message>
        <source>Writing the consent letter…</source>
        <translation>Rédaction de la lettre de consentement…</translation>
    </message>
</context>
<context>
    <name>CommitteeIntegration</name>
    <message>
        <source>Committee</source>
        <extracomment>Open this case (from My work). Open a year&apos;s annual report submission (a report&apos;s item in My work). A committee step changed this case: show it again and refresh the register.</extracomment>
        <translation>Commission</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>Timeline (%1)</source>
        <translation>Chronologie (%1)</translation>
    </message>
    <message>
        <source>Co&amp;mmittee</source>
        <translation>Co&amp;mmission</translation>
    </message>
    <message>
        <source>&amp;My work</source>
        <translation>&amp;Mes tâches</translation>
    </message>
    <message>
        <source>The cases waiting for you (Ctrl+Shift+M)</source>
        <translation>Les dossiers qui vous attendent (Ctrl+Shift+M)</translation>
    </message>
    <message>
        <source>Committee &amp;sessions…</source>
        <translation>&amp;Séances de la commission…</translation>
    </message>
</context>
<context>
    <name>CommitteeSessionWindow</name>
    <message>
        <source>Committee sessions</source>
        <extracomment>A case&apos;s committee record changed (an outcome): the window may refresh it.</extracomment>
        <translation>Séances de la commission</translation>
    </message>
    <message>
        <source>e.g. Monthly inter-agency committee</source>
        <extracomment>The database and the person acting, read at each service call.</extracomment>
        <translation>p. ex. Commission interministérielle mensuelle</translation>
    </message>
    <message>
        <source>&amp;Open a sitting</source>
        <translation>&amp;Ouvrir une séance</translation>
    </message>
    <message>
        <source>Every case now in committee goes on its agenda</source>
        <translation>Tous les dossiers actuellement en commission sont inscrits à son ordre du jour</translation>
    </message>
    <message>
        <source>New sitting</source>
        <translation>Nouvelle séance</translation>
    </message>
    <message>
        <source>&amp;Held on:</source>
        <translation>&amp;Tenue le&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>T&amp;itre&#xa0;:</translation>
    </message>
    <message>
        <source>Sittings:</source>
        <translation>Séances&#xa0;:</translation>
    </message>
    <message>
        <source>Record &amp;attendance</source>
        <translation>Enregistrer les &amp;présences</translation>
    </message>
    <message>
        <source>Present at the table</source>
        <translation>Présents en séance</translation>
    </message>
    <message>
        <source>What the table concluded, e.g. &apos;Recommend approval with end-use check&apos;</source>
        <translation>Ce que la séance a conclu, p. ex. «&#xa0;Avis favorable avec contrôle de l’utilisation finale&#xa0;»</translation>
    </message>
    <message>
        <source>Record o&amp;utcome</source>
        <translation>Enregistrer l’iss&amp;ue</translation>
    </message>
    <message>
        <source>← &amp;Previous case</source>
        <translation>← Dossier pré&amp;cédent</translation>
    </message>
    <message>
        <source>&amp;Next case →</source>
        <translation>Dossier &amp;suivant →</translation>
    </message>
    <message>
        <source>&amp;Close the sitting</source>
        <translation>C&amp;lore la séance</translation>
    </message>
    <message>
        <source>Close this sitting? Its attendance and outcomes can no longer be changed afterwards.</source>
        <translation>Clore cette séance&#xa0;? Ses présences et ses issues ne pourront plus être modifiées ensuite.</translation>
    </message>
    <message>
        <source>&amp;Yes, close it</source>
        <translation>Oui, la clo&amp;re</translation>
    </message>
    <message>
        <source>&amp;Keep it open</source>
        <translation>La laisser ou&amp;verte</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Ordre du jour</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ouverte</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>close</translation>
    </message>
    <message>
        <source>No case on the agenda.</source>
        <translation>Aucun dossier à l’ordre du jour.</translation>
    </message>
    <message>
        <source>Case %1 of %2: %3</source>
        <translation>Dossier %1 sur %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 of %2 agencies answered (quorum %3).</source>
        <translation>Réponses reçues&#xa0;: %1 sur %2 organismes (quorum %3).</translation>
    </message>
    <message>
        <source>Not yet answered: %1</source>
        <translation>Pas encore répondu&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>CommitteeVocabulary</name>
    <message>
        <source>Approve</source>
        <translation>Approuver</translation>
    </message>
    <message>
        <source>Approve with conditions</source>
        <translation>Approuver sous conditions</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <source>Abstain</source>
        <translation>S’abstenir</translation>
    </message>
    <message>
        <source>Assigned to you</source>
        <translation>Vous a été attribué</translation>
    </message>
    <message>
        <source>Your agency&apos;s opinion is awaited</source>
        <translation>L’avis de votre organisme est attendu</translation>
    </message>
    <message>
        <source>Ready for your decision</source>
        <translation>Prêt pour votre décision</translation>
    </message>
    <message>
        <source>You were mentioned</source>
        <translation>Vous avez été mentionné</translation>
    </message>
    <message>
        <source>An opinion is overdue</source>
        <translation>Un avis est en retard</translation>
    </message>
    <message>
        <source>Licence follow-up overdue</source>
        <translation>Suivi de licence en retard</translation>
    </message>
    <message>
        <source>Change request awaits a decision</source>
        <translation>Demande de modification en attente de décision</translation>
    </message>
    <message>
        <source>Your advice on gender-based violence is asked</source>
        <translation>Votre avis sur la violence fondée sur le sexe est demandé</translation>
    </message>
    <message>
        <source>Licence to reassess (Article 7(7))</source>
        <translation>Licence à réévaluer (article 7(7))</translation>
    </message>
    <message>
        <source>Handed over to you</source>
        <translation>Vous a été transmis</translation>
    </message>
    <message>
        <source>A report awaits your sign-off</source>
        <translation>Un rapport attend votre validation</translation>
    </message>
    <message>
        <source>Annual report %1</source>
        <translation>Rapport annuel %1</translation>
    </message>
    <message>
        <source>licence %1, incident %2</source>
        <translation>licence %1, incident %2</translation>
    </message>
    <message>
        <source>%1, licence %2</source>
        <translation>%1, licence %2</translation>
    </message>
    <message>
        <source>opinion of %1</source>
        <translation>avis de %1</translation>
    </message>
    <message>
        <source>(urgent)</source>
        <translation>(urgent)</translation>
    </message>
    <message>
        <source>approval for submission</source>
        <translation>approbation pour soumission</translation>
    </message>
    <message>
        <source>contribution of %1</source>
        <translation>contribution de %1</translation>
    </message>
</context>
<context>
    <name>ConclusionPage</name>
    <message>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <source>Before mitigation</source>
        <translation>Avant atténuation</translation>
    </message>
    <message>
        <source>After mitigation</source>
        <translation>Après atténuation</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Explication</translation>
    </message>
    <message>
        <source>Computed by the application from your findings: if, after mitigation, an overriding risk remains on any criterion, the State shall not authorise (Article 7(3)). Change a finding on its page to change this conclusion.</source>
        <translation>Calculé par l’application à partir de vos constats&#xa0;: si, après atténuation, un risque prépondérant subsiste pour un critère, l’État ne doit pas autoriser (article 7(3)). Modifiez un constat sur sa page pour changer cette conclusion.</translation>
    </message>
    <message>
        <source>Recommendation: %1</source>
        <translation>Recommandation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Grounds:</source>
        <translation>Motifs&#xa0;:</translation>
    </message>
    <message>
        <source>%1 answer(s) are still missing before this assessment can be completed. They are listed under the steps: click one to go to its question.</source>
        <translation>%1 réponse(s) manquent encore pour pouvoir terminer cette évaluation. Elles sont listées sous les étapes&#xa0;: cliquez sur l’une d’elles pour accéder à sa question.</translation>
    </message>
    <message>
        <source>Conditions the assessment requires:</source>
        <translation>Conditions exigées par l’évaluation&#xa0;:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notes&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ConditionsEditor</name>
    <message>
        <source>Condition</source>
        <extracomment>The decider&apos;s own additions, after the proposed groups. The text as proposed: a row the decider has not edited can be withdrawn by a new proposal.</extracomment>
        <translation>Condition</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Another condition of your own</source>
        <translation>Une autre condition de votre choix</translation>
    </message>
    <message>
        <source>Add condition</source>
        <translation>Ajouter une condition</translation>
    </message>
    <message>
        <source>Asked for by the committee</source>
        <translation>Demandées par la commission</translation>
    </message>
    <message>
        <source>Mitigation measures the assessment&apos;s findings relied on</source>
        <translation>Mesures d’atténuation sur lesquelles reposent les constats de l’évaluation</translation>
    </message>
    <message>
        <source>Required by the assessment (cannot be removed)</source>
        <translation>Exigées par l’évaluation (ne peuvent pas être retirées)</translation>
    </message>
    <message>
        <source>The authority&apos;s standard provisos</source>
        <translation>Clauses types de l’autorité</translation>
    </message>
    <message>
        <source>Added by the decider</source>
        <translation>Ajoutées par le décideur</translation>
    </message>
    <message>
        <source>Relied on for %1</source>
        <translation>Retenue pour %1</translation>
    </message>
</context>
<context>
    <name>ConsistencyPanel</name>
    <message>
        <source>Consistency: like cases</source>
        <extracomment>The officer asked to record a denial notified by another State.</extracomment>
        <translation>Cohérence&#xa0;: cas similaires</translation>
    </message>
    <message>
        <source>Record a denial from another State…</source>
        <translation>Enregistrer un refus d’un autre État…</translation>
    </message>
    <message>
        <source>Denials notified by other States are matched against this case&apos;s parties.</source>
        <translation>Les refus notifiés par d’autres États sont rapprochés des parties de ce dossier.</translation>
    </message>
    <message>
        <source>authorised</source>
        <translation>autorisé</translation>
    </message>
    <message>
        <source>denied</source>
        <translation>refusé</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>Non disponible</translation>
    </message>
    <message>
        <source>Same destination</source>
        <translation>Même destination</translation>
    </message>
    <message>
        <source>Same end user</source>
        <translation>Même utilisateur final</translation>
    </message>
    <message>
        <source>Same category</source>
        <translation>Même catégorie</translation>
    </message>
    <message>
        <source>No earlier decision</source>
        <translation>Aucune décision antérieure</translation>
    </message>
    <message>
        <source>Denial notices matching the parties (%1)</source>
        <translation>Refus notifiés visant les parties (%1)</translation>
    </message>
    <message>
        <source>exact name</source>
        <translation>nom exact</translation>
    </message>
    <message>
        <source>similar name</source>
        <translation>nom similaire</translation>
    </message>
    <message>
        <source>%1: %2 (%3) ~ %4, denied by %5 on %6</source>
        <translation>%1&#xa0;: %2 (%3) ~ %4, refusé par %5 le %6</translation>
    </message>
    <message>
        <source>this authority</source>
        <translation>cette autorité</translation>
    </message>
    <message>
        <source>No matching denial notice</source>
        <translation>Aucun refus notifié correspondant</translation>
    </message>
    <message>
        <source>Diversion and breach incidents (%1)</source>
        <translation>Incidents de détournement et de manquement (%1)</translation>
    </message>
    <message>
        <source>No incident with these parties or destination</source>
        <translation>Aucun incident pour ces parties ou destination</translation>
    </message>
</context>
<context>
    <name>Consultation</name>
    <message>
        <source>%1 cases</source>
        <translation>Dossiers (%1)</translation>
    </message>
    <message>
        <source>Any case</source>
        <translation>Tout dossier</translation>
    </message>
    <message>
        <source>in category %1</source>
        <translation>de catégorie %1</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>vers %1</translation>
    </message>
    <message>
        <source>with transit or trans-shipment States</source>
        <translation>avec des États de transit ou de transbordement</translation>
    </message>
    <message>
        <source>with a serious GBV finding (Art. 7(4))</source>
        <translation>avec un constat de VFS grave (art. 7(4))</translation>
    </message>
    <message>
        <source>with an Article 6 concern</source>
        <translation>avec un problème au titre de l’article 6</translation>
    </message>
    <message>
        <source>with the risk %1 at %2 or above</source>
        <translation>avec le risque %1 au niveau «&#xa0;%2&#xa0;» ou plus</translation>
    </message>
    <message>
        <source>Mandate: %1</source>
        <translation>Mandat&#xa0;: %1</translation>
    </message>
    <message>
        <source>No mandate recorded yet.</source>
        <translation>Aucun mandat enregistré pour l’instant.</translation>
    </message>
    <message>
        <source>Contact: %1</source>
        <translation>Contact&#xa0;: %1</translation>
    </message>
    <message>
        <source>Answers: %1</source>
        <translation>Répond à&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Pas encore</translation>
    </message>
    <message>
        <source>Overdue: was due %1</source>
        <translation>En retard&#xa0;: attendu le %1</translation>
    </message>
    <message>
        <source>Not yet, due %1</source>
        <translation>Pas encore, attendu le %1</translation>
    </message>
    <message>
        <source>(urgent)</source>
        <translation>(urgent)</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <source>Required by the rules</source>
        <translation>Requis par les règles</translation>
    </message>
    <message>
        <source>Reason for departing</source>
        <translation>Motif de l’écart</translation>
    </message>
    <message>
        <source>&amp;Urgent: shorter due date</source>
        <translation>&amp;Urgent&#xa0;: délai raccourci</translation>
    </message>
    <message>
        <source>Why is the case urgent?</source>
        <translation>Pourquoi le dossier est-il urgent&#xa0;?</translation>
    </message>
    <message>
        <source>Not required</source>
        <translation>Non requis</translation>
    </message>
    <message>
        <source>Why is it not consulted?</source>
        <translation>Pourquoi n’est-il pas consulté&#xa0;?</translation>
    </message>
    <message>
        <source>Why is it consulted?</source>
        <translation>Pourquoi est-il consulté&#xa0;?</translation>
    </message>
    <message>
        <source>Opinions will be due by %1 (%2 working days).</source>
        <translation>Avis attendus au plus tard le %1 (jours ouvrés&#xa0;: %2).</translation>
    </message>
</context>
<context>
    <name>ConsultationPanel</name>
    <message>
        <source>Record the answer</source>
        <extracomment>Asks &quot;record this answer? it cannot be changed&quot;: True to go ahead.</extracomment>
        <translation>Enregistrer la réponse</translation>
    </message>
    <message>
        <source>Organisation or expert</source>
        <translation>Organisation ou expert</translation>
    </message>
    <message>
        <source>Your answer as gender adviser</source>
        <extracomment>An answer was recorded: the case view shows the case again (its history changed). Asked before an answer is recorded (tests replace it).</extracomment>
        <translation>Votre réponse en tant que conseiller genre</translation>
    </message>
    <message>
        <source>Add an organisation or e&amp;xpert consulted</source>
        <translation>Ajouter une organisation ou un e&amp;xpert consulté</translation>
    </message>
    <message>
        <source>&amp;Record the answer…</source>
        <translation>&amp;Enregistrer la réponse…</translation>
    </message>
    <message>
        <source>&amp;Answer</source>
        <translation>&amp;Réponse</translation>
    </message>
    <message>
        <source>Answered on</source>
        <translation>Répondu le</translation>
    </message>
    <message>
        <source>Consulted</source>
        <translation>Consultés</translation>
    </message>
    <message>
        <source>GBV consultation</source>
        <translation>Consultation VFS</translation>
    </message>
    <message>
        <source>The gender adviser has not been asked about this case. The officer asks from the assessment&apos;s Article 7(4) page once GBV steps 1 and 2 are yes.</source>
        <translation>Le conseiller genre n’a pas été consulté sur ce dossier. L’agent le consulte depuis la page Article 7(4) de l’évaluation dès que les étapes VFS 1 et 2 sont à oui.</translation>
    </message>
    <message>
        <source>GBV consultation (%1)</source>
        <translation>Consultation VFS (%1)</translation>
    </message>
    <message>
        <source>Record this answer for %1? An answer is part of the record and cannot be changed.</source>
        <translation>Enregistrer cette réponse pour %1&#xa0;? Une réponse fait partie du dossier et ne peut pas être modifiée.</translation>
    </message>
</context>
<context>
    <name>CountryCombo</name>
    <message>
        <source>Type to search…</source>
        <extracomment>Item data: the ISO 3166-1 alpha-2 code. Item data: every spelling the completer matches against (local name, English name, codes).</extracomment>
        <translation>Tapez pour rechercher…</translation>
    </message>
</context>
<context>
    <name>CountryListEditor</name>
    <message>
        <source>&amp;Add State</source>
        <translation>&amp;Ajouter l’État</translation>
    </message>
    <message>
        <source>Remo&amp;ve State</source>
        <translation>Reti&amp;rer l’État</translation>
    </message>
    <message>
        <source>Transit States</source>
        <translation>États de transit</translation>
    </message>
    <message>
        <source>choose a country from the list</source>
        <translation>choisissez un pays dans la liste</translation>
    </message>
    <message>
        <source>%1 is already in the list</source>
        <translation>%1 est déjà dans la liste</translation>
    </message>
    <message>
        <source>press Add State to include &apos;%1&apos;, or clear the box</source>
        <translation>appuyez sur Ajouter l’État pour inclure «&#xa0;%1&#xa0;», ou videz le champ</translation>
    </message>
</context>
<context>
    <name>CustomsImportDialog</name>
    <message>
        <source>Import shipments from a customs file</source>
        <translation>Importer des expéditions depuis un fichier douanier</translation>
    </message>
    <message>
        <source>C&amp;hoose file…</source>
        <translation>C&amp;hoisir un fichier…</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne fichier</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne licence</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Customs reference</source>
        <translation>Référence douanière</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Close</source>
        <extracomment>Reading or importing the file runs on a worker thread; this shows it is under way.</extracomment>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>Rows understood:</source>
        <translation>Lignes comprises&#xa0;:</translation>
    </message>
    <message>
        <source>Errors (nothing is imported until they are fixed):</source>
        <translation>Erreurs (rien n’est importé tant qu’elles ne sont pas corrigées)&#xa0;:</translation>
    </message>
    <message>
        <source>Warnings (recorded with each shipment):</source>
        <translation>Avertissements (enregistrés avec chaque expédition)&#xa0;:</translation>
    </message>
    <message>
        <source>Customs file</source>
        <translation>Fichier douanier</translation>
    </message>
    <message>
        <source>Customs exports (*.csv *.xlsx);;All files (*)</source>
        <translation>Extractions douanières (*.csv *.xlsx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message numerus="yes">
        <source>%n shipment(s) ready to import.</source>
        <translation>
            <numerusform>%n expédition prête à importer.</numerusform>
            <numerusform>%n expéditions prêtes à importer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s).</source>
        <translation>
            <numerusform>%n avertissement.</numerusform>
            <numerusform>%n avertissements.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s): correct the file and choose it again.</source>
        <translation>
            <numerusform>%n erreur&#xa0;: corrigez le fichier et choisissez-le à nouveau.</numerusform>
            <numerusform>%n erreurs&#xa0;: corrigez le fichier et choisissez-le à nouveau.</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importation de %1…</translation>
    </message>
    <message numerus="yes">
        <source>%n shipment(s) imported.</source>
        <translation>
            <numerusform>%n expédition importée.</numerusform>
            <numerusform>%n expéditions importées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DatabaseDialog</name>
    <message>
        <source>Choose the database</source>
        <extracomment>Answers &quot;which file?&quot; (the window passes its prompter&apos;s open_file); None = cancelled. Checks a target and returns what opening it would do; raises DatabaseError.</extracomment>
        <translation>Choisir la base de données</translation>
    </message>
    <message>
        <source>A database &amp;file on this computer</source>
        <translation>Un &amp;fichier de base de données sur cet ordinateur</translation>
    </message>
    <message>
        <source>A shared &amp;PostgreSQL server</source>
        <translation>Un serveur &amp;PostgreSQL partagé</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>e.g. att-desktop.sqlite3</source>
        <extracomment>Busy while the connection is tried (on a worker thread: a server may be slow).</extracomment>
        <translation>p. ex. att-desktop.sqlite3</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>Fi&amp;chier&#xa0;:</translation>
    </message>
    <message>
        <source>server name or address</source>
        <translation>nom ou adresse du serveur</translation>
    </message>
    <message>
        <source>leave empty to use your password file</source>
        <translation>laisser vide pour utiliser votre fichier de mots de passe</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Hôte&#xa0;:</translation>
    </message>
    <message>
        <source>Po&amp;rt:</source>
        <translation>P&amp;ort&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Encryption (SSL):</source>
        <translation>Chiffrement (SS&amp;L)&#xa0;:</translation>
    </message>
    <message>
        <source>The password is used for this session only and is never saved. The database must exist and be empty the first time; ATT Desktop sets it up.</source>
        <translation>Le mot de passe n’est utilisé que pour cette session et n’est jamais enregistré. La base de données doit exister et être vide la première fois&#xa0;; ATT Desktop la configure.</translation>
    </message>
    <message>
        <source>Enter or choose the database file.</source>
        <translation>Saisissez ou choisissez le fichier de la base de données.</translation>
    </message>
    <message>
        <source>Enter the server&apos;s name or address.</source>
        <translation>Saisissez le nom ou l’adresse du serveur.</translation>
    </message>
    <message>
        <source>Enter the name of the database on the server.</source>
        <translation>Saisissez le nom de la base de données sur le serveur.</translation>
    </message>
    <message>
        <source>Trying %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
</context>
<context>
    <name>DeactivationDialog</name>
    <message>
        <source>Deactivate %1: hand over their work</source>
        <extracomment>The account was deactivated (its user id).</extracomment>
        <translation>Désactiver %1&#xa0;: transmettre son travail</translation>
    </message>
    <message>
        <source>%1 still holds the work below. Choose who carries each item on and write what they need to know: the summary is kept in each case&apos;s history and shown in the successors&apos; My work. A case goes to a licensing officer or the deciding authority; an agency&apos;s opinion to a member of the same agency.</source>
        <translation>%1 détient encore le travail ci-dessous. Choisissez qui poursuit chaque élément et écrivez ce qu’il faut savoir&#xa0;: le résumé est conservé dans l’historique de chaque dossier et affiché dans Mes tâches des successeurs. Un dossier va à un agent instructeur ou à l’autorité décisionnaire&#xa0;; l’avis d’un organisme, à un membre du même organisme.</translation>
    </message>
    <message>
        <source>Choose one per case below</source>
        <translation>Choisissez un successeur par dossier ci-dessous</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>What is handed over</source>
        <translation>Ce qui est transmis</translation>
    </message>
    <message>
        <source>Successor</source>
        <translation>Successeur</translation>
    </message>
    <message>
        <source>Successor for &amp;every case:</source>
        <translation>Successeur pour &amp;chaque dossier&#xa0;:</translation>
    </message>
    <message>
        <source>Handover &amp;summary:</source>
        <translation>&amp;Résumé de la passation&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Reason (for the history):</source>
        <translation>&amp;Motif (pour l’historique)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Hand over and deactivate</source>
        <translation>&amp;Transmettre et désactiver</translation>
    </message>
    <message>
        <source>The agency has nobody else who can answer: leave its opinion unanswered and record that in the history</source>
        <translation>L’organisme n’a personne d’autre pour répondre&#xa0;: laisser son avis sans réponse et le consigner dans l’historique</translation>
    </message>
    <message>
        <source>Where each case stands, what is awaited from whom, what to watch for…</source>
        <translation>Où en est chaque dossier, ce qui est attendu et de qui, ce qu’il faut surveiller…</translation>
    </message>
    <message>
        <source>e.g. retired, moved to another ministry</source>
        <translation>p. ex. départ à la retraite, mutation dans un autre ministère</translation>
    </message>
    <message>
        <source>%1 will no longer be able to sign in; hand over and deactivate</source>
        <translation>%1 ne pourra plus se connecter&#xa0;; transmettre et désactiver</translation>
    </message>
    <message>
        <source>Assigned case (%1)</source>
        <translation>Dossier attribué (%1)</translation>
    </message>
    <message>
        <source>As chosen above</source>
        <translation>Comme choisi ci-dessus</translation>
    </message>
    <message>
        <source>Opinion of %1, which only they can still give</source>
        <translation>Avis de %1, que seule cette personne peut encore donner</translation>
    </message>
    <message>
        <source>Nobody of the agency</source>
        <translation>Personne de l’organisme</translation>
    </message>
    <message>
        <source>Write a summary of at least %1 characters and tick the confirmation.</source>
        <translation>Rédigez un résumé d’au moins %1 caractères et cochez la confirmation.</translation>
    </message>
</context>
<context>
    <name>DecideDialog</name>
    <message>
        <source>Decide %1</source>
        <translation>Décision sur %1</translation>
    </message>
    <message>
        <source>Decision &amp;date:</source>
        <translation>&amp;Date de la décision&#xa0;:</translation>
    </message>
    <message>
        <source>See the messages above.</source>
        <translation>Voir les messages ci-dessus.</translation>
    </message>
    <message>
        <source>The decision was not recorded.</source>
        <translation>La décision n’a pas été enregistrée.</translation>
    </message>
</context>
<context>
    <name>DecideRequestDialog</name>
    <message>
        <source>Decide: %1 on licence %2</source>
        <translation>Décision&#xa0;: %1 sur la licence %2</translation>
    </message>
    <message>
        <source>%1, asked by %2 on %3. Justification: %4</source>
        <translation>%1, demandée par %2 le %3. Justification&#xa0;: %4</translation>
    </message>
    <message>
        <source>Article 6 prohibits a consent: %1</source>
        <translation>L’article 6 interdit de consentir&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Consent</source>
        <translation>&amp;Consentir</translation>
    </message>
    <message>
        <source>&amp;Refuse</source>
        <translation>&amp;Refuser</translation>
    </message>
    <message>
        <source>One condition per line (consent only)</source>
        <translation>Une condition par ligne (consentement seulement)</translation>
    </message>
    <message>
        <source>I have checked the request; the decision is signed and cannot be undone</source>
        <translation>J’ai vérifié la demande&#xa0;; la décision est signée et ne peut pas être annulée</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>Décision&#xa0;:</translation>
    </message>
    <message>
        <source>Rea&amp;soning:</source>
        <translation>&amp;Motivation&#xa0;:</translation>
    </message>
    <message>
        <source>Co&amp;nditions:</source>
        <translation>Co&amp;nditions&#xa0;:</translation>
    </message>
    <message>
        <source>Record &amp;decision</source>
        <translation>Enregistrer la &amp;décision</translation>
    </message>
</context>
<context>
    <name>DecisionForm</name>
    <message>
        <source>The reasoning for the decision, as it will appear in the record</source>
        <extracomment>Grounds a decider may cite for a denial the engine did not ground itself. The start the service suggested, while the decider has not changed it. The rows of the lines table behind ``licence_terms().lines``, for the service&apos;s errors (&quot;licence.lines[1].quantity&quot;) to find their row. The decision date&apos;s problems (in the future, before receipt), from the form&apos;s own check or the service&apos;s refusal (field ``decided_on``).</extracomment>
        <translation>La motivation de la décision, telle qu’elle figurera au dossier</translation>
    </message>
    <message>
        <source>Reasons for departing from the &amp;majority</source>
        <translation>Motifs pour s’écarter de la &amp;majorité</translation>
    </message>
    <message>
        <source>Required when the decision goes against the committee&apos;s majority</source>
        <translation>Obligatoire lorsque la décision va contre la majorité de la commission</translation>
    </message>
    <message>
        <source>&amp;Reasoning</source>
        <translation>Moti&amp;vation</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>&amp;Authorise: issue a licence</source>
        <translation>&amp;Autoriser&#xa0;: délivrer une licence</translation>
    </message>
    <message>
        <source>De&amp;ny</source>
        <translation>&amp;Refuser</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Applied for</source>
        <translation>Demandé</translation>
    </message>
    <message>
        <source>Quantity authorised</source>
        <translation>Quantité autorisée</translation>
    </message>
    <message>
        <source>Value authorised</source>
        <translation>Valeur autorisée</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Authorise up to what was applied for; 0 leaves a line off the licence.</source>
        <translation>Autorisez au plus ce qui a été demandé&#xa0;; 0 exclut une ligne de la licence.</translation>
    </message>
    <message>
        <source>Untick a condition to leave it off, double-click to edit it, or add your own. Every ticked condition is printed on the licence.</source>
        <translation>Décochez une condition pour l’exclure, double-cliquez pour la modifier, ou ajoutez les vôtres. Toute condition cochée est imprimée sur la licence.</translation>
    </message>
    <message>
        <source>until</source>
        <translation>jusqu’au</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Valide du</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <source>Grounds for denial</source>
        <translation>Motifs du refus</translation>
    </message>
    <message>
        <source>The grounds found by the assessment are always cited. You may deny an authorisable case for reasons of your own: then cite the ground below.</source>
        <translation>Les motifs constatés par l’évaluation sont toujours cités. Vous pouvez refuser un dossier autorisable pour vos propres raisons&#xa0;: citez alors le motif ci-dessous.</translation>
    </message>
    <message>
        <source>(only the grounds the assessment found)</source>
        <translation>(seulement les motifs constatés par l’évaluation)</translation>
    </message>
    <message>
        <source>Why this ground applies</source>
        <translation>Pourquoi ce motif s’applique</translation>
    </message>
    <message>
        <source>Criteria the denial rests on (%1)</source>
        <translation>Critères sur lesquels repose le refus (%1)</translation>
    </message>
    <message>
        <source>At most %1</source>
        <translation>Au plus %1</translation>
    </message>
    <message>
        <source>The authority allows a licence at most %1 years: here until %2.</source>
        <translation>L’autorité autorise une licence de %1 an(s) au plus&#xa0;: ici jusqu’au %2.</translation>
    </message>
    <message>
        <source>It cannot start before the decision date, %1.</source>
        <translation>Elle ne peut pas commencer avant la date de la décision, le %1.</translation>
    </message>
    <message>
        <source>Authorisation is not possible: Article 6 prohibits the transfer. The only decision is a denial citing the paragraph; no mitigation can change this.</source>
        <translation>Autorisation impossible&#xa0;: l’article 6 interdit le transfert. La seule décision possible est un refus citant le paragraphe&#xa0;; aucune atténuation ne peut changer cela.</translation>
    </message>
    <message>
        <source>Authorisation is not possible: after mitigation an overriding risk remains (Article 7(3)). The State shall not authorise.</source>
        <translation>Autorisation impossible&#xa0;: après atténuation, un risque prépondérant subsiste (article 7(3)). L’État ne doit pas autoriser.</translation>
    </message>
    <message>
        <source>Choose whether to authorise or deny.</source>
        <translation>Choisissez d’autoriser ou de refuser.</translation>
    </message>
    <message>
        <source>Give the reasoning for the decision.</source>
        <translation>Indiquez la motivation de la décision.</translation>
    </message>
    <message>
        <source>Tick at least one criterion the denial rests on.</source>
        <translation>Cochez au moins un critère sur lequel repose le refus.</translation>
    </message>
    <message>
        <source>The end is before the start.</source>
        <translation>La fin est antérieure au début.</translation>
    </message>
    <message>
        <source>At most %1 years: until %2 at the latest.</source>
        <translation>%1 an(s) au plus&#xa0;: jusqu’au %2 au plus tard.</translation>
    </message>
    <message>
        <source>A licence cannot start before the decision date.</source>
        <translation>Une licence ne peut pas commencer avant la date de la décision.</translation>
    </message>
    <message>
        <source>The decision date cannot lie in the future.</source>
        <translation>La date de la décision ne peut pas être dans le futur.</translation>
    </message>
    <message>
        <source>The decision date cannot be before the application was received (%1).</source>
        <translation>La date de la décision ne peut pas être antérieure à la réception de la demande (%1).</translation>
    </message>
    <message>
        <source>not a quantity</source>
        <translation>pas une quantité</translation>
    </message>
    <message>
        <source>more than the %1 applied for</source>
        <translation>plus que les %1 demandés</translation>
    </message>
    <message>
        <source>not an amount</source>
        <translation>pas un montant</translation>
    </message>
    <message>
        <source>Authorise at least one line.</source>
        <translation>Autorisez au moins une ligne.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Ligne %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>DecisionPage</name>
    <message>
        <source>Record decision</source>
        <translation>Enregistrer la décision</translation>
    </message>
    <message>
        <source>Decision date: %1 (the date of the Article 6 screen; change it on page 1)</source>
        <translation>Date de la décision&#xa0;: %1 (la date du contrôle de l’article 6&#xa0;; modifiez-la à la page 1)</translation>
    </message>
    <message>
        <source>The assessment&apos;s recommendation: %1</source>
        <translation>Recommandation de l’évaluation&#xa0;: %1</translation>
    </message>
    <message>
        <source>An incomplete assessment cannot be decided. Still missing (see the conclusion page):</source>
        <translation>Une évaluation incomplète ne permet pas de décider. Il manque encore (voir la page de conclusion)&#xa0;:</translation>
    </message>
    <message>
        <source>See the messages above.</source>
        <translation>Voir les messages ci-dessus.</translation>
    </message>
    <message>
        <source>Authorised</source>
        <translation>Autorisé</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Decision recorded: %1 on %2 by %3.</source>
        <translation>Décision enregistrée&#xa0;: %1 le %2 par %3.</translation>
    </message>
    <message>
        <source>Licence %1, valid %2 to %3.</source>
        <translation>Licence %1, valide du %2 au %3.</translation>
    </message>
</context>
<context>
    <name>DenialNoticesDialog</name>
    <message>
        <source>Denials notified by other States</source>
        <extracomment>The notice just recorded (a ``DenialNoticeView``): the consistency panel refreshes.</extracomment>
        <translation>Refus notifiés par d’autres États</translation>
    </message>
    <message>
        <source>Record a denial that another State notified (or one your authority issued outside this application). Every new application&apos;s parties are matched against these notices, by exact and by similar names, so that like cases are treated alike (Article 7(1)).</source>
        <translation>Enregistrez un refus notifié par un autre État (ou un refus que votre autorité a prononcé en dehors de cette application). Les parties de chaque nouvelle demande sont rapprochées de ces notifications, par nom exact et par nom similaire, afin que les cas similaires soient traités de la même manière (article 7(1)).</translation>
    </message>
    <message>
        <source>Notices on record:</source>
        <translation>Notifications enregistrées&#xa0;:</translation>
    </message>
    <message>
        <source>New denial notice</source>
        <translation>Nouvelle notification de refus</translation>
    </message>
    <message>
        <source>The notifying State&apos;s reference, if any</source>
        <translation>Référence de l’État notifiant, le cas échéant</translation>
    </message>
    <message>
        <source>Name of the end user, consignee or broker</source>
        <translation>Nom de l’utilisateur final, du destinataire ou du courtier</translation>
    </message>
    <message>
        <source>e.g. assault rifles, ML1</source>
        <translation>p. ex. fusils d’assaut, ML1</translation>
    </message>
    <message>
        <source>e.g. EU Common Position criterion 7; Art. 7(3)</source>
        <translation>p. ex. Position commune de l’UE, critère 7&#xa0;; art. 7(3)</translation>
    </message>
    <message>
        <source>&amp;Notifying State:</source>
        <translation>État &amp;notifiant&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Référence&#xa0;:</translation>
    </message>
    <message>
        <source>Denied &amp;on:</source>
        <translation>Refusé &amp;le&#xa0;:</translation>
    </message>
    <message>
        <source>Denied &amp;party:</source>
        <translation>&amp;Partie visée&#xa0;:</translation>
    </message>
    <message>
        <source>Party&apos;s &amp;country:</source>
        <translation>Pa&amp;ys de la partie&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Items:</source>
        <translation>&amp;Biens&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Grounds:</source>
        <translation>&amp;Motifs&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Record denial notice</source>
        <translation>&amp;Enregistrer la notification</translation>
    </message>
    <message>
        <source>Denied on</source>
        <translation>Refusé le</translation>
    </message>
    <message>
        <source>Notifying State</source>
        <translation>État notifiant</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Denied party</source>
        <translation>Partie visée</translation>
    </message>
    <message>
        <source>Party&apos;s country</source>
        <translation>Pays de la partie</translation>
    </message>
    <message>
        <source>Grounds</source>
        <translation>Motifs</translation>
    </message>
    <message>
        <source>The notice on the form is not recorded yet. Record it, or close again to discard it.</source>
        <translation>La notification du formulaire n’est pas encore enregistrée. Enregistrez-la, ou fermez à nouveau pour l’abandonner.</translation>
    </message>
    <message>
        <source>The notice was not recorded. Please correct:</source>
        <translation>La notification n’a pas été enregistrée. Veuillez corriger&#xa0;:</translation>
    </message>
    <message>
        <source>The notice was not recorded: %1</source>
        <translation>La notification n’a pas été enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Recorded: %1 (%2), denied by %3 on %4.</source>
        <translation>Enregistrée&#xa0;: %1 (%2), refusé par %3 le %4.</translation>
    </message>
    <message>
        <source>This authority</source>
        <translation>Cette autorité</translation>
    </message>
</context>
<context>
    <name>DestinationFiles</name>
    <message>
        <source>Prevalent GBV types and prevention measures</source>
        <translation>Types de VFS répandus et mesures de prévention</translation>
    </message>
    <message>
        <source>Human rights situation</source>
        <translation>Situation des droits de l’homme</translation>
    </message>
    <message>
        <source>IHL situation</source>
        <translation>Situation au regard du DIH</translation>
    </message>
    <message>
        <source>Diversion history</source>
        <translation>Antécédents de détournement</translation>
    </message>
    <message>
        <source>Terrorism and organised crime</source>
        <translation>Terrorisme et criminalité organisée</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>%1 for %2 was last assessed %3, %4 months ago; the authority asks for material under %5 months.</source>
        <translation>Thème «&#xa0;%1&#xa0;» pour %2&#xa0;: évalué le %3, il y a %4 mois&#xa0;; l’autorité demande des éléments de moins de %5 mois.</translation>
    </message>
    <message>
        <source>Destination file, %1: %2 updated (assessed %3)</source>
        <translation>Fiche destination, %1&#xa0;: thème «&#xa0;%2&#xa0;» mis à jour (évalué le %3)</translation>
    </message>
    <message>
        <source>Destination file, %1: %2 recorded (assessed %3)</source>
        <translation>Fiche destination, %1&#xa0;: thème «&#xa0;%2&#xa0;» enregistré (évalué le %3)</translation>
    </message>
</context>
<context>
    <name>DestinationFilesWindow</name>
    <message>
        <source>Destination files</source>
        <translation>Fiches destination</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>&amp;État&#xa0;:</translation>
    </message>
    <message>
        <source>States with a file</source>
        <translation>États ayant une fiche</translation>
    </message>
    <message>
        <source>States with a file:</source>
        <translation>États ayant une fiche&#xa0;:</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Current finding</source>
        <translation>Constat actuel</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>Évalué le</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Enregistré le</translation>
    </message>
    <message>
        <source>Why it was replaced</source>
        <translation>Pourquoi il a été remplacé</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <source>Earlier versions of this topic</source>
        <translation>Versions antérieures de ce thème</translation>
    </message>
    <message>
        <source>&amp;Add or update finding…</source>
        <translation>&amp;Ajouter ou mettre à jour un constat…</translation>
    </message>
    <message>
        <source>Open &amp;reassessment…</source>
        <translation>Ouvrir la &amp;réévaluation…</translation>
    </message>
    <message>
        <source>%1 (%2 topics, newest %3)</source>
        <translation>%1 (%2 thème(s), le plus récent %3)</translation>
    </message>
    <message>
        <source>Choose a State to see its file.</source>
        <translation>Choisissez un État pour voir sa fiche.</translation>
    </message>
    <message>
        <source>Destination file: %1</source>
        <translation>Fiche destination&#xa0;: %1</translation>
    </message>
    <message>
        <source>No finding yet</source>
        <translation>Aucun constat pour l’instant</translation>
    </message>
    <message>
        <source>No finding on this topic yet.</source>
        <translation>Aucun constat sur ce thème pour l’instant.</translation>
    </message>
    <message>
        <source>%1 — assessed %2 by %3</source>
        <translation>%1 — évalué le %2 par %3</translation>
    </message>
    <message>
        <source>Saved. These valid licences concern %1 and are now listed for reassessment (Article 7(7)): %2</source>
        <translation>Enregistré. Ces licences valides concernent %1 et sont désormais listées pour réévaluation (article 7(7))&#xa0;: %2</translation>
    </message>
    <message>
        <source>Saved. No valid licence was put up for reassessment.</source>
        <translation>Enregistré. Aucune licence valide n’a été mise en réévaluation.</translation>
    </message>
</context>
<context>
    <name>DestinationPanel</name>
    <message>
        <source>Destination file: %1</source>
        <translation>Fiche destination&#xa0;: %1</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>&amp;Use destination file on this page</source>
        <translation>&amp;Utiliser la fiche destination sur cette page</translation>
    </message>
    <message>
        <source>Adds the file&apos;s sources to this page&apos;s sources and its findings to the reasoning, marked with their date; nothing you typed is replaced.</source>
        <translation>Ajoute les sources de la fiche aux sources de cette page et ses constats à la motivation, avec leur date&#xa0;; rien de ce que vous avez saisi n’est remplacé.</translation>
    </message>
    <message>
        <source>%1 — assessed %2 by %3</source>
        <translation>%1 — évalué le %2 par %3</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>From the destination file (%1, assessed %2):</source>
        <translation>D’après la fiche destination (%1, évaluée le %2)&#xa0;:</translation>
    </message>
    <message>
        <source>Copied into this page&apos;s answers (%1): review them and make them yours.</source>
        <translation>Copié dans les réponses de cette page (%1)&#xa0;: relisez-les et faites-les vôtres.</translation>
    </message>
    <message>
        <source>This page already has what the file holds.</source>
        <translation>Cette page contient déjà ce que contient la fiche.</translation>
    </message>
</context>
<context>
    <name>DestinationSettingsTab</name>
    <message>
        <source>Each destination State&apos;s file holds standing findings (GBV, human rights, IHL, diversion...) that new assessments start from. A finding older than this is shown with a warning, in the file and beside the assessment, so someone refreshes it.</source>
        <translation>La fiche de chaque État de destination contient des constats permanents (VFS, droits de l’homme, DIH, détournement…) dont partent les nouvelles évaluations. Un constat plus ancien que ce délai est signalé par un avertissement, dans la fiche et à côté de l’évaluation, afin que quelqu’un le mette à jour.</translation>
    </message>
    <message>
        <source> months</source>
        <translation> mois</translation>
    </message>
    <message>
        <source>Destination material needs &amp;refreshing after</source>
        <translation>Les éléments sur les destinations doivent être &amp;actualisés après</translation>
    </message>
</context>
<context>
    <name>DiversionPage</name>
    <message>
        <source>Assess the risk that the items are diverted to unauthorised end users or end uses, stage by stage along the supply chain. The overall diversion risk is the highest stage risk. Red flags, the end-user certificate and post-shipment arrangements are recorded below and reported with the conclusion.</source>
        <translation>Évaluez le risque que les biens soient détournés vers des utilisateurs finaux ou des utilisations finales non autorisés, étape par étape le long de la chaîne d’approvisionnement. Le risque global de détournement est le plus élevé des risques par étape. Les signaux d’alerte, le certificat d’utilisateur final et les dispositions après expédition sont consignés ci-dessous et rapportés avec la conclusion.</translation>
    </message>
    <message>
        <source>Stage: %1</source>
        <translation>Étape&#xa0;: %1</translation>
    </message>
    <message>
        <source>Red flags</source>
        <translation>Signaux d’alerte</translation>
    </message>
    <message>
        <source>Present?</source>
        <translation>Présent&#xa0;?</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>End-user certificate and assurances</source>
        <translation>Certificat d’utilisateur final et assurances</translation>
    </message>
    <message>
        <source>EUC number, issuer, date</source>
        <translation>Numéro, émetteur et date du CUF</translation>
    </message>
    <message>
        <source>End-user certificate received</source>
        <translation>Certificat d’utilisateur final reçu</translation>
    </message>
    <message>
        <source>Certificate authenticated with the issuing authority</source>
        <translation>Certificat authentifié auprès de l’autorité émettrice</translation>
    </message>
    <message>
        <source>Assurance: no re-export without consent</source>
        <translation>Assurance&#xa0;: pas de réexportation sans consentement</translation>
    </message>
    <message>
        <source>Assurance on stockpile security</source>
        <translation>Assurance de sécurité des stocks</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Post-shipment cooperation and verification</source>
        <translation>Coopération et vérification après expédition</translation>
    </message>
    <message>
        <source>Delivery verification certificate agreed</source>
        <translation>Certificat de vérification de livraison convenu</translation>
    </message>
    <message>
        <source>On-site inspection agreed</source>
        <translation>Inspection sur place convenue</translation>
    </message>
    <message>
        <source>Post-shipment cooperation agreed</source>
        <translation>Coopération après expédition convenue</translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <source>Add document to %1</source>
        <translation>Ajouter un document à %1</translation>
    </message>
    <message>
        <source>e.g. End-user certificate signed by the MoD</source>
        <translation>p. ex. Certificat d’utilisateur final signé par le ministère de la Défense</translation>
    </message>
    <message>
        <source>The document&apos;s own number, if any</source>
        <translation>Le numéro propre du document, le cas échéant</translation>
    </message>
    <message>
        <source>Dated</source>
        <translation>Daté</translation>
    </message>
    <message>
        <source>Where the file is kept (optional)</source>
        <translation>Où le fichier est conservé (facultatif)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Nature&#xa0;:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titre&#xa0;:</translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation>Référence&#xa0;:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date&#xa0;:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>Give the document a title.</source>
        <translation>Donnez un titre au document.</translation>
    </message>
    <message>
        <source>Choose the document&apos;s file</source>
        <translation>Choisir le fichier du document</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>EmbargoDataDialog</name>
    <message>
        <source>Embargo reference data</source>
        <extracomment>An update was loaded or the applied sets changed: reassessment lists refresh.</extracomment>
        <translation>Données de référence sur les embargos</translation>
    </message>
    <message>
        <source>The Article 6 screen checks every destination, end user, consignee and transit State against these sets, as at the decision date. UN Security Council embargoes (Article 6(1)) always apply. Regional and other sets (Article 6(2)) apply only if the obligation is your State&apos;s own: tick them to apply them.</source>
        <translation>Le contrôle de l’article 6 vérifie chaque destination, utilisateur final, destinataire et État de transit au regard de ces ensembles, à la date de la décision. Les embargos du Conseil de sécurité de l’ONU (article 6(1)) s’appliquent toujours. Les ensembles régionaux et autres (article 6(2)) ne s’appliquent que si l’obligation est celle de votre État&#xa0;: cochez-les pour les appliquer.</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Appliqué</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Ensemble</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Base juridique</translation>
    </message>
    <message>
        <source>Verified as of</source>
        <translation>Vérifié au</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Entrées</translation>
    </message>
    <message>
        <source>&amp;Apply the ticked sets</source>
        <translation>&amp;Appliquer les ensembles cochés</translation>
    </message>
    <message>
        <source>&amp;Load updated embargo data from a file…</source>
        <translation>&amp;Charger des données d’embargo mises à jour depuis un fichier…</translation>
    </message>
    <message>
        <source>UN Security Council, Chapter VII (Art. 6(1))</source>
        <translation>Conseil de sécurité de l’ONU, Chapitre VII (art. 6(1))</translation>
    </message>
    <message>
        <source>Other international obligation (Art. 6(2))</source>
        <translation>Autre obligation internationale (art. 6(2))</translation>
    </message>
    <message>
        <source>UN embargoes always apply</source>
        <translation>Les embargos de l’ONU s’appliquent toujours</translation>
    </message>
    <message>
        <source>Apply this set</source>
        <translation>Appliquer cet ensemble</translation>
    </message>
    <message>
        <source>loaded update</source>
        <translation>mise à jour chargée</translation>
    </message>
    <message>
        <source>shipped</source>
        <translation>fourni avec l’application</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source&#xa0;: %1</translation>
    </message>
    <message>
        <source>The choice was not saved</source>
        <translation>Le choix n’a pas été enregistré</translation>
    </message>
    <message>
        <source>Applied: %1</source>
        <translation>Appliqués&#xa0;: %1</translation>
    </message>
    <message>
        <source>Load embargo data</source>
        <translation>Charger des données d’embargo</translation>
    </message>
    <message>
        <source>Embargo data (*.json);;All files (*)</source>
        <translation>Données d’embargo (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Nothing was loaded. %1</source>
        <translation>Rien n’a été chargé. %1</translation>
    </message>
    <message>
        <source>The embargo file was not loaded</source>
        <translation>Le fichier d’embargos n’a pas été chargé</translation>
    </message>
    <message>
        <source>Loaded %1, verified as of %2 (was %3): %4 added, %5 changed, %6 removed. Open the Article 7(7) reassessment to see the licences it concerns.</source>
        <translation>%1 chargé, vérifié au %2 (auparavant %3)&#xa0;: ajouts %4, modifications %5, suppressions %6. Ouvrez la réévaluation de l’article 7(7) pour voir les licences concernées.</translation>
    </message>
    <message>
        <source>Load older embargo data</source>
        <translation>Charger des données d’embargo plus anciennes</translation>
    </message>
    <message>
        <source>%1

To load it anyway, say why (for example: corrections to the entries).</source>
        <translation>%1

Pour les charger malgré tout, indiquez pourquoi (par exemple&#xa0;: corrections des entrées).</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <source>Destination file: %1</source>
        <translation>Fiche destination&#xa0;: %1</translation>
    </message>
    <message>
        <source>What the material shows about the State, for the officers who come after</source>
        <translation>Ce que les éléments montrent sur l’État, pour les agents qui suivront</translation>
    </message>
    <message>
        <source>Why the finding changes (a new report, the situation changed)</source>
        <translation>Pourquoi le constat change (un nouveau rapport, la situation a changé)</translation>
    </message>
    <message>
        <source>Put the valid licences concerning this State up for reassessment (Article 7(7))</source>
        <translation>Mettre en réévaluation les licences valides concernant cet État (article 7(7))</translation>
    </message>
    <message>
        <source>&amp;Topic</source>
        <translation>&amp;Thème</translation>
    </message>
    <message>
        <source>&amp;Assessed on</source>
        <translation>Évalué &amp;le</translation>
    </message>
    <message>
        <source>&amp;Finding</source>
        <translation>&amp;Constat</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>&amp;Why it changes</source>
        <translation>&amp;Pourquoi il change</translation>
    </message>
    <message>
        <source>Choose the kind of source for “%1”, or remove the row.</source>
        <translation>Choisissez la nature de la source pour «&#xa0;%1&#xa0;», ou supprimez la ligne.</translation>
    </message>
</context>
<context>
    <name>ErrorSummary</name>
    <message>
        <source>Problems to correct</source>
        <translation>Problèmes à corriger</translation>
    </message>
    <message>
        <source>Not saved yet. Please correct this problem:</source>
        <translation>Pas encore enregistré. Veuillez corriger ce problème&#xa0;:</translation>
    </message>
    <message>
        <source>Not saved yet. Please correct these %1 problems:</source>
        <translation>Pas encore enregistré. Veuillez corriger ces %1 problèmes&#xa0;:</translation>
    </message>
    <message>
        <source>Go to this field</source>
        <translation>Aller à ce champ</translation>
    </message>
</context>
<context>
    <name>EuReportDialog</name>
    <message>
        <source>EU annual report on arms exports</source>
        <translation>Rapport annuel de l&apos;UE sur les exportations d&apos;armements</translation>
    </message>
    <message>
        <source>&amp;Load a criteria set from a file…</source>
        <translation>&amp;Charger un jeu de critères depuis un fichier…</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Aperçu</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>A&amp;nnée</translation>
    </message>
    <message>
        <source>&amp;Currency</source>
        <translation>&amp;Devise</translation>
    </message>
    <message>
        <source>Denial criteria set</source>
        <translation>Jeu de critères de refus</translation>
    </message>
    <message>
        <source>Report lan&amp;guage</source>
        <translation>Lan&amp;gue du rapport</translation>
    </message>
    <message>
        <source>Exports</source>
        <translation>Exportations</translation>
    </message>
    <message>
        <source>Brokering</source>
        <translation>Courtage</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>&amp;Open the record to fix</source>
        <translation>&amp;Ouvrir l&apos;enregistrement à corriger</translation>
    </message>
    <message>
        <source>Allow a &amp;draft despite errors</source>
        <translation>Autoriser un &amp;projet malgré les erreurs</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Exporter en &amp;PDF…</translation>
    </message>
    <message>
        <source>Export &amp;XLSX…</source>
        <translation>Exporter en &amp;XLSX…</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exporter en &amp;CSV…</translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation>Exporter en &amp;JSON…</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>ML category</source>
        <translation>Catégorie ML</translation>
    </message>
    <message>
        <source>Licences issued</source>
        <translation>Licences délivrées</translation>
    </message>
    <message>
        <source>Value of licences</source>
        <translation>Valeur des licences</translation>
    </message>
    <message>
        <source>Actual exports</source>
        <translation>Exportations effectives</translation>
    </message>
    <message>
        <source>Denials</source>
        <translation>Refus</translation>
    </message>
    <message>
        <source>Criteria cited (times)</source>
        <translation>Critères invoqués (nombre de fois)</translation>
    </message>
    <message>
        <source>(none: denials cite only the treaty&apos;s grounds)</source>
        <translation>(aucun : les refus ne citent que les motifs du traité)</translation>
    </message>
    <message>
        <source>Load a denial criteria set</source>
        <translation>Charger un jeu de critères de refus</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>Criteria set %1 loaded.</source>
        <translation>Jeu de critères %1 chargé.</translation>
    </message>
    <message>
        <source>Give the report currency as a 3-letter ISO 4217 code.</source>
        <translation>Indiquez la monnaie du rapport par son code ISO 4217 à 3 lettres.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) to fix before export.</source>
        <translation>
            <numerusform>%n erreur à corriger avant l&apos;export.</numerusform>
            <numerusform>%n erreurs à corriger avant l&apos;export.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready to export.</source>
        <translation>Prêt à exporter.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>sans classement</translation>
    </message>
    <message>
        <source>Export the EU report</source>
        <translation>Exporter le rapport de l&apos;UE</translation>
    </message>
</context>
<context>
    <name>EucChecksPanel</name>
    <message>
        <source>Number</source>
        <extracomment>A check was recorded: the case view shows the case again (its history changed).</extracomment>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Issued by, on</source>
        <translation>Délivré par, le</translation>
    </message>
    <message>
        <source>Contacted (who, how), on</source>
        <translation>Contacté (qui, comment), le</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Enregistré par</translation>
    </message>
    <message>
        <source>Record how the certificate was verified</source>
        <translation>Consigner la vérification du certificat</translation>
    </message>
    <message>
        <source>e.g. Col. Souza, MoD legal office, by telephone</source>
        <translation>p. ex. col. Souza, service juridique du ministère de la Défense, par téléphone</translation>
    </message>
    <message>
        <source>&amp;Record the check</source>
        <translation>&amp;Enregistrer la vérification</translation>
    </message>
    <message>
        <source>Certificate &amp;number</source>
        <translation>&amp;Numéro du certificat</translation>
    </message>
    <message>
        <source>&amp;Issuing authority</source>
        <translation>&amp;Autorité émettrice</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Délivré le</translation>
    </message>
    <message>
        <source>&amp;Contacted (who, how)</source>
        <translation>&amp;Contacté (qui, comment)</translation>
    </message>
    <message>
        <source>Contacted on</source>
        <translation>Contacté le</translation>
    </message>
    <message>
        <source>Res&amp;ult</source>
        <translation>Rés&amp;ultat</translation>
    </message>
    <message>
        <source>End-user certificate</source>
        <translation>Certificat d’utilisateur final</translation>
    </message>
    <message>
        <source>End-user certificate (%1)</source>
        <translation>CUF (%1)</translation>
    </message>
</context>
<context>
    <name>FieldMessages</name>
    <message>
        <source>quantity</source>
        <translation>quantité</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valeur</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a %2</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une %2 valide</translation>
    </message>
    <message>
        <source>use a dot for decimals in the %1, not a comma</source>
        <translation>utilisez un point pour les décimales dans la %1, pas une virgule</translation>
    </message>
</context>
<context>
    <name>FindingEditor</name>
    <message>
        <source>Reasoning: what the information shows</source>
        <translation>Motivation&#xa0;: ce que montrent les informations</translation>
    </message>
    <message>
        <source>Risk before mitigation</source>
        <translation>Risque avant atténuation</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>Motivation</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
</context>
<context>
    <name>FirstAdminForm</name>
    <message>
        <source>Create the administrator</source>
        <translation>Créer l’administrateur</translation>
    </message>
    <message>
        <source>This database has no accounts yet. Create the administrator account: the administrator adds the officers, committee members, deciding authority and focal point, but cannot decide cases.</source>
        <translation>Cette base de données n’a encore aucun compte. Créez le compte administrateur&#xa0;: l’administrateur ajoute les agents instructeurs, les membres de la commission, l’autorité décisionnaire et le point focal, mais ne peut pas décider des dossiers.</translation>
    </message>
    <message>
        <source>Create administrator</source>
        <translation>Créer l’administrateur</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Nom d’utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>Nom &amp;complet&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>&amp;Répéter le mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Enter a user name and the administrator&apos;s full name.</source>
        <translation>Saisissez un nom d’utilisateur et le nom complet de l’administrateur.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Les deux mots de passe ne sont pas identiques.</translation>
    </message>
</context>
<context>
    <name>FollowUpVocabulary</name>
    <message>
        <source>Delivery verification certificate</source>
        <translation>Certificat de vérification de livraison</translation>
    </message>
    <message>
        <source>Verification visit</source>
        <translation>Visite de vérification</translation>
    </message>
    <message>
        <source>End-use assurance</source>
        <translation>Assurance d’utilisation finale</translation>
    </message>
    <message>
        <source>Storage assurance</source>
        <translation>Assurance de stockage</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <source>Fulfilled</source>
        <translation>Remplie</translation>
    </message>
    <message>
        <source>Waived</source>
        <translation>Levée</translation>
    </message>
    <message>
        <source>Satisfactory</source>
        <translation>Satisfaisant</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Préoccupations</translation>
    </message>
    <message>
        <source>BREACH FOUND</source>
        <translation>MANQUEMENT CONSTATÉ</translation>
    </message>
    <message>
        <source>After every shipment under every licence</source>
        <translation>Après chaque expédition au titre de chaque licence</translation>
    </message>
    <message>
        <source>When the licence&apos;s conditions or its assessment call for delivery verification</source>
        <translation>Lorsque les conditions de la licence ou son évaluation exigent une vérification de livraison</translation>
    </message>
    <message>
        <source>Never automatically (added by hand)</source>
        <translation>Jamais automatiquement (ajouté manuellement)</translation>
    </message>
    <message>
        <source>%1 for shipment %2</source>
        <translation>%1 pour l’expédition %2</translation>
    </message>
    <message>
        <source>%1 for the shipment of %2</source>
        <translation>%1 pour l’expédition du %2</translation>
    </message>
    <message>
        <source>Follow-up obligation added</source>
        <extracomment>The history&apos;s actions for obligations, in words.</extracomment>
        <translation>Obligation de suivi ajoutée</translation>
    </message>
    <message>
        <source>Verification visit planned</source>
        <translation>Visite de vérification prévue</translation>
    </message>
    <message>
        <source>Delivery verification certificate received</source>
        <translation>Certificat de vérification de livraison reçu</translation>
    </message>
    <message>
        <source>Verification visit recorded</source>
        <translation>Visite de vérification enregistrée</translation>
    </message>
    <message>
        <source>Assurance checked</source>
        <translation>Assurance vérifiée</translation>
    </message>
    <message>
        <source>Follow-up obligation waived</source>
        <translation>Obligation de suivi levée</translation>
    </message>
    <message>
        <source>Licence %1: %2</source>
        <translation>Licence %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>échéance le %1</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>le %1</translation>
    </message>
</context>
<context>
    <name>FollowUpWindow</name>
    <message>
        <source>Licence follow-up</source>
        <extracomment>Rows per page.</extracomment>
        <translation>Suivi des licences</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Toutes natures</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tout statut</translation>
    </message>
    <message>
        <source>&amp;Overdue only</source>
        <translation>En re&amp;tard seulement</translation>
    </message>
    <message>
        <source>&amp;Due between</source>
        <translation>Éché&amp;ance entre</translation>
    </message>
    <message>
        <source>Part of the licence number</source>
        <translation>Partie du numéro de licence</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Nature&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Statut&#xa0;:</translation>
    </message>
    <message>
        <source>Des&amp;tination:</source>
        <translation>Destinati&amp;on&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Licence:</source>
        <translation>Li&amp;cence&#xa0;:</translation>
    </message>
    <message>
        <source>and</source>
        <translation>et</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>S&amp;uivant</translation>
    </message>
    <message>
        <source>Certificate &amp;rules…</source>
        <translation>Rè&amp;gles des certificats…</translation>
    </message>
    <message>
        <source>When delivery verification certificates are owed, and how soon</source>
        <translation>Quand les certificats de vérification de livraison sont dus, et dans quel délai</translation>
    </message>
    <message>
        <source>All destinations</source>
        <translation>Toutes destinations</translation>
    </message>
    <message>
        <source>No obligation matches these filters.</source>
        <translation>Aucune obligation ne correspond à ces filtres.</translation>
    </message>
    <message>
        <source>%1–%2 of %3 obligations</source>
        <translation>%1–%2 sur %3 obligations</translation>
    </message>
</context>
<context>
    <name>GbvConsultationBox</name>
    <message>
        <source>What should the gender adviser look at? e.g. the prevalence of conflict-related sexual violence by the receiving unit</source>
        <translation>Qu’est-ce que le conseiller genre doit examiner&#xa0;? p. ex. la prévalence des violences sexuelles liées aux conflits dans l’unité destinataire</translation>
    </message>
    <message>
        <source>&amp;Ask the gender adviser</source>
        <translation>&amp;Consulter le conseiller genre</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>Consulter</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Consultation of the gender adviser (Article 7(4))</source>
        <translation>Consultation du conseiller genre (article 7(4))</translation>
    </message>
    <message>
        <source>Steps 1 and 2 are answered yes: serious GBV/VAWC is prevalent in the importing State. The authority asks the gender adviser, who may consult women&apos;s organisations and GBV experts, before the assessment is completed.</source>
        <translation>Les étapes 1 et 2 sont à oui&#xa0;: des VFS/VFE graves sont répandues dans l’État importateur. L’autorité consulte le conseiller genre, qui peut consulter des organisations de femmes et des experts en VFS, avant que l’évaluation soit terminée.</translation>
    </message>
    <message>
        <source>The gender adviser has not been asked yet.</source>
        <translation>Le conseiller genre n’a pas encore été consulté.</translation>
    </message>
    <message>
        <source>Any gender adviser</source>
        <translation>Tout conseiller genre</translation>
    </message>
    <message>
        <source>The gender adviser was not asked</source>
        <translation>Le conseiller genre n’a pas été consulté</translation>
    </message>
</context>
<context>
    <name>GbvFlowchart</name>
    <message>
        <source>Where the case stands: the highlighted step (you are here).</source>
        <extracomment>Fill, border and text colours per status. The legend&apos;s entries, in reading order. Step 4 when the engine found an overriding risk after mitigation: where the case stands. The outcome line under the chart: overriding (red) or not (green).</extracomment>
        <translation>Où en est le dossier&#xa0;: l’étape en surbrillance (vous êtes ici).</translation>
    </message>
    <message>
        <source>Outcome: an overriding risk remains after mitigation (step 4): Article 7(3) forbids authorising.</source>
        <translation>Issue&#xa0;: un risque prépondérant subsiste après atténuation (étape 4)&#xa0;; l’article 7(3) interdit d’autoriser.</translation>
    </message>
    <message>
        <source>Outcome: no overriding risk of serious GBV/VAWC after mitigation.</source>
        <translation>Issue&#xa0;: aucun risque prépondérant de VFS/VFE graves après atténuation.</translation>
    </message>
    <message>
        <source>%1 (you are here)</source>
        <translation>%1 (vous êtes ici)</translation>
    </message>
    <message>
        <source>then 5</source>
        <translation>puis 5</translation>
    </message>
    <message>
        <source>4 last</source>
        <translation>4 enfin</translation>
    </message>
</context>
<context>
    <name>GbvForms</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>Write dates as YYYY-MM-DD, e.g. %1</source>
        <translation>Écrivez les dates au format AAAA-MM-JJ, p. ex. %1</translation>
    </message>
</context>
<context>
    <name>GbvPage</name>
    <message>
        <source>The flowchart numbers its steps 1 to 5 with mitigation last. Under Article 7(1)-(3), however, an overriding risk is determined only after mitigation has been considered (footnote 7 of the flowchart). The steps are therefore taken in the order 1, 2, 3, 5, 4: mitigation (step 5) before the overriding-risk determination (step 4). The numbers stay those of the published flowchart.</source>
        <translation>Le logigramme numérote ses étapes de 1 à 5, l’atténuation en dernier. Or, selon l’article 7(1)-(3), un risque prépondérant n’est déterminé qu’après examen de l’atténuation (note 7 du logigramme). Les étapes sont donc suivies dans l’ordre 1, 2, 3, 5, 4&#xa0;: l’atténuation (étape 5) avant la détermination du risque prépondérant (étape 4). Les numéros restent ceux du logigramme publié.</translation>
    </message>
    <message>
        <source>Step 1 — are there prevalent types of GBV / VAWC in the importing State?</source>
        <translation>Étape 1 — des types de VFS / VFE sont-ils répandus dans l’État importateur&#xa0;?</translation>
    </message>
    <message>
        <source>Separate with semicolons, e.g. conflict-related sexual violence; femicide</source>
        <translation>Séparez par des points-virgules, p. ex. violences sexuelles liées aux conflits&#xa0;; féminicides</translation>
    </message>
    <message>
        <source>Prevalent types</source>
        <translation>Types répandus</translation>
    </message>
    <message>
        <source>Step 2 — are these prevalent violations serious?</source>
        <translation>Étape 2 — ces violations répandues sont-elles graves&#xa0;?</translation>
    </message>
    <message>
        <source>Step 3 — does the importing State take effective preventive action?</source>
        <translation>Étape 3 — l’État importateur mène-t-il une action préventive efficace&#xa0;?</translation>
    </message>
    <message>
        <source>Risk that the items would be used to commit or facilitate the GBV / VAWC identified (before mitigation)</source>
        <translation>Risque que les biens servent à commettre ou à faciliter les VFS / VFE identifiées (avant atténuation)</translation>
    </message>
    <message>
        <source>Record mitigation measures for 7(4)…</source>
        <translation>Consigner les mesures d’atténuation pour le 7(4)…</translation>
    </message>
    <message>
        <source>Step 5 (taken before step 4) — does mitigation reliably reduce the risk?</source>
        <translation>Étape 5 (avant l’étape 4) — l’atténuation réduit-elle le risque de manière fiable&#xa0;?</translation>
    </message>
    <message>
        <source>Measures are recorded on the Article 7(2) mitigation page: tick “7(4) GBV/VAWC” for each measure that addresses this risk.</source>
        <translation>Les mesures sont consignées sur la page Atténuation (article 7(2))&#xa0;: cochez «&#xa0;7(4) VFS/VFE&#xa0;» pour chaque mesure qui traite ce risque.</translation>
    </message>
    <message>
        <source>Mitigation was considered and no measure addresses this risk</source>
        <translation>L’atténuation a été examinée et aucune mesure ne traite ce risque</translation>
    </message>
    <message>
        <source>Explain the overriding-risk determination for the record</source>
        <translation>Expliquez la détermination du risque prépondérant pour le dossier</translation>
    </message>
    <message>
        <source>Step 4 (taken last) — is there an overriding risk after mitigation?</source>
        <translation>Étape 4 (en dernier) — y a-t-il un risque prépondérant après atténuation&#xa0;?</translation>
    </message>
    <message>
        <source>Save the page to see where the case stands.</source>
        <translation>Enregistrez la page pour voir où en est le dossier.</translation>
    </message>
    <message>
        <source>The case stands at step %1: %2</source>
        <translation>Le dossier en est à l’étape %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Flowchart finished. Risk after mitigation: %1.</source>
        <translation>Logigramme terminé. Risque après atténuation&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Evaluation order 1 → 2 → 3 → 5 → 4:</source>
        <translation>Ordre d’évaluation 1 → 2 → 3 → 5 → 4&#xa0;:</translation>
    </message>
</context>
<context>
    <name>GbvStepText</name>
    <message>
        <source>Step 3: the importing State takes effective preventive action, weighed in step 4 (it does not lower the risk by itself).</source>
        <translation>Étape 3&#xa0;: l’État importateur mène une action préventive efficace, prise en compte à l’étape 4 (elle n’abaisse pas le risque à elle seule).</translation>
    </message>
    <message>
        <source>Step 3: the importing State does not take effective preventive action, which weighs towards an overriding risk in step 4.</source>
        <translation>Étape 3&#xa0;: l’État importateur ne mène pas d’action préventive efficace, ce qui pèse en faveur d’un risque prépondérant à l’étape 4.</translation>
    </message>
    <message>
        <source>Not answered yet.</source>
        <translation>Pas encore répondu.</translation>
    </message>
    <message>
        <source>Not reached yet.</source>
        <translation>Pas encore atteinte.</translation>
    </message>
    <message>
        <source>Not needed: the flowchart ended earlier.</source>
        <translation>Sans objet&#xa0;: le logigramme s’est arrêté plus tôt.</translation>
    </message>
    <message>
        <source>Record the risk before mitigation first.</source>
        <translation>Consignez d’abord le risque avant atténuation.</translation>
    </message>
    <message>
        <source>No prevalent GBV/VAWC identified.</source>
        <translation>Aucune VFS/VFE répandue identifiée.</translation>
    </message>
    <message>
        <source>No prevalent GBV/VAWC: no 7(4) risk.</source>
        <translation>Aucune VFS/VFE répandue&#xa0;: pas de risque au titre du 7(4).</translation>
    </message>
    <message>
        <source>The prevalent violations are not serious.</source>
        <translation>Les violations répandues ne sont pas graves.</translation>
    </message>
    <message>
        <source>The prevalent violations are serious.</source>
        <translation>Les violations répandues sont graves.</translation>
    </message>
    <message>
        <source>Article 7(4) concerns serious acts; the prevalent violations are not serious.</source>
        <translation>L’article 7(4) vise des actes graves&#xa0;; les violations répandues ne sont pas graves.</translation>
    </message>
    <message>
        <source>The importing State takes effective preventive action.</source>
        <translation>L’État importateur mène une action préventive efficace.</translation>
    </message>
    <message>
        <source>The importing State does not take effective preventive action.</source>
        <translation>L’État importateur ne mène pas d’action préventive efficace.</translation>
    </message>
    <message>
        <source>No mitigation measure addresses this risk.</source>
        <translation>Aucune mesure d’atténuation ne traite ce risque.</translation>
    </message>
    <message>
        <source>Consider mitigation: link a measure to this risk, or record that none addresses it.</source>
        <translation>Examinez l’atténuation&#xa0;: liez une mesure à ce risque, ou consignez qu’aucune ne le traite.</translation>
    </message>
    <message>
        <source>The flowchart is not finished.</source>
        <translation>Le logigramme n’est pas terminé.</translation>
    </message>
    <message>
        <source>After mitigation an overriding risk remains (Article 7(4), 7(3)).</source>
        <translation>Après atténuation, un risque prépondérant subsiste (article 7(4), 7(3)).</translation>
    </message>
    <message>
        <source>After mitigation no overriding risk remains (Article 7(4), 7(3)).</source>
        <translation>Après atténuation, aucun risque prépondérant ne subsiste (article 7(4), 7(3)).</translation>
    </message>
    <message>
        <source>Prevalent: %1.</source>
        <translation>Répandues&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Reliably reduced by %1.</source>
        <translation>Réduit de manière fiable par %1.</translation>
    </message>
    <message>
        <source>Measures %1 do not reliably reduce it.</source>
        <translation>Les mesures %1 ne le réduisent pas de manière fiable.</translation>
    </message>
    <message>
        <source>Risk %1 before mitigation; decide on the measures.</source>
        <translation>Risque avant atténuation&#xa0;: %1&#xa0;; statuez sur les mesures.</translation>
    </message>
    <message>
        <source>Risk %1 before mitigation, %2 after: an overriding risk remains.</source>
        <translation>Risque avant atténuation&#xa0;: %1, après&#xa0;: %2&#xa0;; un risque prépondérant subsiste.</translation>
    </message>
    <message>
        <source>Risk %1 before mitigation, %2 after: no overriding risk remains.</source>
        <translation>Risque avant atténuation&#xa0;: %1, après&#xa0;: %2&#xa0;; aucun risque prépondérant ne subsiste.</translation>
    </message>
</context>
<context>
    <name>GbvWords</name>
    <message>
        <source>Women&apos;s organisation</source>
        <translation>Organisation de femmes</translation>
    </message>
    <message>
        <source>GBV expert</source>
        <translation>Expert en VFS</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Gender-based violence</source>
        <translation>Violence fondée sur le sexe</translation>
    </message>
    <message>
        <source>Arms Trade Treaty basics</source>
        <translation>Notions de base du Traité sur le commerce des armes</translation>
    </message>
    <message>
        <source>Export control law</source>
        <translation>Droit du contrôle des exportations</translation>
    </message>
    <message>
        <source>Authentic</source>
        <translation>Authentique</translation>
    </message>
    <message>
        <source>NOT authentic</source>
        <translation>NON authentique</translation>
    </message>
    <message>
        <source>No reply</source>
        <translation>Pas de réponse</translation>
    </message>
    <message>
        <source>any gender adviser</source>
        <translation>tout conseiller genre</translation>
    </message>
    <message>
        <source>Asked by %1 on %2, of %3:</source>
        <translation>Question posée par %1 le %2 à %3&#xa0;:</translation>
    </message>
    <message>
        <source>Awaiting the gender adviser&apos;s answer.</source>
        <translation>En attente de la réponse du conseiller genre.</translation>
    </message>
    <message>
        <source>Answered by %1 on %2:</source>
        <translation>Réponse de %1 le %2&#xa0;:</translation>
    </message>
    <message>
        <source>Consulted: %1</source>
        <translation>Consultés&#xa0;: %1</translation>
    </message>
    <message>
        <source>EUC number %1 is also on case %2 (same end user)</source>
        <translation>Le CUF n° %1 figure aussi dans le dossier %2 (même utilisateur final)</translation>
    </message>
    <message>
        <source>EUC number %1 is also on case %2 (different end user)</source>
        <translation>Le CUF n° %1 figure aussi dans le dossier %2 (autre utilisateur final)</translation>
    </message>
    <message>
        <source>EUC number %1: the issuing authority says the certificate is NOT authentic. Do not rely on it; consider the diversion risk and whether to deny.</source>
        <translation>CUF n° %1&#xa0;: l’autorité émettrice indique que le certificat n’est PAS authentique. Ne vous y fiez pas&#xa0;; examinez le risque de détournement et l’opportunité d’un refus.</translation>
    </message>
    <message>
        <source>EUC number %1: the issuing authority has not replied yet.</source>
        <translation>CUF n° %1&#xa0;: l’autorité émettrice n’a pas encore répondu.</translation>
    </message>
    <message>
        <source>Gender adviser asked (%1): %2</source>
        <translation>Conseiller genre consulté (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>Gender adviser answered: %1</source>
        <translation>Réponse du conseiller genre&#xa0;: %1</translation>
    </message>
    <message>
        <source>(consulted: %1)</source>
        <translation>(consultés&#xa0;: %1)</translation>
    </message>
    <message>
        <source>End-user certificate %1 checked with %2: %3</source>
        <translation>Certificat d’utilisateur final %1 vérifié auprès de %2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>Guidance</name>
    <message>
        <source>Is any party or State under an arms embargo on the decision date?</source>
        <translation>Une partie ou un État fait-il l’objet d’un embargo sur les armes à la date de la décision&#xa0;?</translation>
    </message>
    <message>
        <source>Article 6(1): a UN Security Council Chapter VII embargo prohibits the transfer outright. The screen checks every destination, end user, consignee, broker and transit State, for all items including ammunition and parts (Articles 3 and 4).</source>
        <translation>Article 6(1)&#xa0;: un embargo du Conseil de sécurité de l’ONU au titre du Chapitre VII interdit purement et simplement le transfert. Le contrôle vérifie chaque destination, utilisateur final, destinataire, courtier et État de transit, pour tous les biens, y compris les munitions et les pièces (articles 3 et 4).</translation>
    </message>
    <message>
        <source>The application&apos;s parties and States; the embargo data&apos;s legal basis and dates; the UN Consolidated List for named persons.</source>
        <translation>Les parties et les États de la demande&#xa0;; la base juridique et les dates des données d’embargo&#xa0;; la Liste récapitulative de l’ONU pour les personnes désignées.</translation>
    </message>
    <message>
        <source>Does this embargo match apply, and has any required approval or notification been made?</source>
        <translation>Cette correspondance avec un embargo s’applique-t-elle, et l’approbation ou la notification éventuellement requise a-t-elle été obtenue ou faite&#xa0;?</translation>
    </message>
    <message>
        <source>Some embargoes cover only part of a country, only non-State actors, or allow supplies with a sanctions committee&apos;s approval or notification. Approval must be obtained before authorising; without it the transfer stays prohibited.</source>
        <translation>Certains embargos ne couvrent qu’une partie d’un pays ou que des acteurs non étatiques, ou permettent des fournitures avec l’approbation d’un comité des sanctions ou après notification. L’approbation doit être obtenue avant d’autoriser&#xa0;; sans elle, le transfert reste interdit.</translation>
    </message>
    <message>
        <source>The resolution&apos;s text, the committee&apos;s exemption page, the committee&apos;s reply letter.</source>
        <translation>Le texte de la résolution, la page des dérogations du comité, la lettre de réponse du comité.</translation>
    </message>
    <message>
        <source>Would the transfer violate another international obligation of your State (6(2))?</source>
        <translation>Le transfert violerait-il une autre obligation internationale de votre État (6(2))&#xa0;?</translation>
    </message>
    <message>
        <source>Regional embargoes (EU, OSCE, ECOWAS), the Firearms Protocol, mine or cluster munition bans and other treaties your State has joined are absolute too.</source>
        <translation>Les embargos régionaux (UE, OSCE, CEDEAO), le Protocole sur les armes à feu, les interdictions des mines ou des armes à sous-munitions et les autres traités auxquels votre État est partie sont également absolus.</translation>
    </message>
    <message>
        <source>Your State&apos;s treaty list and enabled regional embargo sets; legal adviser&apos;s opinion.</source>
        <translation>La liste des traités de votre État et les ensembles d’embargos régionaux activés&#xa0;; l’avis du conseiller juridique.</translation>
    </message>
    <message>
        <source>Do you know the items would be used for genocide, crimes against humanity or war crimes?</source>
        <translation>Savez-vous que les biens serviraient à commettre un génocide, des crimes contre l’humanité ou des crimes de guerre&#xa0;?</translation>
    </message>
    <message>
        <source>Article 6(3) is about knowledge at the time of authorisation, not mere risk: if the State knows, it must refuse. Risk short of knowledge is weighed under Article 7.</source>
        <translation>L’article 6(3) porte sur la connaissance au moment de l’autorisation, et non sur un simple risque&#xa0;: si l’État en a connaissance, il doit refuser. Un risque en deçà de la connaissance est apprécié au titre de l’article 7.</translation>
    </message>
    <message>
        <source>Findings of UN investigative bodies and courts, credible reporting of ongoing crimes.</source>
        <translation>Constatations des organes d’enquête et des juridictions de l’ONU, informations crédibles sur des crimes en cours.</translation>
    </message>
    <message>
        <source>Step 1: What types of GBV and violence against women and children are prevalent?</source>
        <translation>Étape 1&#xa0;: quels types de VFS et de violence contre les femmes et les enfants sont répandus&#xa0;?</translation>
    </message>
    <message>
        <source>Identify which forms are common in the importing State (e.g. conflict-related sexual violence, domestic violence, femicide) before asking how the items relate to them.</source>
        <translation>Identifiez les formes courantes dans l’État importateur (p. ex. violences sexuelles liées aux conflits, violences domestiques, féminicides) avant de vous demander quel lien les biens ont avec elles.</translation>
    </message>
    <message>
        <source>UN and treaty-body reports (CEDAW, CRC), national statistics, women&apos;s organisations, consultation with GBV experts.</source>
        <translation>Rapports de l’ONU et des organes conventionnels (CEDAW, CRC), statistiques nationales, organisations de femmes, consultation d’experts en VFS.</translation>
    </message>
    <message>
        <source>Step 2: Are these prevalent violations &apos;serious&apos;?</source>
        <translation>Étape 2&#xa0;: ces violations répandues sont-elles «&#xa0;graves&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>Article 7(4) speaks of serious acts: consider scale, gravity, whether systematic or tolerated, and whether security forces are involved.</source>
        <translation>L’article 7(4) vise des actes graves&#xa0;: tenez compte de l’ampleur, de la gravité, du caractère systématique ou toléré, et de l’implication des forces de sécurité.</translation>
    </message>
    <message>
        <source>Commission of inquiry findings, Special Representative on Sexual Violence in Conflict.</source>
        <translation>Constatations des commissions d’enquête, Représentante spéciale chargée de la question des violences sexuelles commises en période de conflit.</translation>
    </message>
    <message>
        <source>Step 3: Does the importing State take effective preventive action?</source>
        <translation>Étape 3&#xa0;: l’État importateur mène-t-il une action préventive efficace&#xa0;?</translation>
    </message>
    <message>
        <source>Look at laws, prosecutions, protection services and vetting and training of forces, and whether they work in practice, not only on paper.</source>
        <translation>Examinez les lois, les poursuites, les services de protection, la sélection et la formation des forces, et s’ils fonctionnent en pratique et pas seulement sur le papier.</translation>
    </message>
    <message>
        <source>Prosecution data, UN country reviews, NGO monitoring, the importer&apos;s own information.</source>
        <translation>Données sur les poursuites, examens de pays de l’ONU, suivi par les ONG, informations de l’importateur.</translation>
    </message>
    <message>
        <source>How likely is it that these items would be used to commit or facilitate the GBV found?</source>
        <translation>Quelle est la probabilité que ces biens servent à commettre ou à faciliter les VFS constatées&#xa0;?</translation>
    </message>
    <message>
        <source>Judge the link between the items, the end user and the violations before mitigation: the type of items (e.g. small arms used in intimidation), and the end user&apos;s record.</source>
        <translation>Appréciez le lien entre les biens, l’utilisateur final et les violations avant atténuation&#xa0;: le type de biens (p. ex. armes légères utilisées pour intimider) et les antécédents de l’utilisateur final.</translation>
    </message>
    <message>
        <source>End-user record, item type and use, reports naming the unit or force concerned.</source>
        <translation>Antécédents de l’utilisateur final, type et utilisation des biens, rapports désignant l’unité ou la force concernée.</translation>
    </message>
    <message>
        <source>Step 5: Do mitigation measures reliably and significantly reduce the risk?</source>
        <translation>Étape 5&#xa0;: les mesures d’atténuation réduisent-elles le risque de manière fiable et significative&#xa0;?</translation>
    </message>
    <message>
        <source>Taken before step 4 (footnote 7): the overriding-risk decision is made after mitigation. A measure counts only if it is credible and verifiable for this end user.</source>
        <translation>Examinée avant l’étape 4 (note 7)&#xa0;: la décision sur le risque prépondérant est prise après atténuation. Une mesure ne compte que si elle est crédible et vérifiable pour cet utilisateur final.</translation>
    </message>
    <message>
        <source>The measures proposed and the importer&apos;s track record of honouring similar commitments.</source>
        <translation>Les mesures proposées et la manière dont l’importateur a respecté des engagements similaires.</translation>
    </message>
    <message>
        <source>Step 4: Is there an overriding risk after mitigation?</source>
        <translation>Étape 4&#xa0;: y a-t-il un risque prépondérant après atténuation&#xa0;?</translation>
    </message>
    <message>
        <source>The application computes this from the risk before mitigation and step 5; explain the determination in your own words for the record.</source>
        <translation>L’application le calcule à partir du risque avant atténuation et de l’étape 5&#xa0;; expliquez la détermination avec vos propres mots pour le dossier.</translation>
    </message>
    <message>
        <source>Your findings in steps 1-3 and 5.</source>
        <translation>Vos constats aux étapes 1 à 3 et 5.</translation>
    </message>
    <message>
        <source>Are there diversion red flags?</source>
        <translation>Y a-t-il des signaux d’alerte de détournement&#xa0;?</translation>
    </message>
    <message>
        <source>Warning signs that the declared end user or end use may not be the real one.</source>
        <translation>Signes que l’utilisateur final ou l’utilisation finale déclarés pourraient ne pas être les véritables.</translation>
    </message>
    <message>
        <source>Routing, brokers&apos; registration, payment terms, the fit between items and the end user.</source>
        <translation>Itinéraire, enregistrement des courtiers, conditions de paiement, adéquation entre les biens et l’utilisateur final.</translation>
    </message>
    <message>
        <source>Is there an authenticated end-user certificate with adequate assurances?</source>
        <translation>Existe-t-il un certificat d’utilisateur final authentifié, assorti d’assurances suffisantes&#xa0;?</translation>
    </message>
    <message>
        <source>An EUC names the end user and end use; assurances can cover no re-export without consent and secure storage. Authenticate it with the issuing authority.</source>
        <translation>Un CUF désigne l’utilisateur final et l’utilisation finale&#xa0;; les assurances peuvent porter sur l’absence de réexportation sans consentement et sur un stockage sûr. Authentifiez-le auprès de l’autorité émettrice.</translation>
    </message>
    <message>
        <source>The EUC, its verification with the importing State, stockpile-security assurances.</source>
        <translation>Le CUF, sa vérification auprès de l’État importateur, les assurances de sécurité des stocks.</translation>
    </message>
    <message>
        <source>Are delivery verification or post-shipment checks agreed?</source>
        <translation>Une vérification de livraison ou des contrôles après expédition sont-ils convenus&#xa0;?</translation>
    </message>
    <message>
        <source>Delivery verification certificates and on-site checks let you confirm the items reached the end user and remain there.</source>
        <translation>Les certificats de vérification de livraison et les contrôles sur place permettent de confirmer que les biens sont parvenus à l’utilisateur final et y restent.</translation>
    </message>
    <message>
        <source>The importer&apos;s agreement; past cooperation on verification.</source>
        <translation>L’accord de l’importateur&#xa0;; sa coopération passée en matière de vérification.</translation>
    </message>
    <message>
        <source>Which measures (Art. 7(2)) address which risks, and do they reliably reduce them?</source>
        <translation>Quelles mesures (art. 7(2)) traitent quels risques, et les réduisent-elles de manière fiable&#xa0;?</translation>
    </message>
    <message>
        <source>Confidence-building measures and jointly developed programmes can lower a risk. Link each measure to the risks it addresses; say honestly whether it works reliably.</source>
        <translation>Les mesures de confiance et les programmes élaborés conjointement peuvent abaisser un risque. Liez chaque mesure aux risques qu’elle traite&#xa0;; dites franchement si elle est fiable.</translation>
    </message>
    <message>
        <source>Draft agreements, the importer&apos;s record of compliance, verification arrangements.</source>
        <translation>Projets d’accords, antécédents de l’importateur en matière de respect des engagements, dispositifs de vérification.</translation>
    </message>
    <message>
        <source>Article 7(3): after mitigation, is there an overriding risk on any criterion?</source>
        <translation>Article 7(3)&#xa0;: après atténuation, y a-t-il un risque prépondérant pour l’un des critères&#xa0;?</translation>
    </message>
    <message>
        <source>If so, the State shall not authorise. The application computes the recommendation from your findings and will not let a decision contradict it.</source>
        <translation>Si oui, l’État ne doit pas autoriser. L’application calcule la recommandation à partir de vos constats et n’accepte pas de décision qui la contredise.</translation>
    </message>
    <message>
        <source>All findings above.</source>
        <translation>Tous les constats ci-dessus.</translation>
    </message>
    <message>
        <source>Would the items contribute to or undermine peace and security?</source>
        <translation>Les biens contribueraient-ils ou porteraient-ils atteinte à la paix et à la sécurité&#xa0;?</translation>
    </message>
    <message>
        <source>Weigh both sides: legitimate self-defence or peacekeeping needs against the risk of fuelling conflict, regional tension or an arms build-up.</source>
        <translation>Pesez les deux aspects&#xa0;: les besoins légitimes d’autodéfense ou de maintien de la paix, face au risque d’alimenter un conflit, des tensions régionales ou une course aux armements.</translation>
    </message>
    <message>
        <source>UN Security Council reports, regional security analyses, embassy reporting, the importer&apos;s stated need (Art. 8(1) documents).</source>
        <translation>Rapports du Conseil de sécurité de l’ONU, analyses de sécurité régionale, rapports d’ambassade, besoin déclaré par l’importateur (documents de l’art. 8(1)).</translation>
    </message>
    <message>
        <source>Could the items be used to commit or facilitate a serious violation of IHL?</source>
        <translation>Les biens pourraient-ils servir à commettre ou à faciliter une violation grave du DIH&#xa0;?</translation>
    </message>
    <message>
        <source>Look at the end user&apos;s conduct in armed conflict: attacks on civilians, indiscriminate weapons use, and whether violations are investigated and punished.</source>
        <translation>Examinez la conduite de l’utilisateur final dans les conflits armés&#xa0;: attaques contre des civils, emploi d’armes sans discrimination, et si les violations font l’objet d’enquêtes et de sanctions.</translation>
    </message>
    <message>
        <source>UN commissions of inquiry, ICRC public statements, human-rights NGO and media reports.</source>
        <translation>Commissions d’enquête de l’ONU, déclarations publiques du CICR, rapports d’ONG de défense des droits de l’homme et de médias.</translation>
    </message>
    <message>
        <source>Could the items be used to commit or facilitate a serious violation of human rights law?</source>
        <translation>Les biens pourraient-ils servir à commettre ou à faciliter une violation grave du droit des droits de l’homme&#xa0;?</translation>
    </message>
    <message>
        <source>Consider repression, torture, extrajudicial killings, excessive force by the end user; how closely the items fit such uses; and accountability.</source>
        <translation>Tenez compte de la répression, de la torture, des exécutions extrajudiciaires et de l’usage excessif de la force par l’utilisateur final&#xa0;; de l’adéquation des biens à de tels usages&#xa0;; et de l’obligation de rendre des comptes.</translation>
    </message>
    <message>
        <source>UN human-rights mechanisms, treaty-body and special-rapporteur reports, NGO reports.</source>
        <translation>Mécanismes des droits de l’homme de l’ONU, rapports des organes conventionnels et des rapporteurs spéciaux, rapports d’ONG.</translation>
    </message>
    <message>
        <source>Could the items be used in an offence under the terrorism conventions you are party to?</source>
        <translation>Les biens pourraient-ils servir à une infraction au regard des conventions relatives au terrorisme auxquelles votre État est partie&#xa0;?</translation>
    </message>
    <message>
        <source>Consider links between the parties or the route and terrorist groups, and leakage risk.</source>
        <translation>Tenez compte des liens entre les parties ou l’itinéraire et des groupes terroristes, et du risque de fuite.</translation>
    </message>
    <message>
        <source>Sanctions lists, intelligence, law-enforcement information, UN monitoring reports.</source>
        <translation>Listes de sanctions, renseignement, informations des services répressifs, rapports de surveillance de l’ONU.</translation>
    </message>
    <message>
        <source>Could the items be used in an offence under the organised-crime conventions?</source>
        <translation>Les biens pourraient-ils servir à une infraction au regard des conventions relatives à la criminalité organisée&#xa0;?</translation>
    </message>
    <message>
        <source>Consider trafficking networks, corruption, and criminal access to the end user&apos;s stocks.</source>
        <translation>Tenez compte des réseaux de trafic, de la corruption et de l’accès des criminels aux stocks de l’utilisateur final.</translation>
    </message>
    <message>
        <source>UNODC reports, police and customs information, Firearms Protocol reporting.</source>
        <translation>Rapports de l’ONUDC, informations de la police et des douanes, rapports au titre du Protocole sur les armes à feu.</translation>
    </message>
    <message>
        <source>Could items leak during production, e.g. from an unlicensed or poorly secured plant?</source>
        <translation>Des biens pourraient-ils fuir pendant la production, p. ex. d’une usine sans licence ou mal sécurisée&#xa0;?</translation>
    </message>
    <message>
        <source>Rate the diversion risk at this stage of the supply chain (Article 11).</source>
        <translation>Évaluez le risque de détournement à cette étape de la chaîne d’approvisionnement (article 11).</translation>
    </message>
    <message>
        <source>Manufacturer licence and security audits; industry due-diligence files.</source>
        <translation>Licence du fabricant et audits de sécurité&#xa0;; dossiers de diligence raisonnable de l’industrie.</translation>
    </message>
    <message>
        <source>Could items go missing before shipment, at the warehouse or point of loading?</source>
        <translation>Des biens pourraient-ils disparaître avant l’expédition, à l’entrepôt ou au point de chargement&#xa0;?</translation>
    </message>
    <message>
        <source>Freight forwarder details, packing lists, export-control inspections at loading.</source>
        <translation>Coordonnées du transitaire, listes de colisage, inspections de contrôle des exportations au chargement.</translation>
    </message>
    <message>
        <source>Could items be diverted en route, before the authorised end user takes delivery?</source>
        <translation>Des biens pourraient-ils être détournés en route, avant que l’utilisateur final autorisé n’en prenne livraison&#xa0;?</translation>
    </message>
    <message>
        <source>Routing and transit States, carriers, trans-shipment points, intermediate consignees.</source>
        <translation>Itinéraire et États de transit, transporteurs, points de transbordement, destinataires intermédiaires.</translation>
    </message>
    <message>
        <source>Could items be stolen, sold or lost from the recipient&apos;s stockpiles?</source>
        <translation>Des biens pourraient-ils être volés, vendus ou perdus à partir des stocks du destinataire&#xa0;?</translation>
    </message>
    <message>
        <source>Stockpile security assurances, past audits, UN or NGO reports on losses from stocks.</source>
        <translation>Assurances de sécurité des stocks, audits antérieurs, rapports de l’ONU ou d’ONG sur des pertes dans les stocks.</translation>
    </message>
    <message>
        <source>Could the end user pass the items on, or use them other than as declared?</source>
        <translation>L’utilisateur final pourrait-il céder les biens, ou les utiliser autrement que déclaré&#xa0;?</translation>
    </message>
    <message>
        <source>End-user certificate, the end user&apos;s record, re-export history, embassy reporting.</source>
        <translation>Certificat d’utilisateur final, antécédents de l’utilisateur final, historique de réexportations, rapports d’ambassade.</translation>
    </message>
    <message>
        <source>What happens when the items are retired: destroyed, stored, sold or re-exported?</source>
        <translation>Que deviennent les biens lorsqu’ils sont retirés du service&#xa0;: détruits, stockés, vendus ou réexportés&#xa0;?</translation>
    </message>
    <message>
        <source>Disposal commitments, destruction certificates, the importer&apos;s surplus policies.</source>
        <translation>Engagements d’élimination, certificats de destruction, politique de l’importateur en matière de surplus.</translation>
    </message>
</context>
<context>
    <name>GuidancePanel</name>
    <message>
        <source>Guidance</source>
        <extracomment>Dynamic property naming the guidance id of a question&apos;s widgets.</extracomment>
        <translation>Aide</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>Ce que cela signifie</translation>
    </message>
    <message>
        <source>Evidence that helps</source>
        <translation>Éléments utiles</translation>
    </message>
    <message>
        <source>Click into a question to see its guidance here.</source>
        <translation>Cliquez dans une question pour afficher son aide ici.</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <source>User guide — %1</source>
        <extracomment>The section shown when nothing more specific is known.</extracomment>
        <translation>Guide de l’utilisateur — %1</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Précédent</translation>
    </message>
    <message>
        <source>&amp;Forward &gt;</source>
        <translation>&amp;Suivant &gt;</translation>
    </message>
    <message>
        <source>Find in this chapter (Enter: next)</source>
        <translation>Rechercher dans ce chapitre (Entrée&#xa0;: suivant)</translation>
    </message>
    <message>
        <source>F&amp;ind:</source>
        <translation>Rec&amp;hercher&#xa0;:</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
</context>
<context>
    <name>ImportAuthorisationDialog</name>
    <message>
        <source>Imports: authorisations and actual imports</source>
        <translation>Importations&#xa0;: autorisations et importations effectives</translation>
    </message>
    <message>
        <source>Leave empty for the next IL/&lt;year&gt;/&lt;number&gt;</source>
        <translation>Laisser vide pour le prochain IL/&lt;année&gt;/&lt;numéro&gt;</translation>
    </message>
    <message>
        <source>&amp;Record authorisation</source>
        <translation>&amp;Enregistrer l’autorisation</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>&amp;Importer:</source>
        <translation>I&amp;mportateur&#xa0;:</translation>
    </message>
    <message>
        <source>Importer&apos;s c&amp;ountry:</source>
        <translation>Pa&amp;ys de l’importateur&#xa0;:</translation>
    </message>
    <message>
        <source>E&amp;xporting State:</source>
        <translation>État e&amp;xportateur&#xa0;:</translation>
    </message>
    <message>
        <source>Importing S&amp;tate:</source>
        <translation>État impor&amp;tateur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;End user:</source>
        <translation>&amp;Utilisateur final&#xa0;:</translation>
    </message>
    <message>
        <source>End user t&amp;ype:</source>
        <translation>Type d’utilisateur &amp;final&#xa0;:</translation>
    </message>
    <message>
        <source>Issued o&amp;n:</source>
        <translation>&amp;Délivrée le&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Valid until:</source>
        <translation>&amp;Valide jusqu’au&#xa0;:</translation>
    </message>
    <message>
        <source>Authorisation n&amp;umber:</source>
        <translation>&amp;Numéro d’autorisation&#xa0;:</translation>
    </message>
    <message>
        <source>End-user &amp;certificate:</source>
        <translation>&amp;Certificat d’utilisateur final&#xa0;:</translation>
    </message>
    <message>
        <source>Record an &amp;actual import…</source>
        <translation>Enregistrer une import&amp;ation effective…</translation>
    </message>
    <message>
        <source>Import authorisations (&amp;list):</source>
        <translation>Autorisations d’importation (&amp;liste)&#xa0;:</translation>
    </message>
    <message>
        <source>name the importer</source>
        <translation>indiquez l’importateur</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>Rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>Recorded import authorisation %1 (case %2).</source>
        <translation>Autorisation d’importation %1 enregistrée (dossier %2).</translation>
    </message>
    <message>
        <source>Nothing was saved. Fix:</source>
        <translation>Rien n’a été enregistré. À corriger&#xa0;:</translation>
    </message>
    <message>
        <source>Choose an import authorisation in the list.</source>
        <translation>Choisissez une autorisation d’importation dans la liste.</translation>
    </message>
    <message>
        <source>Record an actual import</source>
        <translation>Enregistrer une importation effective</translation>
    </message>
</context>
<context>
    <name>IncidentDialog</name>
    <message>
        <source>New diversion or breach incident</source>
        <translation>Nouvel incident de détournement ou de manquement</translation>
    </message>
    <message>
        <source>Incident %1</source>
        <translation>Incident %1</translation>
    </message>
    <message>
        <source>&amp;What happened</source>
        <translation>&amp;Ce qui s’est passé</translation>
    </message>
    <message>
        <source>&amp;Licences and parties</source>
        <translation>&amp;Licences et parties</translation>
    </message>
    <message>
        <source>&amp;Items</source>
        <translation>&amp;Biens</translation>
    </message>
    <message>
        <source>Res&amp;ponses</source>
        <translation>&amp;Suites données</translation>
    </message>
    <message>
        <source>States i&amp;nformed</source>
        <translation>É&amp;tats informés</translation>
    </message>
    <message>
        <source>e.g. note verbale, seizure record</source>
        <translation>p. ex. note verbale, procès-verbal de saisie</translation>
    </message>
    <message>
        <source>Kn&amp;own:</source>
        <translation>Conn&amp;u&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Nature&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>S&amp;ource&#xa0;:</translation>
    </message>
    <message>
        <source>Source &amp;reference:</source>
        <translation>&amp;Référence de la source&#xa0;:</translation>
    </message>
    <message>
        <source>Date of the incident:</source>
        <translation>Date de l’incident&#xa0;:</translation>
    </message>
    <message>
        <source>Date l&amp;earned:</source>
        <translation>Connu l&amp;e&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Country where it happened:</source>
        <translation>&amp;Pays où il s’est produit&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description&#xa0;:</translation>
    </message>
    <message>
        <source>Cannot search the licences</source>
        <translation>Impossible de rechercher les licences</translation>
    </message>
    <message>
        <source>Licence number, case reference or destination</source>
        <translation>Numéro de licence, référence du dossier ou destination</translation>
    </message>
    <message>
        <source>&amp;Add licence</source>
        <translation>&amp;Ajouter une licence</translation>
    </message>
    <message>
        <source>Remo&amp;ve licence</source>
        <translation>Supprimer la lic&amp;ence</translation>
    </message>
    <message>
        <source>Name (as the source gives it)</source>
        <translation>Nom (tel que donné par la source)</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Add pa&amp;rty</source>
        <translation>Ajouter une part&amp;ie</translation>
    </message>
    <message>
        <source>Remove part&amp;y</source>
        <translation>Supp&amp;rimer la partie</translation>
    </message>
    <message>
        <source>Licences involved (by number):</source>
        <translation>Licences concernées (par numéro)&#xa0;:</translation>
    </message>
    <message>
        <source>Parties involved: valid licences of cases with a matching party (similar name, same country) are put up for reassessment too.</source>
        <translation>Parties concernées&#xa0;: les licences valides des dossiers ayant une partie correspondante (nom similaire, même pays) sont aussi mises en réévaluation.</translation>
    </message>
    <message>
        <source>Items involved</source>
        <translation>Biens concernés</translation>
    </message>
    <message>
        <source>ATT category (e.g. VIII.SA.4)</source>
        <translation>Catégorie ATT (p. ex. VIII.SA.4)</translation>
    </message>
    <message>
        <source>Add ite&amp;m</source>
        <translation>Ajouter un bi&amp;en</translation>
    </message>
    <message>
        <source>Remove i&amp;tem</source>
        <translation>Supp&amp;rimer le bien</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Suite donnée</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Referred to (Art. 14)</source>
        <translation>Renvoyé à (art. 14)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Add r&amp;esponse</source>
        <translation>Ajouter une suit&amp;e</translation>
    </message>
    <message>
        <source>Remove respon&amp;se</source>
        <translation>Supp&amp;rimer la suite</translation>
    </message>
    <message>
        <source>State informed</source>
        <translation>État informé</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Add &amp;State</source>
        <translation>&amp;Ajouter un État</translation>
    </message>
    <message>
        <source>Remove St&amp;ate</source>
        <translation>Supp&amp;rimer l’État</translation>
    </message>
    <message>
        <source>Incident %1 (closed)</source>
        <translation>Incident %1 (clos)</translation>
    </message>
    <message>
        <source>This incident was closed on %1 and can no longer be edited. Record what has been learned since as a new incident.</source>
        <translation>Cet incident a été clos le %1 et ne peut plus être modifié. Enregistrez les informations obtenues depuis comme un nouvel incident.</translation>
    </message>
    <message>
        <source>Verification visit (%1): </source>
        <translation>Visite de vérification (%1)&#xa0;: </translation>
    </message>
    <message>
        <source>Change licence %1?</source>
        <translation>Modifier la licence %1&#xa0;?</translation>
    </message>
    <message>
        <source>Saving will make licence %1 %2 at once (Article 7(7)); the licence&apos;s history keeps it. Say why to go ahead:</source>
        <translation>L’enregistrement rendra immédiatement la licence %1 %2 (article 7(7))&#xa0;; l’historique de la licence le conserve. Indiquez pourquoi pour continuer&#xa0;:</translation>
    </message>
    <message>
        <source>Not saved. Please correct:</source>
        <translation>Non enregistré. Veuillez corriger&#xa0;:</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Incidents</name>
    <message>
        <source>Diversion</source>
        <translation>Détournement</translation>
    </message>
    <message>
        <source>Suspected diversion</source>
        <translation>Détournement présumé</translation>
    </message>
    <message>
        <source>Unauthorised re-export</source>
        <translation>Réexportation non autorisée</translation>
    </message>
    <message>
        <source>End-use breach</source>
        <translation>Non-respect de l’utilisation finale</translation>
    </message>
    <message>
        <source>Breach of licence conditions</source>
        <translation>Manquement aux conditions de la licence</translation>
    </message>
    <message>
        <source>Other incident</source>
        <translation>Autre incident</translation>
    </message>
    <message>
        <source>Customs seizure</source>
        <translation>Saisie douanière</translation>
    </message>
    <message>
        <source>Intelligence</source>
        <translation>Renseignement</translation>
    </message>
    <message>
        <source>Another State&apos;s notification (Art. 11(4)–(5))</source>
        <translation>Notification d’un autre État (art. 11(4)–(5))</translation>
    </message>
    <message>
        <source>UN panel of experts report</source>
        <translation>Rapport d’un groupe d’experts de l’ONU</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Médias</translation>
    </message>
    <message>
        <source>Post-shipment verification</source>
        <translation>Vérification après expédition</translation>
    </message>
    <message>
        <source>Other source</source>
        <translation>Autre source</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Aucune pour l’instant</translation>
    </message>
    <message>
        <source>Licence suspended</source>
        <translation>Licence suspendue</translation>
    </message>
    <message>
        <source>Licence revoked</source>
        <translation>Licence révoquée</translation>
    </message>
    <message>
        <source>Enforcement referral (Art. 14)</source>
        <translation>Renvoi aux autorités répressives (art. 14)</translation>
    </message>
    <message>
        <source>Information shared</source>
        <translation>Informations partagées</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clos</translation>
    </message>
    <message>
        <source>Incident %1: %2 in %3</source>
        <translation>Incident %1&#xa0;: %2 (%3)</translation>
    </message>
    <message>
        <source>parties match: %1</source>
        <translation>parties correspondantes&#xa0;: %1</translation>
    </message>
    <message>
        <source>concerns this case&apos;s licence</source>
        <translation>concerne la licence de ce dossier</translation>
    </message>
    <message>
        <source>same destination</source>
        <translation>même destination</translation>
    </message>
    <message>
        <source>learned on %1</source>
        <translation>connu le %1</translation>
    </message>
    <message>
        <source>licence %1</source>
        <translation>licence %1</translation>
    </message>
    <message>
        <source>Incident %1 (%2) concerns licence %3: to be reassessed (Art. 7(7))</source>
        <translation>L’incident %1 (%2) concerne la licence %3&#xa0;: à réévaluer (art. 7(7))</translation>
    </message>
    <message>
        <source>Incident %1 closed: %2</source>
        <translation>Incident %1 clos&#xa0;: %2</translation>
    </message>
    <message>
        <source>Incident %1 updated: %2</source>
        <translation>Incident %1 mis à jour&#xa0;: %2</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>nature</translation>
    </message>
    <message>
        <source>source</source>
        <translation>source</translation>
    </message>
    <message>
        <source>source reference</source>
        <translation>référence de la source</translation>
    </message>
    <message>
        <source>date of the incident</source>
        <translation>date de l’incident</translation>
    </message>
    <message>
        <source>date learned</source>
        <translation>date de connaissance</translation>
    </message>
    <message>
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <source>country</source>
        <translation>pays</translation>
    </message>
    <message>
        <source>licences</source>
        <translation>licences</translation>
    </message>
    <message>
        <source>parties</source>
        <translation>parties</translation>
    </message>
    <message>
        <source>items</source>
        <translation>biens</translation>
    </message>
    <message>
        <source>responses</source>
        <translation>suites données</translation>
    </message>
    <message>
        <source>States informed</source>
        <translation>États informés</translation>
    </message>
</context>
<context>
    <name>IncidentsCasePanel</name>
    <message>
        <source>Diversion and breach incidents involving this case&apos;s parties (similar names, same country), its destination or its licences. Weigh them in the assessment (Article 11).</source>
        <translation>Incidents de détournement et de manquement impliquant les parties de ce dossier (noms similaires, même pays), sa destination ou ses licences. Tenez-en compte dans l’évaluation (article 11).</translation>
    </message>
    <message>
        <source>No incident concerns this case.</source>
        <translation>Aucun incident ne concerne ce dossier.</translation>
    </message>
    <message>
        <source>Incidents (%1)</source>
        <translation>Incidents (%1)</translation>
    </message>
</context>
<context>
    <name>IncidentsWindow</name>
    <message>
        <source>Diversion and breach incidents</source>
        <translation>Incidents de détournement et de manquement</translation>
    </message>
    <message>
        <source>Diversions and breaches learned of (Article 11(4)–(5)), how they were answered (Article 14) and which States were informed. Each puts the valid licences it touches up for reassessment (Article 7(7)).</source>
        <translation>Détournements et manquements portés à la connaissance de l’autorité (article 11(4)–(5)), suites qui y ont été données (article 14) et États informés. Chacun met en réévaluation les licences valides qu’il touche (article 7(7)).</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>Learned</source>
        <translation>Connu le</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Only a licensing officer, a committee member or the deciding authority records incidents.</source>
        <translation>Seul un agent instructeur, un membre de la commission ou l’autorité décisionnaire enregistre des incidents.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouverts</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clos</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>Every kind</source>
        <translation>Toutes natures</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Statut&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>Pa&amp;ys&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Nature&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;New incident…</source>
        <translation>Nouvel &amp;incident…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>C&amp;lose incident…</source>
        <translation>C&amp;lore l’incident…</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>To reassess</source>
        <translation>À réévaluer</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Open the Article 7(7) &amp;reassessment…</source>
        <translation>Ouvrir la &amp;réévaluation de l’article 7(7)…</translation>
    </message>
    <message>
        <source>Licences this incident touches:</source>
        <translation>Licences touchées par cet incident&#xa0;:</translation>
    </message>
    <message>
        <source>A closed incident can no longer be edited: record new facts as a new incident. Double-click it to read it.</source>
        <translation>Un incident clos ne peut plus être modifié&#xa0;: enregistrez les faits nouveaux comme un nouvel incident. Double-cliquez sur l’incident pour le consulter.</translation>
    </message>
    <message>
        <source>No incident matches the filters.</source>
        <translation>Aucun incident ne correspond aux filtres.</translation>
    </message>
    <message>
        <source>named by the incident</source>
        <translation>désignée par l’incident</translation>
    </message>
    <message>
        <source>party matches: %1</source>
        <translation>partie correspondante&#xa0;: %1</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source&#xa0;: %1</translation>
    </message>
    <message>
        <source>Happened on %1, learned on %2</source>
        <translation>Survenu le %1, connu le %2</translation>
    </message>
    <message>
        <source>Parties: %1</source>
        <translation>Parties&#xa0;: %1</translation>
    </message>
    <message>
        <source>Items: %1</source>
        <translation>Biens&#xa0;: %1</translation>
    </message>
    <message>
        <source>Informed %1 on %2 (%3)</source>
        <translation>%1 informé le %2 (%3)</translation>
    </message>
    <message>
        <source>Closed: %1</source>
        <translation>Clos&#xa0;: %1</translation>
    </message>
    <message>
        <source>Incident %1 recorded</source>
        <translation>Incident %1 enregistré</translation>
    </message>
    <message>
        <source>These valid licences are now listed for Article 7(7) reassessment:
%1</source>
        <translation>Ces licences valides sont désormais listées pour réévaluation au titre de l’article 7(7)&#xa0;:
%1</translation>
    </message>
    <message>
        <source>No valid licence is touched by this incident.</source>
        <translation>Aucune licence valide n’est touchée par cet incident.</translation>
    </message>
    <message>
        <source>Close incident %1</source>
        <translation>Clore l’incident %1</translation>
    </message>
    <message>
        <source>How was it settled? Its licences stay listed for reassessment until each is reassessed.</source>
        <translation>Comment a-t-il été réglé&#xa0;? Ses licences restent listées pour réévaluation jusqu’à ce que chacune ait été réévaluée.</translation>
    </message>
    <message>
        <source>The incident was not closed</source>
        <translation>L’incident n’a pas été clos</translation>
    </message>
</context>
<context>
    <name>ItemCard</name>
    <message>
        <source>e.g. Assault rifle, 5.56 mm</source>
        <extracomment>Currencies offered first; any three-letter ISO 4217 code may be typed. Units offered; any other unit may be typed. A card&apos;s fields as typed, in a fixed order, for moving cards and noticing changes.</extracomment>
        <translation>p. ex. Fusil d’assaut, 5,56 mm</translation>
    </message>
    <message>
        <source>Manufacturer&apos;s model or type</source>
        <translation>Modèle ou type du fabricant</translation>
    </message>
    <message>
        <source>e.g. 250</source>
        <translation>p. ex. 250</translation>
    </message>
    <message>
        <source>e.g. 1250000.00</source>
        <translation>p. ex. 1250000.00</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
    <message>
        <source>Withhold from the published annual report</source>
        <translation>Exclure du rapport annuel publié</translation>
    </message>
    <message>
        <source>Reason, e.g. commercially sensitive</source>
        <translation>Motif, p. ex. commercialement sensible</translation>
    </message>
    <message>
        <source>Optional, e.g. temporary export for demonstration, to be returned</source>
        <translation>Facultatif, p. ex. exportation temporaire pour démonstration, à réimporter</translation>
    </message>
    <message>
        <source>Printed in the annual report&apos;s column “Comments on the transfer” for this item&apos;s row; never printed when the item is withheld.</source>
        <translation>Imprimé dans la colonne «&#xa0;Commentaires sur le transfert&#xa0;» du rapport annuel, sur la ligne de ce bien&#xa0;; jamais imprimé lorsque le bien est exclu.</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Remove item</source>
        <translation>Supprimer le bien</translation>
    </message>
    <message>
        <source>Description *</source>
        <translation>Description *</translation>
    </message>
    <message>
        <source>Model / type</source>
        <translation>Modèle / type</translation>
    </message>
    <message>
        <source>Control-list rating</source>
        <translation>Classement (liste de contrôle)</translation>
    </message>
    <message>
        <source>ATT category, or why it is not reportable *</source>
        <translation>Catégorie ATT, ou motif de non-déclaration *</translation>
    </message>
    <message>
        <source>State of origin</source>
        <translation>État d’origine</translation>
    </message>
    <message>
        <source>Quantity *</source>
        <translation>Quantité *</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Comment for the annual report</source>
        <translation>Commentaire pour le rapport annuel</translation>
    </message>
    <message>
        <source>e.g. ML10.a</source>
        <translation>p. ex. ML10.a</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>ATT categories (reported)</source>
        <translation>Catégories ATT (déclarées)</translation>
    </message>
    <message>
        <source>Not reportable, because it is:</source>
        <translation>Non déclarable, car il s’agit de&#xa0;:</translation>
    </message>
    <message>
        <source>Line item %1</source>
        <translation>Ligne %1</translation>
    </message>
    <message>
        <source>%1 (not in the current list)</source>
        <translation>%1 (absent de la liste actuelle)</translation>
    </message>
    <message>
        <source>enter the quantity</source>
        <translation>saisissez la quantité</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not in the list of countries; choose one from the list</source>
        <translation>«&#xa0;%1&#xa0;» ne figure pas dans la liste des pays&#xa0;; choisissez-en un dans la liste</translation>
    </message>
    <message>
        <source>Item %1: description</source>
        <translation>Bien %1&#xa0;: description</translation>
    </message>
    <message>
        <source>Item %1: model / type</source>
        <translation>Bien %1&#xa0;: modèle / type</translation>
    </message>
    <message>
        <source>Item %1: control-list rating</source>
        <translation>Bien %1&#xa0;: classement (liste de contrôle)</translation>
    </message>
    <message>
        <source>Item %1: ATT category</source>
        <translation>Bien %1&#xa0;: catégorie ATT</translation>
    </message>
    <message>
        <source>Item %1: State of origin</source>
        <translation>Bien %1&#xa0;: État d’origine</translation>
    </message>
    <message>
        <source>Item %1: quantity</source>
        <translation>Bien %1&#xa0;: quantité</translation>
    </message>
    <message>
        <source>Item %1: unit</source>
        <translation>Bien %1&#xa0;: unité</translation>
    </message>
    <message>
        <source>Item %1: value</source>
        <translation>Bien %1&#xa0;: valeur</translation>
    </message>
    <message>
        <source>Item %1: currency</source>
        <translation>Bien %1&#xa0;: devise</translation>
    </message>
    <message>
        <source>Item %1: reason for withholding</source>
        <translation>Bien %1&#xa0;: motif de l’exclusion</translation>
    </message>
    <message>
        <source>Item %1: comment for the annual report</source>
        <translation>Bien %1&#xa0;: commentaire pour le rapport annuel</translation>
    </message>
    <message>
        <source>Item %1</source>
        <translation>Bien %1</translation>
    </message>
</context>
<context>
    <name>ItemsEditor</name>
    <message>
        <source>Add line &amp;item</source>
        <translation>Ajouter une l&amp;igne</translation>
    </message>
    <message>
        <source>Give each item its ATT category, or say why it is not reportable (ammunition, parts and components, dual-use, national list only).</source>
        <translation>Attribuez à chaque bien sa catégorie ATT, ou indiquez pourquoi il n’est pas déclarable (munitions, pièces et composants, double usage, liste nationale uniquement).</translation>
    </message>
    <message>
        <source>No line items yet. Press “Add line item”.</source>
        <translation>Aucune ligne pour l’instant. Appuyez sur «&#xa0;Ajouter une ligne&#xa0;».</translation>
    </message>
    <message>
        <source>Line items</source>
        <translation>Lignes</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Main toolbar</source>
        <extracomment>Builds the assessment wizard for one case: (db, case id, language, parent, prompter, actor). Tests pass their own, with scripted answers to the wizard&apos;s questions. Emitted after the register was re-queried (tests wait on it). The database, paths, settings, signed-in person, language and prompter. Open assessment wizards by case id: one per case, non-modal. Sign-in, switch user and the idle lock (the application installs them). Help → User guide and F1 (ui/help.py).</extracomment>
        <translation>Barre d’outils principale</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n dossier</numerusform>
            <numerusform>%n dossiers</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot open the case</source>
        <translation>Impossible d’ouvrir le dossier</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>Ouvrir un dossier</translation>
    </message>
    <message>
        <source>Case reference (for example EXP/2026/00042):</source>
        <translation>Référence du dossier (par exemple EXP/2026/00042)&#xa0;:</translation>
    </message>
    <message>
        <source>Case not found</source>
        <translation>Dossier introuvable</translation>
    </message>
    <message>
        <source>Assessment open</source>
        <translation>Évaluation ouverte</translation>
    </message>
    <message>
        <source>The assessment of %1 is open. Save and close it before you edit the application, then open the assessment again.</source>
        <translation>L’évaluation de %1 est ouverte. Enregistrez-la et fermez-la avant de modifier la demande, puis rouvrez l’évaluation.</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>Non disponible</translation>
    </message>
    <message>
        <source>The application form could not be loaded: %1</source>
        <translation>Le formulaire de demande n’a pas pu être chargé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot open the assessment</source>
        <translation>Impossible d’ouvrir l’évaluation</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Ouvrir une base de données</translation>
    </message>
    <message>
        <source>ATT Desktop databases (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>Bases de données ATT Desktop (*.sqlite3 *.sqlite *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Database upgraded</source>
        <translation>Base de données mise à niveau</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Impossible d’ouvrir la base de données</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Ouverture de %1…</translation>
    </message>
    <message>
        <source>Opening the database</source>
        <translation>Ouverture de la base de données</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de données&#xa0;: %1</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Verrouillé</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The language was changed to %1. It applies the next time you start %2.</source>
        <translation>La langue a été changée en %1. Elle s’appliquera au prochain démarrage de %2.</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>Paramètres non enregistrés</translation>
    </message>
    <message>
        <source>Your settings could not be saved: %1</source>
        <translation>Vos paramètres n’ont pas pu être enregistrés&#xa0;: %1</translation>
    </message>
    <message>
        <source>Only the national focal point builds the annual report.</source>
        <extracomment>The window attribute that holds it (``window.action_new``). Dotted path from the window to a callable taking no argument, looked up when triggered (``&quot;committee.open_sessions&quot;``, ``&quot;sessions.switch_user&quot;``). Offered to whoever holds any one of these permissions; () offers it to everyone. The tooltip of a greyed-out action: who may use it. Hidden (rather than greyed out) from those who are not offered it. Shown only once a sign-in is installed (the account actions). Enabled only while someone is signed in (not while the workstation is locked). The translation context holding ``text`` and ``tooltip``. Window attribute: a mapping of its actions, in order. A separator line in a menu or the toolbar. The window attribute that holds the menu, if the window needs it.</extracomment>
        <translation>Seul le point focal national établit le rapport annuel.</translation>
    </message>
    <message>
        <source>Only the national focal point builds the national and Wassenaar reports.</source>
        <translation>Seul le point de contact national établit le rapport national et le rapport à l’Arrangement de Wassenaar.</translation>
    </message>
    <message>
        <source>Only a licensing officer or the national focal point records shipments and imports.</source>
        <translation>Seul un agent instructeur ou le point focal national enregistre les expéditions et les importations.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New application…</source>
        <translation>&amp;Nouvelle demande…</translation>
    </message>
    <message>
        <source>Register a new application (Ctrl+N)</source>
        <translation>Enregistrer une nouvelle demande (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Open case…</source>
        <translation>&amp;Ouvrir un dossier…</translation>
    </message>
    <message>
        <source>Open a case by its reference (Ctrl+O)</source>
        <translation>Ouvrir un dossier par sa référence (Ctrl+O)</translation>
    </message>
    <message>
        <source>Open &amp;database…</source>
        <translation>Ouvrir une &amp;base de données…</translation>
    </message>
    <message>
        <source>Connect to a database &amp;server…</source>
        <translation>Se connecter à un &amp;serveur de base de données…</translation>
    </message>
    <message>
        <source>Open a database file or a shared PostgreSQL server, after testing it</source>
        <translation>Ouvrir un fichier de base de données ou un serveur PostgreSQL partagé, après l’avoir testé</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>&amp;Clear filters</source>
        <translation>&amp;Effacer les filtres</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>Do&amp;ssier</translation>
    </message>
    <message>
        <source>&amp;Edit case…</source>
        <translation>&amp;Modifier le dossier…</translation>
    </message>
    <message>
        <source>Add &amp;document…</source>
        <translation>Ajouter un &amp;document…</translation>
    </message>
    <message>
        <source>&amp;Assess…</source>
        <translation>É&amp;valuer…</translation>
    </message>
    <message>
        <source>Open the assessment of the selected case (Ctrl+Shift+A)</source>
        <translation>Ouvrir l’évaluation du dossier sélectionné (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>C&amp;omplete assessment</source>
        <translation>&amp;Terminer l’évaluation</translation>
    </message>
    <message>
        <source>&amp;Submit to the committee…</source>
        <translation>&amp;Soumettre à la commission…</translation>
    </message>
    <message>
        <source>Licence &amp;follow-up…</source>
        <translation>Suivi des &amp;licences…</translation>
    </message>
    <message>
        <source>Delivery verification certificates, verification visits and assurances of every licence (Ctrl+Shift+U)</source>
        <translation>Certificats de vérification de livraison, visites de vérification et assurances de toutes les licences (Ctrl+Shift+U)</translation>
    </message>
    <message>
        <source>Assessmen&amp;t</source>
        <translation>É&amp;valuation</translation>
    </message>
    <message>
        <source>Article 7(7) &amp;reassessment…</source>
        <translation>&amp;Réévaluation de l’article 7(7)…</translation>
    </message>
    <message>
        <source>&amp;Embargo reference data…</source>
        <translation>Données de référence sur les &amp;embargos…</translation>
    </message>
    <message>
        <source>&amp;Denials notified by other States…</source>
        <translation>Refus &amp;notifiés par d’autres États…</translation>
    </message>
    <message>
        <source>&amp;UN sanctions list and hits…</source>
        <translation>Liste des sanctions de l’&amp;ONU et correspondances…</translation>
    </message>
    <message>
        <source>Destination &amp;files…</source>
        <translation>&amp;Fiches destination…</translation>
    </message>
    <message>
        <source>Diversion and breach &amp;incidents…</source>
        <translation>&amp;Incidents de détournement et de manquement…</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Rapports</translation>
    </message>
    <message>
        <source>&amp;Annual report…</source>
        <translation>Rapport &amp;annuel…</translation>
    </message>
    <message>
        <source>Na&amp;tional report on licence decisions…</source>
        <translation>Rapport &amp;national sur les décisions relatives aux licences…</translation>
    </message>
    <message>
        <source>&amp;Wassenaar Arrangement report…</source>
        <translation>Rapport à l’Arrangement de &amp;Wassenaar…</translation>
    </message>
    <message>
        <source>U&amp;N Register of Conventional Arms report…</source>
        <translation>Rapport au Registre des armes classiques de l&apos;&amp;ONU…</translation>
    </message>
    <message>
        <source>&amp;EU annual report on arms exports…</source>
        <translation>Rapport annuel de l&apos;&amp;UE sur les exportations d&apos;armements…</translation>
    </message>
    <message>
        <source>Reporting &amp;calendar…</source>
        <translation>&amp;Calendrier des rapports…</translation>
    </message>
    <message>
        <source>Record a &amp;shipment…</source>
        <translation>Enregistrer une &amp;expédition…</translation>
    </message>
    <message>
        <source>Import shipments from a c&amp;ustoms file…</source>
        <translation>Importer des expéditions depuis un fichier &amp;douanier…</translation>
    </message>
    <message>
        <source>&amp;Imports: authorisations and actual imports…</source>
        <translation>&amp;Importations&#xa0;: autorisations et importations effectives…</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Paramètres</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;Authority…</source>
        <translation>&amp;Autorité…</translation>
    </message>
    <message>
        <source>The authority&apos;s name, letterhead and signatory on every document</source>
        <translation>Le nom, l’en-tête et le signataire de l’autorité sur chaque document</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guide de l’utilisateur</translation>
    </message>
    <message>
        <source>The user guide, at the section for where you are (F1)</source>
        <translation>Le guide de l’utilisateur, à la section correspondant à l’endroit où vous êtes (F1)</translation>
    </message>
    <message>
        <source>&amp;About %1</source>
        <translation>À &amp;propos de %1</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
</context>
<context>
    <name>MandateDialog</name>
    <message>
        <source>Mandate of %1</source>
        <translation>Mandat de %1</translation>
    </message>
    <message>
        <source>Phone, e-mail</source>
        <translation>Téléphone, courriel</translation>
    </message>
    <message>
        <source>One question per line</source>
        <translation>Une question par ligne</translation>
    </message>
    <message>
        <source>&amp;Mandate:</source>
        <translation>&amp;Mandat&#xa0;:</translation>
    </message>
    <message>
        <source>Contact &amp;person:</source>
        <translation>&amp;Personne à contacter&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation>&amp;Coordonnées&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Questions it answers:</source>
        <translation>&amp;Questions auxquelles il répond&#xa0;:</translation>
    </message>
</context>
<context>
    <name>MatchCard</name>
    <message>
        <source>Party screened</source>
        <extracomment>The follow-ups an officer can record, per effect the screen could not settle alone. The follow-ups that need the committee&apos;s evidence (reference, date) to clear a match. Runs the service&apos;s screen as at a date and merges it into the given answers.</extracomment>
        <translation>Partie contrôlée</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Base juridique</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Portée</translation>
    </message>
    <message>
        <source>in force</source>
        <translation>en vigueur</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>Effet</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Explication</translation>
    </message>
    <message>
        <source>Why: the committee&apos;s reply, the end use, the region…</source>
        <translation>Pourquoi&#xa0;: la réponse du comité, l’utilisation finale, la région…</translation>
    </message>
    <message>
        <source>Officer&apos;s confirmation</source>
        <translation>Confirmation de l’agent</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>Motivation</translation>
    </message>
    <message>
        <source>The sanctions committee&apos;s reference, e.g. S/AC.47/2026/OC.3</source>
        <translation>La référence du comité des sanctions, p. ex. S/AC.47/2026/OC.3</translation>
    </message>
    <message>
        <source>not stated in the embargo entry: record when no objection had been received</source>
        <translation>non précisé dans l’entrée de l’embargo&#xa0;: indiquez la date à laquelle aucune objection n’avait été reçue</translation>
    </message>
    <message>
        <source>%1 day(s) after the notification</source>
        <translation>%1 jour(s) après la notification</translation>
    </message>
    <message>
        <source>Committee reference</source>
        <translation>Référence du comité</translation>
    </message>
    <message>
        <source>Date of approval or notification</source>
        <translation>Date de l’approbation ou de la notification</translation>
    </message>
    <message>
        <source>Waiting period</source>
        <translation>Délai d’attente</translation>
    </message>
    <message>
        <source>No objection received by</source>
        <translation>Aucune objection reçue au</translation>
    </message>
</context>
<context>
    <name>MeasureCard</name>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Why it does or does not reduce this risk</source>
        <translation>Pourquoi elle réduit ou non ce risque</translation>
    </message>
    <message>
        <source>Why a measure of this kind can address this risk (authority policy)</source>
        <translation>Pourquoi une mesure de cette nature peut traiter ce risque (politique de l’autorité)</translation>
    </message>
    <message>
        <source>Measure %1</source>
        <translation>Mesure %1</translation>
    </message>
    <message>
        <source>What is agreed, with whom, and how it is verified</source>
        <translation>Ce qui est convenu, avec qui, et comment c’est vérifié</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <source>Reliably reduces this risk?</source>
        <translation>Réduit ce risque de manière fiable&#xa0;?</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>How the measure works and is verified</source>
        <translation>Fonctionnement et vérification de la mesure</translation>
    </message>
    <message>
        <source>Remove this measure</source>
        <translation>Supprimer cette mesure</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Risks addressed, judged one by one</source>
        <translation>Risques traités, appréciés un par un</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>A measure of this kind is not one the treaty names against this risk (Article 7(2), 11(2)). Your authority allows it to count on your stated reason: give it below.</source>
        <translation>Une mesure de cette nature n’est pas de celles que le traité prévoit contre ce risque (article 7(2), 11(2)). Votre autorité permet d’en tenir compte sur la base de votre motif&#xa0;: indiquez-le ci-dessous.</translation>
    </message>
    <message>
        <source>A measure of this kind cannot lower this risk (Article 7(2), 11(2)): it will not be counted.</source>
        <translation>Une mesure de cette nature ne peut pas abaisser ce risque (article 7(2), 11(2))&#xa0;: elle ne sera pas prise en compte.</translation>
    </message>
    <message>
        <source>Carried over from one judgement for the whole measure: confirm it for this risk.</source>
        <translation>Repris d’une appréciation portant sur l’ensemble de la mesure&#xa0;: confirmez-la pour ce risque.</translation>
    </message>
</context>
<context>
    <name>MissingAnswers</name>
    <message>
        <source>Article 6(1) embargo screen</source>
        <extracomment>The domain catalogue&apos;s English words, marked for lupdate (a test checks they agree).</extracomment>
        <translation>Article 6(1) contrôle des embargos</translation>
    </message>
    <message>
        <source>Article 6(2) other international obligations</source>
        <translation>Article 6(2) autres obligations internationales</translation>
    </message>
    <message>
        <source>Article 6(3) knowledge of atrocity crimes</source>
        <translation>Article 6(3) connaissance de crimes atroces</translation>
    </message>
    <message>
        <source>Article 6(1) embargo {name}</source>
        <translation>Article 6(1) embargo {name}</translation>
    </message>
    <message>
        <source>Article 7(1)(a) peace and security</source>
        <translation>Article 7(1)(a) paix et sécurité</translation>
    </message>
    <message>
        <source>Article 7(1)(b)(i) international humanitarian law</source>
        <translation>Article 7(1)(b)(i) droit international humanitaire</translation>
    </message>
    <message>
        <source>Article 7(1)(b)(ii) international human rights law</source>
        <translation>Article 7(1)(b)(ii) droit international des droits de l’homme</translation>
    </message>
    <message>
        <source>Article 7(1)(b)(iii) terrorism</source>
        <translation>Article 7(1)(b)(iii) terrorisme</translation>
    </message>
    <message>
        <source>Article 7(1)(b)(iv) transnational organised crime</source>
        <translation>Article 7(1)(b)(iv) criminalité transnationale organisée</translation>
    </message>
    <message>
        <source>GBV flowchart step 1, prevalent GBV/VAWC</source>
        <translation>Logigramme VFS étape 1, VFS/VFE répandues</translation>
    </message>
    <message>
        <source>GBV flowchart step 2, seriousness</source>
        <translation>Logigramme VFS étape 2, gravité</translation>
    </message>
    <message>
        <source>GBV flowchart step 3, preventive action</source>
        <translation>Logigramme VFS étape 3, action préventive</translation>
    </message>
    <message>
        <source>GBV flowchart, risk before mitigation</source>
        <translation>Logigramme VFS, risque avant atténuation</translation>
    </message>
    <message>
        <source>GBV flowchart step 5, mitigation</source>
        <translation>Logigramme VFS étape 5, atténuation</translation>
    </message>
    <message>
        <source>GBV flowchart step 4, overriding risk</source>
        <translation>Logigramme VFS étape 4, risque prépondérant</translation>
    </message>
    <message>
        <source>Article 11 diversion, manufacture</source>
        <translation>Article 11 détournement, fabrication</translation>
    </message>
    <message>
        <source>Article 11 diversion, before transfer</source>
        <translation>Article 11 détournement, avant le transfert</translation>
    </message>
    <message>
        <source>Article 11 diversion, in transit</source>
        <translation>Article 11 détournement, en transit</translation>
    </message>
    <message>
        <source>Article 11 diversion, post-delivery storage</source>
        <translation>Article 11 détournement, stockage après livraison</translation>
    </message>
    <message>
        <source>Article 11 diversion, end use</source>
        <translation>Article 11 détournement, utilisation finale</translation>
    </message>
    <message>
        <source>Article 11 diversion, disposal</source>
        <translation>Article 11 détournement, élimination</translation>
    </message>
    <message>
        <source>Red flag: unusual routing</source>
        <translation>Signal d’alerte&#xa0;: itinéraire inhabituel</translation>
    </message>
    <message>
        <source>Red flag: unknown broker</source>
        <translation>Signal d’alerte&#xa0;: courtier inconnu</translation>
    </message>
    <message>
        <source>Red flag: items do not match the end user&apos;s needs</source>
        <translation>Signal d’alerte&#xa0;: biens sans rapport avec les besoins de l’utilisateur final</translation>
    </message>
    <message>
        <source>Red flag: vague end-use information</source>
        <translation>Signal d’alerte&#xa0;: informations vagues sur l’utilisation finale</translation>
    </message>
    <message>
        <source>Red flag: unusual payment terms</source>
        <translation>Signal d’alerte&#xa0;: conditions de paiement inhabituelles</translation>
    </message>
    <message>
        <source>Red flag: past diversion</source>
        <translation>Signal d’alerte&#xa0;: détournement passé</translation>
    </message>
    <message>
        <source>Red flag: weak stockpile security</source>
        <translation>Signal d’alerte&#xa0;: sécurité des stocks insuffisante</translation>
    </message>
    <message>
        <source>Red flag: other</source>
        <translation>Signal d’alerte&#xa0;: autre</translation>
    </message>
    <message>
        <source>Article 11 end-user certificate</source>
        <translation>Article 11 certificat d’utilisateur final</translation>
    </message>
    <message>
        <source>Mitigation measure {name}</source>
        <translation>Mesure d’atténuation {name}</translation>
    </message>
    <message>
        <source>run the screen as at the decision date</source>
        <translation>lancer le contrôle à la date de la décision</translation>
    </message>
    <message>
        <source>the answer</source>
        <translation>la réponse</translation>
    </message>
    <message>
        <source>reasoning for the answer</source>
        <translation>la motivation de la réponse</translation>
    </message>
    <message>
        <source>reasoning and at least one source</source>
        <translation>la motivation et au moins une source</translation>
    </message>
    <message>
        <source>the prevalent types identified</source>
        <translation>les types répandus identifiés</translation>
    </message>
    <message>
        <source>risk level before mitigation</source>
        <translation>le niveau de risque avant atténuation</translation>
    </message>
    <message>
        <source>reasoning for the finding</source>
        <translation>la motivation du constat</translation>
    </message>
    <message>
        <source>sources for the finding</source>
        <translation>les sources du constat</translation>
    </message>
    <message>
        <source>confirm whether it applies</source>
        <translation>confirmer s’il s’applique</translation>
    </message>
    <message>
        <source>why it does not apply</source>
        <translation>pourquoi il ne s’applique pas</translation>
    </message>
    <message>
        <source>whether the linked measures reliably reduce the risk</source>
        <translation>si les mesures liées réduisent le risque de manière fiable</translation>
    </message>
    <message>
        <source>reasoning for the overriding-risk determination</source>
        <translation>la motivation de la détermination du risque prépondérant</translation>
    </message>
    <message>
        <source>whether it is present</source>
        <translation>s’il est présent</translation>
    </message>
    <message>
        <source>whether it was received</source>
        <translation>s’il a été reçu</translation>
    </message>
    <message>
        <source>the risks it addresses</source>
        <translation>les risques qu’elle traite</translation>
    </message>
    <message>
        <source>whether it reliably reduces the risk</source>
        <translation>si elle réduit le risque de manière fiable</translation>
    </message>
    <message>
        <source>a measure with the same number</source>
        <translation>une mesure portant le même numéro</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>Wizard step index of each catalogue page (the wizard&apos;s ARTICLE6 … MITIGATION).</extracomment>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>MissingList</name>
    <message>
        <source>Still missing before this assessment can be completed:</source>
        <extracomment>The target of the link followed: a ``MissingAnswer`` or the widget to go to.</extracomment>
        <translation>Il manque encore, pour pouvoir terminer cette évaluation&#xa0;:</translation>
    </message>
    <message>
        <source>Go to this question</source>
        <translation>Aller à cette question</translation>
    </message>
</context>
<context>
    <name>MitigationPage</name>
    <message>
        <source>Consider measures that could mitigate the risks found (Article 7(2)): confidence-building measures, programmes jointly developed and agreed with the importing State, end-use assurances, re-export clauses, delivery verification. Link each measure to the risks it addresses and judge each risk on its own: does it reliably reduce this risk, and why? A measure judged unreliable changes nothing, and only the kinds the treaty names against a risk can lower it: 7(2) confidence-building measures and joint programmes for any risk, Article 11(2) assurances and verification for diversion.</source>
        <translation>Examinez les mesures qui pourraient atténuer les risques constatés (article 7(2))&#xa0;: mesures de confiance, programmes élaborés et arrêtés conjointement avec l’État importateur, assurances d’utilisation finale, clauses de réexportation, vérification de livraison. Liez chaque mesure aux risques qu’elle traite et appréciez chaque risque séparément&#xa0;: la mesure réduit-elle ce risque de manière fiable, et pourquoi&#xa0;? Une mesure jugée non fiable ne change rien, et seules les natures de mesures que le traité prévoit contre un risque peuvent l’abaisser&#xa0;: mesures de confiance et programmes conjoints du 7(2) pour tout risque, assurances et vérification de l’article 11(2) pour le détournement.</translation>
    </message>
    <message>
        <source>Add a measure</source>
        <translation>Ajouter une mesure</translation>
    </message>
    <message>
        <source>Not offered: Article 6 prohibits this transfer (%1), and no mitigation measure can lift an Article 6 prohibition. Measures recorded here are not considered.</source>
        <translation>Sans objet&#xa0;: l’article 6 interdit ce transfert (%1), et aucune mesure d’atténuation ne peut lever une interdiction de l’article 6. Les mesures consignées ici ne sont pas prises en compte.</translation>
    </message>
</context>
<context>
    <name>MyWorkDock</name>
    <message>
        <source>My work</source>
        <extracomment>A report&apos;s item (application id 0): open that year&apos;s report submission.</extracomment>
        <translation>Mes tâches</translation>
    </message>
    <message>
        <source>Sign in to see the cases waiting for you.</source>
        <translation>Connectez-vous pour voir les dossiers qui vous attendent.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n case(s) waiting</source>
        <translation>
            <numerusform>%1&#xa0;: %n dossier en attente</numerusform>
            <numerusform>%1&#xa0;: %n dossiers en attente</numerusform>
        </translation>
    </message>
    <message>
        <source>(due %1)</source>
        <translation>(échéance le %1)</translation>
    </message>
</context>
<context>
    <name>NationalReportDialog</name>
    <message>
        <source>National report on licence decisions</source>
        <translation>Rapport national sur les décisions relatives aux licences</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>P&amp;eriod:</source>
        <translation>&amp;Période :</translation>
    </message>
    <message>
        <source>&amp;Rows:</source>
        <translation>&amp;Lignes :</translation>
    </message>
    <message>
        <source>Colu&amp;mns:</source>
        <translation>Colo&amp;nnes :</translation>
    </message>
    <message>
        <source>Report c&amp;urrency:</source>
        <translation>De&amp;vise du rapport&#xa0;:</translation>
    </message>
    <message>
        <source>Document &amp;language:</source>
        <translation>La&amp;ngue du document :</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>Control-list rating</source>
        <translation>Classement (liste de contrôle)</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>La période se termine avant de commencer.</translation>
    </message>
    <message>
        <source>Choose at least one dimension for the rows.</source>
        <translation>Choisissez au moins une dimension pour les lignes.</translation>
    </message>
    <message>
        <source>A dimension cannot be both a row and a column.</source>
        <translation>Une dimension ne peut pas être à la fois en ligne et en colonne.</translation>
    </message>
    <message>
        <source>Give the report currency as a 3-letter ISO 4217 code.</source>
        <translation>Indiquez la monnaie du rapport par son code ISO 4217 à 3 lettres.</translation>
    </message>
    <message>
        <source>%1: count</source>
        <translation>%1 : nombre</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>%1: value</source>
        <translation>%1 : valeur</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Total: count</source>
        <translation>Total : nombre</translation>
    </message>
    <message>
        <source>Total: value</source>
        <translation>Total : valeur</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Nil report: no licence decisions in the period.</source>
        <translation>Rapport néant : aucune décision sur les licences au cours de la période.</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>Write a note; @username puts the case in that colleague&apos;s work queue</source>
        <extracomment>The database and the person acting, read when a button is pressed.</extracomment>
        <translation>Écrivez une note&#xa0;; @nomutilisateur place le dossier dans la file de travail de ce collègue</translation>
    </message>
    <message>
        <source>&amp;Add note</source>
        <translation>&amp;Ajouter la note</translation>
    </message>
    <message>
        <source>Add the note (Ctrl+Return)</source>
        <translation>Ajouter la note (Ctrl+Return)</translation>
    </message>
    <message>
        <source>&amp;Reassign case…</source>
        <translation>&amp;Réattribuer le dossier…</translation>
    </message>
    <message>
        <source>Not assigned to anyone.</source>
        <translation>Attribué à personne.</translation>
    </message>
    <message>
        <source>Assigned to %1.</source>
        <translation>Attribué à %1.</translation>
    </message>
</context>
<context>
    <name>ObligationDialog</name>
    <message>
        <source>Licence %1 (%2): %3, due %4</source>
        <translation>Licence %1 (%2)&#xa0;: %3, échéance le %4</translation>
    </message>
    <message>
        <source>Recei&amp;ved on:</source>
        <translation>Reçu &amp;le&#xa0;:</translation>
    </message>
    <message>
        <source>Certificate &amp;reference:</source>
        <translation>&amp;Référence du certificat&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Visited on:</source>
        <translation>&amp;Visité le&#xa0;:</translation>
    </message>
    <message>
        <source>Visited &amp;by:</source>
        <translation>Visité &amp;par&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>Iss&amp;ue&#xa0;:</translation>
    </message>
    <message>
        <source>What was &amp;found:</source>
        <translation>Ce qui a été &amp;constaté&#xa0;:</translation>
    </message>
    <message>
        <source>Report &amp;reference:</source>
        <translation>Référence du &amp;rapport&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Checked on:</source>
        <translation>&amp;Vérifié le&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Evidence (reference):</source>
        <translation>&amp;Preuve (référence)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Why is it waived?</source>
        <translation>&amp;Pourquoi est-elle levée&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Licence:</source>
        <translation>&amp;Licence&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>Nat&amp;ure&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Due (or planned) on:</source>
        <translation>É&amp;chéance (ou date prévue)&#xa0;:</translation>
    </message>
    <message>
        <source>What to &amp;check:</source>
        <translation>Ce qu’il faut &amp;vérifier&#xa0;:</translation>
    </message>
    <message>
        <source>Who is to &amp;visit:</source>
        <translation>&amp;Qui doit effectuer la visite&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Where:</source>
        <translation>&amp;Où&#xa0;:</translation>
    </message>
    <message>
        <source>Delivery verification certificate received</source>
        <translation>Certificat de vérification de livraison reçu</translation>
    </message>
    <message>
        <source>Verification visit: result</source>
        <translation>Visite de vérification&#xa0;: résultat</translation>
    </message>
    <message>
        <source>Assurance checked</source>
        <translation>Assurance vérifiée</translation>
    </message>
    <message>
        <source>Waive a follow-up obligation</source>
        <translation>Lever une obligation de suivi</translation>
    </message>
    <message>
        <source>Add a follow-up obligation</source>
        <translation>Ajouter une obligation de suivi</translation>
    </message>
    <message>
        <source>Record &amp;certificate</source>
        <translation>Enregistrer le &amp;certificat</translation>
    </message>
    <message>
        <source>Record v&amp;isit</source>
        <translation>Enregistrer la v&amp;isite</translation>
    </message>
    <message>
        <source>Record c&amp;heck</source>
        <translation>Enregistrer la vér&amp;ification</translation>
    </message>
    <message>
        <source>W&amp;aive</source>
        <translation>&amp;Lever</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>This case has no licence to follow up.</source>
        <translation>Ce dossier n’a aucune licence à suivre.</translation>
    </message>
</context>
<context>
    <name>ObligationModel</name>
    <message>
        <source>Due</source>
        <extracomment>Columns and the service&apos;s sort key for each (&quot;&quot; when the column cannot be sorted on).</extracomment>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Fait le</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
</context>
<context>
    <name>ObligationsPanel</name>
    <message>
        <source>Certificate &amp;received…</source>
        <extracomment>Something was recorded on the obligations of this case (its id). Double click in the register: open this case.</extracomment>
        <translation>Certificat &amp;reçu…</translation>
    </message>
    <message>
        <source>&amp;Visit result…</source>
        <translation>Résultat de la &amp;visite…</translation>
    </message>
    <message>
        <source>Assurance c&amp;hecked…</source>
        <translation>Assurance vérifié&amp;e…</translation>
    </message>
    <message>
        <source>&amp;Waive…</source>
        <translation>&amp;Lever…</translation>
    </message>
    <message>
        <source>&amp;Add obligation or visit…</source>
        <translation>A&amp;jouter une obligation ou une visite…</translation>
    </message>
    <message>
        <source>Record as &amp;incident…</source>
        <translation>Enregistrer co&amp;mme incident…</translation>
    </message>
    <message>
        <source>Open a new diversion or breach incident for this licence, with the visit&apos;s findings: it puts the licence up for reassessment (Article 7(7)).</source>
        <translation>Ouvrir un nouvel incident de détournement ou de manquement pour cette licence, avec les constatations de la visite&#xa0;: la licence est mise en réévaluation (article 7(7)).</translation>
    </message>
    <message>
        <source>No follow-up obligations yet. A delivery verification certificate is added with each shipment when the licence calls for one; add others below.</source>
        <translation>Aucune obligation de suivi pour l’instant. Un certificat de vérification de livraison est ajouté à chaque expédition lorsque la licence l’exige&#xa0;; ajoutez les autres ci-dessous.</translation>
    </message>
    <message>
        <source>Only a licensing officer or the focal point records this.</source>
        <translation>Seul un agent instructeur ou le point focal enregistre cette information.</translation>
    </message>
</context>
<context>
    <name>OpinionDialog</name>
    <message>
        <source>Opinion on %1</source>
        <translation>Avis sur %1</translation>
    </message>
    <message>
        <source>%1 gives the opinion of %2.</source>
        <translation>%1 donne l’avis de %2.</translation>
    </message>
    <message>
        <source>no agency</source>
        <translation>aucun organisme</translation>
    </message>
    <message>
        <source>Why: the facts and sources your agency relies on</source>
        <translation>Pourquoi&#xa0;: les faits et les sources sur lesquels votre organisme s’appuie</translation>
    </message>
    <message>
        <source>Conditions, one per line (e.g. post-shipment verification)</source>
        <translation>Conditions, une par ligne (p. ex. vérification après expédition)</translation>
    </message>
    <message>
        <source>Opinion:</source>
        <translation>Avis&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Reasons:</source>
        <translation>&amp;Motifs&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Conditions:</source>
        <translation>&amp;Conditions&#xa0;:</translation>
    </message>
    <message>
        <source>The assessment under review:</source>
        <translation>L’évaluation examinée&#xa0;:</translation>
    </message>
    <message>
        <source>This case has no assessment yet.</source>
        <translation>Ce dossier n’a pas encore d’évaluation.</translation>
    </message>
    <message>
        <source>Revision %1, %2</source>
        <translation>Révision %1, %2</translation>
    </message>
    <message>
        <source>Recommendation: %1</source>
        <translation>Recommandation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Choose an opinion.</source>
        <translation>Choisissez un avis.</translation>
    </message>
</context>
<context>
    <name>Ops</name>
    <message>
        <source>Something unexpected went wrong, and this action was not completed. The details were written to the log; please tell your administrator.</source>
        <extracomment>What the op disables while it runs (and gives back its previous state afterwards). Ops that have not delivered yet. Ops until their thread has ended: a worker must outlive the window that started it (a QThread destroyed while it runs aborts the program).</extracomment>
        <translation>Une erreur inattendue s’est produite et cette action n’a pas abouti. Les détails ont été écrits dans le journal&#xa0;; veuillez prévenir votre administrateur.</translation>
    </message>
</context>
<context>
    <name>PartiesEditor</name>
    <message>
        <source>Role</source>
        <extracomment>A party row as typed: role, type, name, country text, address, and the number of the row it acts for (&quot;&quot; if none). Used to move rows and to tell whether anything changed. The row of the government this consignee acts for (followed when rows move).</extracomment>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Acts for</source>
        <translation>Pour le compte de</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Parties</translation>
    </message>
    <message>
        <source>Add part&amp;y</source>
        <translation>Ajouter une part&amp;ie</translation>
    </message>
    <message>
        <source>Re&amp;move party</source>
        <translation>S&amp;upprimer la partie</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Mon&amp;ter</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Desce&amp;ndre</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not in the list of countries; choose one from the list</source>
        <translation>«&#xa0;%1&#xa0;» ne figure pas dans la liste des pays&#xa0;; choisissez-en un dans la liste</translation>
    </message>
    <message>
        <source>Party %1: role</source>
        <translation>Partie %1&#xa0;: rôle</translation>
    </message>
    <message>
        <source>Party %1: type</source>
        <translation>Partie %1&#xa0;: type</translation>
    </message>
    <message>
        <source>Party %1: name</source>
        <translation>Partie %1&#xa0;: nom</translation>
    </message>
    <message>
        <source>Party %1: country</source>
        <translation>Partie %1&#xa0;: pays</translation>
    </message>
    <message>
        <source>Party %1: address</source>
        <translation>Partie %1&#xa0;: adresse</translation>
    </message>
    <message>
        <source>Party %1: acts for</source>
        <translation>Partie %1&#xa0;: pour le compte de</translation>
    </message>
    <message>
        <source>Party %1</source>
        <translation>Partie %1</translation>
    </message>
    <message>
        <source>Name of the party</source>
        <translation>Nom de la partie</translation>
    </message>
    <message>
        <source>For a commercial consignee importing for a government end user of this case: the Article 6 screen then treats it as that government.</source>
        <translation>Pour un destinataire commercial qui importe pour le compte d’un utilisateur final gouvernemental de ce dossier&#xa0;: le contrôle de l’article 6 le traite alors comme ce gouvernement.</translation>
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
        <translation>&amp;Ouvrir</translation>
    </message>
</context>
<context>
    <name>ReassessmentDialog</name>
    <message>
        <source>Article 7(7) reassessment of valid licences</source>
        <translation>Réévaluation des licences valides (article 7(7))</translation>
    </message>
    <message>
        <source>When an embargo is imposed or new information about a destination is recorded, every valid licence it concerns is listed here. Reassess each one, possibly after consulting the importing State, and record what you decided: the licence stands, or is suspended, revoked or amended. Every step is kept in the licence&apos;s history. A licence that an embargo now prohibits cannot stand.</source>
        <translation>Lorsqu’un embargo est imposé ou que de nouvelles informations sur une destination sont enregistrées, chaque licence valide concernée est listée ici. Réévaluez chacune, éventuellement après avoir consulté l’État importateur, et consignez votre décision&#xa0;: la licence est maintenue, suspendue, révoquée ou modifiée. Chaque étape est conservée dans l’historique de la licence. Une licence désormais interdite par un embargo ne peut pas être maintenue.</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valide jusqu’au</translation>
    </message>
    <message>
        <source>Why it is listed</source>
        <translation>Motif de l’inscription</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>&amp;Embargo data…</source>
        <translation>Données d’&amp;embargo…</translation>
    </message>
    <message>
        <source>Amended terms</source>
        <translation>Conditions modifiées</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Record the &amp;amendment</source>
        <translation>Enregistrer la &amp;modification</translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation>Valide jusqu’au&#xa0;:</translation>
    </message>
    <message>
        <source>Quantities:</source>
        <translation>Quantités&#xa0;:</translation>
    </message>
    <message>
        <source>Conditions (one per line):</source>
        <translation>Conditions (une par ligne)&#xa0;:</translation>
    </message>
    <message>
        <source>Reassess the selected licence</source>
        <translation>Réévaluer la licence sélectionnée</translation>
    </message>
    <message>
        <source>Your conclusion and its reasons (what the new information changes, whom you consulted). It is kept as the reason of the step you record.</source>
        <translation>Votre conclusion et ses motifs (ce que les nouvelles informations changent, qui vous avez consulté). Elle est conservée comme motif de l’étape que vous enregistrez.</translation>
    </message>
    <message>
        <source>&amp;Conclusion and reasons:</source>
        <translation>&amp;Conclusion et motifs&#xa0;:</translation>
    </message>
    <message>
        <source>Licence &amp;stands</source>
        <translation>Licence &amp;maintenue</translation>
    </message>
    <message>
        <source>S&amp;uspend</source>
        <translation>S&amp;uspendre</translation>
    </message>
    <message>
        <source>Re&amp;voke</source>
        <translation>Ré&amp;voquer</translation>
    </message>
    <message>
        <source>&amp;Amend…</source>
        <translation>Mo&amp;difier…</translation>
    </message>
    <message>
        <source>I confirm the revocation: a revoked licence cannot be reinstated</source>
        <translation>Je confirme la révocation&#xa0;: une licence révoquée ne peut pas être rétablie</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>History of the licence:</source>
        <translation>Historique de la licence&#xa0;:</translation>
    </message>
    <message>
        <source>Record new information about a destination</source>
        <translation>Enregistrer de nouvelles informations sur une destination</translation>
    </message>
    <message>
        <source>e.g. UN report of abuses by the receiving unit, or a coup d&apos;état</source>
        <translation>p. ex. rapport de l’ONU sur des exactions de l’unité destinataire, ou coup d’État</translation>
    </message>
    <message>
        <source>Source: title, date, reference</source>
        <translation>Source&#xa0;: titre, date, référence</translation>
    </message>
    <message>
        <source>Record &amp;information</source>
        <translation>Enregistrer l’informatio&amp;n</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>É&amp;tat&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Information:</source>
        <translation>&amp;Informations&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>S&amp;ource&#xa0;:</translation>
    </message>
    <message>
        <source>Your conclusion or information is not recorded yet. Record it, or close again to discard it.</source>
        <translation>Votre conclusion ou votre information n’est pas encore enregistrée. Enregistrez-la, ou fermez à nouveau pour l’abandonner.</translation>
    </message>
    <message>
        <source>EMBARGO — suspend or revoke.</source>
        <translation>EMBARGO — suspendre ou révoquer.</translation>
    </message>
    <message>
        <source>%1 valid licence(s) to reassess as at %2.</source>
        <translation>%1 licence(s) valide(s) à réévaluer au %2.</translation>
    </message>
    <message>
        <source>No valid licence needs reassessing as at %1.</source>
        <translation>Aucune licence valide n’est à réévaluer au %1.</translation>
    </message>
    <message>
        <source>Select a licence in the list.</source>
        <translation>Sélectionnez une licence dans la liste.</translation>
    </message>
    <message>
        <source>Licence %1 (%2), version %3, %4.</source>
        <translation>Licence %1 (%2), version %3, %4.</translation>
    </message>
    <message>
        <source>An embargo now prohibits this transfer (Article 6): it cannot stand and no mitigation lifts it. Suspend or revoke it and stop further shipments.</source>
        <translation>Un embargo interdit désormais ce transfert (article 6)&#xa0;: la licence ne peut pas être maintenue et aucune atténuation ne lève l’interdiction. Suspendez-la ou révoquez-la et arrêtez toute nouvelle expédition.</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>valide</translation>
    </message>
    <message>
        <source>suspended</source>
        <translation>suspendue</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>révoquée</translation>
    </message>
    <message>
        <source>Write your conclusion and its reasons first: they are kept.</source>
        <translation>Rédigez d’abord votre conclusion et ses motifs&#xa0;: ils sont conservés.</translation>
    </message>
    <message>
        <source>Licence %1 is %2 and no longer needs reassessing.</source>
        <translation>La licence %1 est %2 et n’a plus besoin d’être réévaluée.</translation>
    </message>
    <message>
        <source>Not recorded: %1</source>
        <translation>Non enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Recorded: licence %1 stands.</source>
        <translation>Enregistré&#xa0;: la licence %1 est maintenue.</translation>
    </message>
    <message>
        <source>Tick the confirmation first: a revocation cannot be undone.</source>
        <translation>Cochez d’abord la confirmation&#xa0;: une révocation est irréversible.</translation>
    </message>
    <message>
        <source>Recorded: licence %1 is now %2.</source>
        <translation>Enregistré&#xa0;: la licence %1 est désormais %2.</translation>
    </message>
    <message>
        <source>Line %1: %2 is not a number.</source>
        <translation>Ligne %1&#xa0;: %2 n’est pas un nombre.</translation>
    </message>
    <message>
        <source>Recorded: licence %1 amended.</source>
        <translation>Enregistré&#xa0;: licence %1 modifiée.</translation>
    </message>
    <message>
        <source>The information was not recorded: %1</source>
        <translation>L’information n’a pas été enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Information recorded; %1 valid licence(s) concern that State.</source>
        <translation>Information enregistrée&#xa0;; %1 licence(s) valide(s) concernent cet État.</translation>
    </message>
</context>
<context>
    <name>ReassignDialog</name>
    <message>
        <source>Reassign %1</source>
        <translation>Réattribuer %1</translation>
    </message>
    <message>
        <source>e.g. officer transferred to another post</source>
        <translation>p. ex. agent muté à un autre poste</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;À&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif&#xa0;:</translation>
    </message>
    <message>
        <source>Choose the colleague who takes the case over.</source>
        <translation>Choisissez le collègue qui reprend le dossier.</translation>
    </message>
</context>
<context>
    <name>RecordRequestDialog</name>
    <message>
        <source>Record a change request</source>
        <translation>Enregistrer une demande de modification</translation>
    </message>
    <message>
        <source>The new end use or location, in words</source>
        <translation>La nouvelle utilisation finale ou le nouveau lieu, en toutes lettres</translation>
    </message>
    <message>
        <source>Licensed item</source>
        <translation>Bien sous licence</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>One document per line (title or reference)</source>
        <translation>Un document par ligne (titre ou référence)</translation>
    </message>
    <message>
        <source>&amp;Licence:</source>
        <translation>&amp;Licence&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Request:</source>
        <translation>&amp;Demande&#xa0;:</translation>
    </message>
    <message>
        <source>Asked &amp;by:</source>
        <translation>Demandée &amp;par&#xa0;:</translation>
    </message>
    <message>
        <source>Recei&amp;ved on:</source>
        <translation>Reçue l&amp;e&#xa0;:</translation>
    </message>
    <message>
        <source>New &amp;country:</source>
        <translation>Nouveau pa&amp;ys&#xa0;:</translation>
    </message>
    <message>
        <source>New &amp;end user:</source>
        <translation>Nouvel &amp;utilisateur final&#xa0;:</translation>
    </message>
    <message>
        <source>New end use or l&amp;ocation:</source>
        <translation>Nouvelle utilisation finale ou n&amp;ouveau lieu&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Items concerned:</source>
        <translation>&amp;Biens concernés&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Justification:</source>
        <translation>&amp;Justification&#xa0;:</translation>
    </message>
    <message>
        <source>Docu&amp;ments:</source>
        <translation>Docu&amp;ments&#xa0;:</translation>
    </message>
    <message>
        <source>(licensed: %1)</source>
        <translation>(sous licence&#xa0;: %1)</translation>
    </message>
    <message>
        <source>Type each quantity as a number, e.g. 10 or 2.5.</source>
        <translation>Saisissez chaque quantité sous forme de nombre, p. ex. 10 ou 2.5.</translation>
    </message>
</context>
<context>
    <name>RegisterFilters</name>
    <message>
        <source>Search reference, exporter, end user…</source>
        <translation>Référence, exportateur, utilisateur final…</translation>
    </message>
    <message>
        <source>Year the application was received</source>
        <translation>Année de réception de la demande</translation>
    </message>
    <message>
        <source>Case status</source>
        <translation>Statut du dossier</translation>
    </message>
    <message>
        <source>Final importing State</source>
        <translation>État importateur final</translation>
    </message>
    <message>
        <source>ATT category of any line item</source>
        <translation>Catégorie ATT d’une ligne</translation>
    </message>
    <message>
        <source>Exporter or applicant</source>
        <translation>Exportateur ou demandeur</translation>
    </message>
    <message>
        <source>Transfer type</source>
        <translation>Type de transfert</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>Show every case again</source>
        <translation>Afficher à nouveau tous les dossiers</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Toutes années</translation>
    </message>
    <message>
        <source>All destinations</source>
        <translation>Toutes destinations</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Toutes catégories</translation>
    </message>
    <message>
        <source>All exporters</source>
        <translation>Tous exportateurs</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous statuts</translation>
    </message>
    <message>
        <source>All transfer types</source>
        <translation>Tous transferts</translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <source>Could not read this case: %1</source>
        <extracomment>The case&apos;s database id, for opening it. At most this many pages stay in memory (5,000 rows). Pages that could not be read, with the reason (kept until the next reset). How many pages were fetched since the last reset (benchmarks and tests read it).</extracomment>
        <translation>Impossible de lire ce dossier&#xa0;: %1</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Exporter / applicant</source>
        <translation>Exportateur / demandeur</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>End user</source>
        <translation>Utilisateur final</translation>
    </message>
    <message>
        <source>ATT categories</source>
        <translation>Catégories ATT</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu le</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Décidé le</translation>
    </message>
    <message>
        <source>The line items are valued in different currencies.</source>
        <translation>Les lignes sont valorisées dans des devises différentes.</translation>
    </message>
</context>
<context>
    <name>ReportBuilder</name>
    <message>
        <source>Category / sub-category</source>
        <translation>Catégorie / sous-catégorie</translation>
    </message>
    <message>
        <source>Final importing State</source>
        <translation>État importateur final</translation>
    </message>
    <message>
        <source>Exporting State</source>
        <translation>État exportateur</translation>
    </message>
    <message>
        <source>Number of items</source>
        <translation>Nombre d’unités</translation>
    </message>
    <message>
        <source>Value (%1)</source>
        <translation>Valeur (%1)</translation>
    </message>
    <message>
        <source>State of origin (if not exporter)</source>
        <translation>État d’origine (si différent de l’exportateur)</translation>
    </message>
    <message>
        <source>Intermediate location (if any)</source>
        <translation>Lieu intermédiaire (le cas échéant)</translation>
    </message>
    <message>
        <source>Description of item</source>
        <translation>Description du bien</translation>
    </message>
    <message>
        <source>Comments on the transfer</source>
        <translation>Commentaires sur le transfert</translation>
    </message>
    <message>
        <source>Some values of this row are left out: no value recorded, or no exchange rate into the report currency. See the findings.</source>
        <translation>Certaines valeurs de cette ligne sont omises&#xa0;: aucune valeur enregistrée, ou aucun taux de change vers la devise du rapport. Voir les constats.</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(non enregistré)</translation>
    </message>
    <message>
        <source>authorised</source>
        <translation>autorisées</translation>
    </message>
    <message>
        <source>actual</source>
        <translation>effectives</translation>
    </message>
    <message>
        <source>Exports (%1), %2</source>
        <translation>Exportations (%1), %2</translation>
    </message>
    <message>
        <source>Imports (%1), %2</source>
        <translation>Importations (%1), %2</translation>
    </message>
    <message>
        <source>Nil report on exports: nothing to report for %1.</source>
        <translation>Rapport «&#xa0;néant&#xa0;» sur les exportations&#xa0;: rien à déclarer pour %1.</translation>
    </message>
    <message>
        <source>Nil report on imports: nothing to report for %1.</source>
        <translation>Rapport «&#xa0;néant&#xa0;» sur les importations&#xa0;: rien à déclarer pour %1.</translation>
    </message>
    <message>
        <source>The report will include a nil report (Annex 3).</source>
        <translation>Le rapport comprendra un rapport «&#xa0;néant&#xa0;» (annexe 3).</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>* value incomplete (see findings)</source>
        <translation>* valeur incomplète (voir les constats)</translation>
    </message>
    <message>
        <source>Total: </source>
        <translation>Total&#xa0;: </translation>
    </message>
    <message>
        <source>Choose the options, then press Preview to see this table.</source>
        <translation>Choisissez les options, puis appuyez sur Aperçu pour voir ce tableau.</translation>
    </message>
</context>
<context>
    <name>ReportBuilderDialog</name>
    <message>
        <source>Annual report (Article 13(3))</source>
        <extracomment>Builds the report (``services.reporting.collect``); run on a worker thread. The application (case) id of a record to fix; the main window opens it. A file was written: its path. A preview was built (tests and the main window may listen).</extracomment>
        <translation>Rapport annuel (article 13(3))</translation>
    </message>
    <message>
        <source>&amp;Open the record to fix</source>
        <extracomment>The preview being built or the file being written, if any.</extracomment>
        <translation>&amp;Ouvrir l’enregistrement à corriger</translation>
    </message>
    <message>
        <source>Exported items per year, by category</source>
        <translation>Biens exportés par année, par catégorie</translation>
    </message>
    <message>
        <source>Exported items per year, by region</source>
        <translation>Biens exportés par année, par région</translation>
    </message>
    <message>
        <source>E&amp;xports table</source>
        <translation>Tableau des e&amp;xportations</translation>
    </message>
    <message>
        <source>I&amp;mports table</source>
        <translation>Tableau des i&amp;mportations</translation>
    </message>
    <message>
        <source>Fin&amp;dings</source>
        <translation>Cons&amp;tats</translation>
    </message>
    <message>
        <source>C&amp;harts</source>
        <translation>Grap&amp;hiques</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>A&amp;perçu</translation>
    </message>
    <message>
        <source>Allow a dra&amp;ft despite errors</source>
        <translation>Autoriser un &amp;brouillon malgré les erreurs</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Exporter en P&amp;DF…</translation>
    </message>
    <message>
        <source>Export &amp;XLSX…</source>
        <translation>Exporter en &amp;XLSX…</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exporter en &amp;CSV…</translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation>Exporter en &amp;JSON…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>S&amp;ubmission…</source>
        <extracomment>The report as submitted: contributions, approval, the frozen copy (issue 14).</extracomment>
        <translation>&amp;Soumission…</translation>
    </message>
    <message>
        <source>Cancel the preview</source>
        <extracomment>Stops a preview being built (shown only meanwhile; files are written to the end).</extracomment>
        <translation>Annuler l’aperçu</translation>
    </message>
    <message>
        <source>The choices changed since the preview: press Preview again to export.</source>
        <translation>Les choix ont changé depuis l’aperçu&#xa0;: appuyez de nouveau sur Aperçu pour exporter.</translation>
    </message>
    <message numerus="yes">
        <source>Due to the ATT Secretariat by %1: %n day(s) left.</source>
        <translation>
            <numerusform>À remettre au Secrétariat de l’ATT avant le %1&#xa0;: %n jour restant.</numerusform>
            <numerusform>À remettre au Secrétariat de l’ATT avant le %1&#xa0;: %n jours restants.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Due to the ATT Secretariat by %1: %n day(s) overdue.</source>
        <translation>
            <numerusform>À remettre au Secrétariat de l’ATT avant le %1&#xa0;: %n jour de retard.</numerusform>
            <numerusform>À remettre au Secrétariat de l’ATT avant le %1&#xa0;: %n jours de retard.</numerusform>
        </translation>
    </message>
    <message>
        <source>Annual report</source>
        <translation>Rapport annuel</translation>
    </message>
    <message>
        <source>Reading the records of %1…</source>
        <translation>Lecture des enregistrements de %1…</translation>
    </message>
    <message>
        <source>The preview was cancelled.</source>
        <translation>L’aperçu a été annulé.</translation>
    </message>
    <message>
        <source>Laying out the tables…</source>
        <translation>Mise en page des tableaux…</translation>
    </message>
    <message>
        <source> Information withheld: the title page declares it.</source>
        <translation> Informations non communiquées&#xa0;: la page de titre le déclare.</translation>
    </message>
    <message numerus="yes">
        <source>Preview ready: %n error(s) to fix before export.</source>
        <translation>
            <numerusform>Aperçu prêt&#xa0;: %n erreur à corriger avant l’exportation.</numerusform>
            <numerusform>Aperçu prêt&#xa0;: %n erreurs à corriger avant l’exportation.</numerusform>
        </translation>
    </message>
    <message>
        <source>Preview ready: no errors.</source>
        <translation>Aperçu prêt&#xa0;: aucune erreur.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message>
        <source>Double-click a finding (or press Enter) to open the record to fix.</source>
        <translation>Double-cliquez sur un constat (ou appuyez sur Entrée) pour ouvrir l’enregistrement à corriger.</translation>
    </message>
    <message>
        <source>Fin&amp;dings (%1)</source>
        <translation>Cons&amp;tats (%1)</translation>
    </message>
    <message>
        <source>Nothing exported in these years.</source>
        <translation>Aucune exportation au cours de ces années.</translation>
    </message>
    <message>
        <source>Enter the %1 rate into %2 for %3, then save it and preview again.</source>
        <translation>Saisissez le taux de %1 en %2 pour %3, puis enregistrez-le et relancez l’aperçu.</translation>
    </message>
    <message>
        <source>Preview the report before exporting it.</source>
        <translation>Affichez l’aperçu du rapport avant de l’exporter.</translation>
    </message>
    <message>
        <source>The report has errors (see Findings). Fix them, or tick “Allow a draft despite errors” to write a draft.</source>
        <translation>Le rapport contient des erreurs (voir Constats). Corrigez-les, ou cochez «&#xa0;Autoriser un brouillon malgré les erreurs&#xa0;» pour rédiger un brouillon.</translation>
    </message>
    <message>
        <source>Export the annual report</source>
        <translation>Exporter le rapport annuel</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Rédaction de %1…</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Écrit&#xa0;: %1</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <extracomment>``(parent, title, suggested path, filter) -&gt; chosen path or None``: tests replace it.</extracomment>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
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
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The %1 file could not be written: %2
The details are in the log.</source>
        <translation>Le fichier %1 n’a pas pu être écrit&#xa0;: %2
Les détails figurent dans le journal.</translation>
    </message>
    <message>
        <source>Authorised (licences issued in the year)</source>
        <translation>Autorisées (licences délivrées dans l’année)</translation>
    </message>
    <message>
        <source>Actual (shipments made in the year)</source>
        <translation>Effectives (expéditions réalisées dans l’année)</translation>
    </message>
    <message>
        <source>Number of items and value</source>
        <translation>Nombre d’unités et valeur</translation>
    </message>
    <message>
        <source>Number of items</source>
        <translation>Nombre d’unités</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Include small arms for &amp;civilian end users</source>
        <translation>Inclure les armes légères destinées à des utilisateurs &amp;finaux civils</translation>
    </message>
    <message>
        <source>Add voluntary &amp;national categories</source>
        <translation>Ajouter des caté&amp;gories nationales facultatives</translation>
    </message>
    <message>
        <source>From the settings, e.g. SE</source>
        <translation>Tiré des paramètres, p. ex. SE</translation>
    </message>
    <message>
        <source>Add the charts annex to the PDF</source>
        <translation>Joindre l’annexe des graphiques au PDF</translation>
    </message>
    <message>
        <source>Report &amp;year:</source>
        <translation>&amp;Année du rapport&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Exports:</source>
        <translation>&amp;Exportations&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Imports:</source>
        <translation>&amp;Importations&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Figures:</source>
        <translation>Chiff&amp;res&#xa0;:</translation>
    </message>
    <message>
        <source>Report c&amp;urrency:</source>
        <translation>De&amp;vise du rapport&#xa0;:</translation>
    </message>
    <message>
        <source>Reporting &amp;State:</source>
        <translation>État déc&amp;larant&#xa0;:</translation>
    </message>
    <message>
        <source>Contact &amp;name:</source>
        <translation>&amp;Nom du contact&#xa0;:</translation>
    </message>
    <message>
        <source>Position:</source>
        <translation>Fonction&#xa0;:</translation>
    </message>
    <message>
        <source>Contact &amp;organisation:</source>
        <translation>Organisme du &amp;contact&#xa0;:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>Telephone:</source>
        <translation>Téléphone&#xa0;:</translation>
    </message>
    <message>
        <source>Contact e-&amp;mail:</source>
        <translation>Courr&amp;iel du contact&#xa0;:</translation>
    </message>
    <message>
        <source>Chart &amp;years:</source>
        <translation>Années des graphi&amp;ques&#xa0;:</translation>
    </message>
    <message>
        <source>Report &amp;language:</source>
        <translation>Langue du rapp&amp;ort&#xa0;:</translation>
    </message>
    <message>
        <source>Exports form may be made &amp;public</source>
        <translation>Le formulaire des exportations peut être rendu &amp;public</translation>
    </message>
    <message>
        <source>Imports form may be made pu&amp;blic</source>
        <translation>Le formulaire des importations peut être rendu pu&amp;blic</translation>
    </message>
    <message>
        <source>Annex 2: national definitions of categories</source>
        <translation>Annexe 2&#xa0;: définitions nationales des catégories</translation>
    </message>
    <message>
        <source>How your national definition is wider than the UN Register&apos;s</source>
        <translation>En quoi votre définition nationale est plus large que celle du Registre de l’ONU</translation>
    </message>
    <message>
        <source>Add definition</source>
        <translation>Ajouter une définition</translation>
    </message>
    <message>
        <source>Remove definition</source>
        <translation>Supprimer la définition</translation>
    </message>
    <message>
        <source>Cate&amp;gory:</source>
        <translation>Caté&amp;gorie&#xa0;:</translation>
    </message>
    <message>
        <source>Defini&amp;tion:</source>
        <translation>Défini&amp;tion&#xa0;:</translation>
    </message>
    <message>
        <source>The file was written, but the contact point and definitions were not kept for next time: %1</source>
        <translation>Le fichier a été écrit, mais le point de contact et les définitions n’ont pas été conservés pour la prochaine fois&#xa0;: %1</translation>
    </message>
    <message>
        <source>Exchange rates into the report currency</source>
        <translation>Taux de change vers la devise du rapport</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Rate (1 unit =)</source>
        <translation>Taux (1 unité =)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>e.g. 0.92</source>
        <translation>p. ex. 0.92</translation>
    </message>
    <message>
        <source>e.g. Central bank annual average</source>
        <translation>p. ex. Moyenne annuelle de la banque centrale</translation>
    </message>
    <message>
        <source>Save &amp;rate</source>
        <translation>Enregistrer le &amp;taux</translation>
    </message>
    <message>
        <source>Values in other currencies are added to no total until their rate for the year is recorded.</source>
        <translation>Les valeurs dans d’autres devises ne sont ajoutées à aucun total tant que leur taux pour l’année n’est pas enregistré.</translation>
    </message>
    <message>
        <source>Curre&amp;ncy:</source>
        <translation>De&amp;vise&#xa0;:</translation>
    </message>
    <message>
        <source>R&amp;ate:</source>
        <translation>T&amp;aux&#xa0;:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Source&#xa0;:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Exchange rates</source>
        <translation>Taux de change</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number; write the rate like 0.92</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nombre&#xa0;; écrivez le taux comme 0.92</translation>
    </message>
    <message>
        <source>Saved: 1 %1 = %2 %3 for %4. Preview again to use it.</source>
        <translation>Enregistré&#xa0;: 1 %1 = %2 %3 pour %4. Relancez l’aperçu pour l’utiliser.</translation>
    </message>
</context>
<context>
    <name>ReportingCalendarDialog</name>
    <message>
        <source>Reporting calendar</source>
        <translation>Calendrier des rapports</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Non commencé</translation>
    </message>
    <message>
        <source>Collecting data</source>
        <translation>Collecte des données</translation>
    </message>
    <message>
        <source>Inter-agency check</source>
        <translation>Vérification interministérielle</translation>
    </message>
    <message>
        <source>Signed off</source>
        <translation>Validé</translation>
    </message>
    <message>
        <source>Submitted to the ATT Secretariat</source>
        <translation>Soumis au Secrétariat de l’ATT</translation>
    </message>
    <message>
        <source>&amp;Collect data by:</source>
        <translation>&amp;Collecter les données avant le&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Inter-agency check by:</source>
        <translation>&amp;Vérification interministérielle avant le&#xa0;:</translation>
    </message>
    <message>
        <source>Si&amp;gn-off by:</source>
        <translation>Vali&amp;dation avant le&#xa0;:</translation>
    </message>
    <message>
        <source>Report &amp;year:</source>
        <translation>&amp;Année du rapport&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Status of the report:</source>
        <translation>&amp;Statut du rapport&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>The %1 report was submitted (due %2).</source>
        <translation>Le rapport %1 a été soumis (échéance le %2).</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left to submit the %1 report (due %2).</source>
        <translation>
            <numerusform>%n jour restant pour soumettre le rapport %1 (échéance le %2).</numerusform>
            <numerusform>%n jours restants pour soumettre le rapport %1 (échéance le %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %1 report is %n day(s) overdue (due %2).</source>
        <translation>
            <numerusform>Le rapport %1 a %n jour de retard (échéance le %2).</numerusform>
            <numerusform>Le rapport %1 a %n jours de retard (échéance le %2).</numerusform>
        </translation>
    </message>
    <message>
        <source>done</source>
        <translation>fait</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <translation>
            <numerusform>%n jour de retard</numerusform>
            <numerusform>%n jours de retard</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>dans %n jour</numerusform>
            <numerusform>dans %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Collect data</source>
        <translation>Collecte des données</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>Validation</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <source>Urgent: %1</source>
        <translation>Urgent&#xa0;: %1</translation>
    </message>
    <message>
        <source>Overdue: %1</source>
        <translation>En retard&#xa0;: %1</translation>
    </message>
    <message>
        <source>Agency</source>
        <extracomment>The case changed here (submitted, decided): the window refreshes register and case. The database and the person acting, read when a button is pressed.</extracomment>
        <translation>Organisme</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Répondu le</translation>
    </message>
    <message>
        <source>Opinion</source>
        <translation>Avis</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Motifs</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <source>&amp;Submit for review…</source>
        <translation>&amp;Soumettre pour examen…</translation>
    </message>
    <message>
        <source>Give &amp;opinion…</source>
        <translation>Donner un &amp;avis…</translation>
    </message>
    <message>
        <source>&amp;Decide…</source>
        <translation>&amp;Décider…</translation>
    </message>
    <message>
        <source>This case has not been submitted to the committee.</source>
        <translation>Ce dossier n’a pas été soumis à la commission.</translation>
    </message>
    <message>
        <source>the majority approves</source>
        <translation>la majorité approuve</translation>
    </message>
    <message>
        <source>the majority refuses</source>
        <translation>la majorité refuse</translation>
    </message>
    <message>
        <source>no majority</source>
        <translation>pas de majorité</translation>
    </message>
    <message>
        <source>quorum met</source>
        <translation>quorum atteint</translation>
    </message>
    <message>
        <source>quorum not met</source>
        <translation>quorum non atteint</translation>
    </message>
    <message>
        <source>%1 of %2 agencies answered; %3 needed (%4); %5.</source>
        <translation>Réponses reçues&#xa0;: %1 sur %2 organismes&#xa0;; %3 requises (%4)&#xa0;; %5.</translation>
    </message>
    <message>
        <source>Waiting for: %1</source>
        <translation>En attente de&#xa0;: %1</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>Remplacé</translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <source>Delivery verification certificates</source>
        <translation>Certificats de vérification de livraison</translation>
    </message>
    <message>
        <source> days after the shipment</source>
        <translation> jours après l’expédition</translation>
    </message>
    <message>
        <source>&amp;Owed:</source>
        <translation>&amp;Dus&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>&amp;Échéance&#xa0;:</translation>
    </message>
    <message>
        <source>Applies to shipments recorded from now on.</source>
        <translation>S’applique aux expéditions enregistrées à partir de maintenant.</translation>
    </message>
</context>
<context>
    <name>RulesTab</name>
    <message>
        <source>any case</source>
        <translation>tout dossier</translation>
    </message>
    <message>
        <source>transit or trans-shipment States</source>
        <translation>États de transit ou de transbordement</translation>
    </message>
    <message>
        <source>a serious GBV finding</source>
        <translation>un constat de VFS grave</translation>
    </message>
    <message>
        <source>a risk at a level</source>
        <translation>un risque d’un niveau donné</translation>
    </message>
    <message>
        <source>an Article 6 concern</source>
        <translation>un problème au titre de l’article 6</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Ret&amp;ire rule…</source>
        <translation>&amp;Retirer la règle…</translation>
    </message>
    <message>
        <source>New rule</source>
        <translation>Nouvelle règle</translation>
    </message>
    <message>
        <source>agency code, e.g. CUS</source>
        <translation>code de l’organisme, p. ex. DOU</translation>
    </message>
    <message>
        <source>any transfer type</source>
        <translation>tout type de transfert</translation>
    </message>
    <message>
        <source>any; or codes, e.g. BR, AR</source>
        <translation>tous&#xa0;; ou codes, p. ex. BR, AR</translation>
    </message>
    <message>
        <source>why: the mandate or decree</source>
        <translation>pourquoi&#xa0;: le mandat ou le décret</translation>
    </message>
    <message>
        <source>Add &amp;rule</source>
        <translation>Ajouter la r&amp;ègle</translation>
    </message>
    <message>
        <source>&amp;Agency:</source>
        <translation>&amp;Organisme&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Transfer type:</source>
        <translation>&amp;Type de transfert&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Finding:</source>
        <translation>&amp;Constat&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Destinations:</source>
        <translation>&amp;Destinations&#xa0;:</translation>
    </message>
    <message>
        <source>W&amp;hy:</source>
        <translation>&amp;Pourquoi&#xa0;:</translation>
    </message>
    <message>
        <source>Sa&amp;ve due days</source>
        <translation>Enregistrer les dé&amp;lais</translation>
    </message>
    <message>
        <source>Opinions due in (working days):</source>
        <translation>Délai de remise des avis (jours ouvrés)&#xa0;:</translation>
    </message>
    <message>
        <source>urgent:</source>
        <translation>urgent&#xa0;:</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Retirée</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>En vigueur</translation>
    </message>
    <message>
        <source>No such agency yet</source>
        <translation>Cet organisme n’existe pas encore</translation>
    </message>
    <message>
        <source>Rule added.</source>
        <translation>Règle ajoutée.</translation>
    </message>
    <message>
        <source>Retire a consultation rule</source>
        <translation>Retirer une règle de consultation</translation>
    </message>
    <message>
        <source>Why does this rule no longer apply? (It is kept, retired.)</source>
        <translation>Pourquoi cette règle ne s’applique-t-elle plus&#xa0;? (Elle est conservée, marquée comme retirée.)</translation>
    </message>
    <message>
        <source>Rule retired.</source>
        <translation>Règle retirée.</translation>
    </message>
    <message>
        <source>Due days saved.</source>
        <translation>Délais enregistrés.</translation>
    </message>
</context>
<context>
    <name>SanctionsHitsPanel</name>
    <message>
        <source>Party</source>
        <extracomment>A hit was reviewed or new hits were found: the case id (or 0 for every case).</extracomment>
        <translation>Partie</translation>
    </message>
    <message>
        <source>Listed as</source>
        <translation>Inscrite sous le nom</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Regime</source>
        <translation>Régime</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Examen</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Why the selected hit is, or is not, the listed party (required)</source>
        <translation>Pourquoi la correspondance sélectionnée est, ou n’est pas, la partie inscrite (obligatoire)</translation>
    </message>
    <message>
        <source>&amp;Confirm: same party</source>
        <translation>&amp;Confirmer&#xa0;: même partie</translation>
    </message>
    <message>
        <source>&amp;Reject: someone else</source>
        <translation>&amp;Rejeter&#xa0;: quelqu’un d’autre</translation>
    </message>
    <message>
        <source>&amp;Screen parties now</source>
        <translation>Contrôler les parties &amp;maintenant</translation>
    </message>
    <message>
        <source>No UN Consolidated List has been imported: parties are not screened.</source>
        <translation>Aucune Liste récapitulative de l’ONU n’a été importée&#xa0;: les parties ne sont pas contrôlées.</translation>
    </message>
    <message>
        <source>Screened against the UN Consolidated List generated %1.</source>
        <translation>Contrôlé au regard de la Liste récapitulative de l’ONU générée le %1.</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>À examiner</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmée</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejetée</translation>
    </message>
    <message>
        <source>Only a licensing officer reviews sanctions list hits.</source>
        <translation>Seul un agent instructeur examine les correspondances avec les listes de sanctions.</translation>
    </message>
    <message>
        <source>Hit not reviewed</source>
        <translation>Correspondance non examinée</translation>
    </message>
    <message>
        <source>Screening parties</source>
        <translation>Contrôle des parties</translation>
    </message>
    <message>
        <source>Screening parties against the UN Consolidated List…</source>
        <translation>Contrôle des parties au regard de la Liste récapitulative de l’ONU…</translation>
    </message>
</context>
<context>
    <name>SanctionsListDialog</name>
    <message>
        <source>UN Security Council Consolidated List</source>
        <translation>Liste récapitulative du Conseil de sécurité de l’ONU</translation>
    </message>
    <message>
        <source>Every party of every case is screened against the Council&apos;s list of individuals and entities. Import the consolidated XML file downloaded from the Security Council&apos;s website; a new list re-screens valid licences and open cases.</source>
        <translation>Chaque partie de chaque dossier est contrôlée au regard de la liste des personnes et entités du Conseil. Importez le fichier XML récapitulatif téléchargé sur le site du Conseil de sécurité&#xa0;; une nouvelle liste déclenche un nouveau contrôle des licences valides et des dossiers ouverts.</translation>
    </message>
    <message>
        <source>&amp;Import list file…</source>
        <translation>&amp;Importer un fichier de liste…</translation>
    </message>
    <message>
        <source>Only an administrator imports the list.</source>
        <translation>Seul un administrateur importe la liste.</translation>
    </message>
    <message>
        <source>Import the UN Consolidated List</source>
        <translation>Importer la Liste récapitulative de l’ONU</translation>
    </message>
    <message>
        <source>Consolidated List (*.xml)</source>
        <translation>Liste récapitulative (*.xml)</translation>
    </message>
    <message>
        <source>Importing the UN Consolidated List</source>
        <translation>Importation de la Liste récapitulative de l’ONU</translation>
    </message>
    <message>
        <source>Reading the list and screening parties…</source>
        <translation>Lecture de la liste et contrôle des parties…</translation>
    </message>
    <message>
        <source>Imported %1 entries; %2 parties screened, %3 new hits.</source>
        <translation>Entrées importées&#xa0;: %1&#xa0;; parties contrôlées&#xa0;: %2&#xa0;; nouvelles correspondances&#xa0;: %3.</translation>
    </message>
    <message>
        <source>Valid licences to reassess under Article 7(7) (Assessment → Article 7(7) reassessment): %1</source>
        <translation>Licences valides à réévaluer au titre de l’article 7(7) (Évaluation → Réévaluation de l’article 7(7))&#xa0;: %1</translation>
    </message>
    <message>
        <source>List imported</source>
        <translation>Liste importée</translation>
    </message>
</context>
<context>
    <name>SessionManager</name>
    <message>
        <source>The workstation is locked: sign in to continue.</source>
        <extracomment>Events that count as someone using the workstation (they postpone the idle lock). The full history verification waits this long after the start-up check. The signed-in session after a sign-in, or None after a lock or sign-out. The start-up history check has its ``AuditReport`` (it runs on a worker thread). The background full verification (every event since the first) has its report. The application context this manager sets the signed-in person on. The history check under way, if any. How long after the start-up check the full verification starts (tests: 0). Whose session the lock screen is covering (they may unlock it). Signed in with a one-time password; not usable until it is changed.</extracomment>
        <translation>Le poste de travail est verrouillé&#xa0;: connectez-vous pour continuer.</translation>
    </message>
    <message>
        <source>Checking the event history</source>
        <translation>Vérification de l’historique des événements</translation>
    </message>
    <message>
        <source>Checking the event history…</source>
        <translation>Vérification de l’historique des événements…</translation>
    </message>
    <message>
        <source>Checking the whole event history…</source>
        <translation>Vérification de l’ensemble de l’historique des événements…</translation>
    </message>
    <message>
        <source>The history has been tampered with</source>
        <translation>L’historique a été altéré</translation>
    </message>
    <message>
        <source>The event history of this database was changed outside ATT Desktop (problems at event %1). Keep the file as evidence, tell your administrator and run &apos;att-desktop audit verify&apos; for the details.</source>
        <translation>L’historique des événements de cette base de données a été modifié en dehors d’ATT Desktop (problèmes à l’événement %1). Conservez le fichier comme preuve, prévenez votre administrateur et lancez «&#xa0;att-desktop audit verify&#xa0;» pour les détails.</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Verrouillé</translation>
    </message>
    <message>
        <source>Signed in: %1</source>
        <translation>Connecté&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>Non autorisé</translation>
    </message>
    <message>
        <source>S&amp;witch user…</source>
        <translation>&amp;Changer d’utilisateur…</translation>
    </message>
    <message>
        <source>Lock the window and let someone else sign in (Ctrl+L)</source>
        <translation>Verrouiller la fenêtre et laisser quelqu’un d’autre se connecter (Ctrl+L)</translation>
    </message>
    <message>
        <source>Loc&amp;k</source>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <source>C&amp;hange password…</source>
        <translation>Changer le mot de &amp;passe…</translation>
    </message>
    <message>
        <source>My &amp;training…</source>
        <translation>Ma &amp;formation…</translation>
    </message>
    <message>
        <source>&amp;Users and agencies…</source>
        <translation>&amp;Utilisateurs et organismes…</translation>
    </message>
</context>
<context>
    <name>ShipmentDialog</name>
    <message>
        <source>Record a shipment</source>
        <translation>Enregistrer une expédition</translation>
    </message>
    <message>
        <source>Licence number or case reference</source>
        <translation>Numéro de licence ou référence du dossier</translation>
    </message>
    <message>
        <source>Customs declaration, e.g. MRN</source>
        <translation>Déclaration en douane, p. ex. MRN</translation>
    </message>
    <message>
        <source>I have read the warnings; record the shipment as it happened</source>
        <translation>J’ai lu les avertissements&#xa0;; enregistrer l’expédition telle qu’elle a eu lieu</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Bien</translation>
    </message>
    <message>
        <source>Licensed</source>
        <translation>Sous licence</translation>
    </message>
    <message>
        <source>Shipped so far</source>
        <translation>Déjà expédié</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Restant</translation>
    </message>
    <message>
        <source>This shipment</source>
        <translation>Cette expédition</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Find &amp;licence:</source>
        <translation>Rechercher la &amp;licence&#xa0;:</translation>
    </message>
    <message>
        <source>Shipped &amp;on:</source>
        <translation>E&amp;xpédié le&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;ustoms reference:</source>
        <translation>Référence &amp;douanière&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes&#xa0;:</translation>
    </message>
    <message>
        <source>Quantities and values shipped (&amp;this shipment):</source>
        <translation>Quantités et valeurs expédiées (ce&amp;tte expédition)&#xa0;:</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>Avertissements&#xa0;:</translation>
    </message>
    <message>
        <source>export</source>
        <translation>exportation</translation>
    </message>
    <message>
        <source>import</source>
        <translation>importation</translation>
    </message>
    <message>
        <source>Licence %1 (case %2), %3, valid %4 to %5.</source>
        <translation>Licence %1 (dossier %2), %3, valide du %4 au %5.</translation>
    </message>
    <message>
        <source>Choose the licence first.</source>
        <translation>Choisissez d’abord la licence.</translation>
    </message>
    <message>
        <source>Line %1: quantity and value must be numbers, e.g. 12 or 1500.50</source>
        <translation>Ligne %1&#xa0;: la quantité et la valeur doivent être des nombres, p. ex. 12 ou 1500.50</translation>
    </message>
    <message>
        <source>Enter the quantity shipped on at least one line.</source>
        <translation>Saisissez la quantité expédiée sur au moins une ligne.</translation>
    </message>
    <message>
        <source>No warnings: the shipment is within the licence.</source>
        <translation>Aucun avertissement&#xa0;: l’expédition reste dans les limites de la licence.</translation>
    </message>
    <message>
        <source>Nothing was saved: read the warnings, tick that you have read them, then record again.</source>
        <translation>Rien n’a été enregistré&#xa0;: lisez les avertissements, cochez la case indiquant que vous les avez lus, puis enregistrez à nouveau.</translation>
    </message>
    <message numerus="yes">
        <source>Shipment recorded (%n warning(s) acknowledged).</source>
        <translation>
            <numerusform>Expédition enregistrée (%n avertissement pris en compte).</numerusform>
            <numerusform>Expédition enregistrée (%n avertissements pris en compte).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignInForm</name>
    <message>
        <source>Sign in</source>
        <extracomment>The form&apos;s height may have changed (an error appeared): the lock screen refits.</extracomment>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Nom d’utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Verrouillé</translation>
    </message>
    <message>
        <source>This workstation is locked; %1 is signed in. Enter the password to continue, or sign in as yourself (the open windows of %1 are then closed).</source>
        <translation>Ce poste de travail est verrouillé&#xa0;; %1 est connecté. Saisissez le mot de passe pour continuer, ou connectez-vous sous votre propre nom (les fenêtres ouvertes de %1 sont alors fermées).</translation>
    </message>
    <message>
        <source>This workstation is shared: sign in so your work is recorded in your name.</source>
        <translation>Ce poste de travail est partagé&#xa0;: connectez-vous pour que votre travail soit enregistré à votre nom.</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>Saisissez votre nom d’utilisateur.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Saisissez votre mot de passe.</translation>
    </message>
</context>
<context>
    <name>SourcesTable</name>
    <message>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Add source</source>
        <translation>Ajouter une source</translation>
    </message>
    <message>
        <source>Remove source</source>
        <translation>Supprimer la source</translation>
    </message>
    <message>
        <source>Choose the kind of source…</source>
        <translation>Choisissez la nature de la source…</translation>
    </message>
    <message>
        <source>Title of the report or document</source>
        <translation>Titre du rapport ou du document</translation>
    </message>
    <message>
        <source>URL, file or document number</source>
        <translation>URL, fichier ou numéro de document</translation>
    </message>
    <message>
        <source>Incomplete: choose the kind of source</source>
        <translation>Incomplet&#xa0;: choisissez la nature de la source</translation>
    </message>
</context>
<context>
    <name>SubmissionDialog</name>
    <message>
        <source>Annual report as submitted</source>
        <extracomment>The submission was changed (opened, signed off, approved...): the year.</extracomment>
        <translation>Rapport annuel tel que soumis</translation>
    </message>
    <message>
        <source>&amp;Open for preparation</source>
        <extracomment>The newest files shown with &quot;Show as submitted&quot; (tests read them).</extracomment>
        <translation>&amp;Ouvrir pour préparation</translation>
    </message>
    <message>
        <source>Report &amp;year:</source>
        <translation>&amp;Année du rapport&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Contributions</source>
        <translation>&amp;Contributions</translation>
    </message>
    <message>
        <source>C&amp;hoices</source>
        <translation>C&amp;hoix</translation>
    </message>
    <message>
        <source>&amp;Approval and submission</source>
        <translation>A&amp;pprobation et soumission</translation>
    </message>
    <message>
        <source>C&amp;larifications</source>
        <translation>Éc&amp;laircissements</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>His&amp;tory</source>
        <translation>His&amp;torique</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <source>Signed off by</source>
        <translation>Validé par</translation>
    </message>
    <message>
        <source>Signed off on</source>
        <translation>Validé le</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>Contribution</translation>
    </message>
    <message>
        <source>As&amp;k this agency to contribute</source>
        <translation>&amp;Demander à cet organisme de contribuer</translation>
    </message>
    <message>
        <source>Your agency&apos;s notes on its data (e.g. actual exports confirmed by customs)</source>
        <translation>Les notes de votre organisme sur ses données (p. ex. exportations effectives confirmées par les douanes)</translation>
    </message>
    <message>
        <source>&amp;Sign off my agency&apos;s contribution</source>
        <translation>&amp;Valider la contribution de mon organisme</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Choix</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Made by</source>
        <translation>Fait par</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>The report&apos;s choices as recorded when it was opened, with who made each and why. Opening it again records the choices that changed since.</source>
        <translation>Les choix du rapport tels qu’enregistrés à son ouverture, avec l’auteur et le motif de chacun. Le rouvrir enregistre les choix qui ont changé depuis.</translation>
    </message>
    <message>
        <source>&amp;Name as approver</source>
        <translation>&amp;Nom de l’approbateur</translation>
    </message>
    <message>
        <source>I have read the report and appro&amp;ve it for submission</source>
        <translation>J’ai lu le rapport et l’appro&amp;uve pour soumission</translation>
    </message>
    <message>
        <source>A&amp;pprove and freeze</source>
        <translation>Approu&amp;ver et figer</translation>
    </message>
    <message>
        <source>&amp;Mark as submitted</source>
        <translation>&amp;Marquer comme soumis</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Frozen on</source>
        <translation>Figé le</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Files (SHA-256)</source>
        <translation>Fichiers (SHA-256)</translation>
    </message>
    <message>
        <source>Sho&amp;w as submitted</source>
        <translation>Afficher tel que &amp;soumis</translation>
    </message>
    <message>
        <source>Compare with the &amp;register</source>
        <translation>Comparer avec le &amp;registre</translation>
    </message>
    <message>
        <source>Recor&amp;d a correction…</source>
        <translation>Enregistrer une correct&amp;ion…</translation>
    </message>
    <message>
        <source>Approver:</source>
        <translation>Approbateur&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;ent to the ATT Secretariat on:</source>
        <translation>&amp;Envoyé au Secrétariat de l’ATT le&#xa0;:</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçue le</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Répondu le</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Lo&amp;g the request</source>
        <translation>Enre&amp;gistrer la demande</translation>
    </message>
    <message>
        <source>Record the a&amp;nswer to the selected request</source>
        <translation>Enregistrer la répo&amp;nse à la demande sélectionnée</translation>
    </message>
    <message>
        <source>Received on:</source>
        <translation>Reçue le&#xa0;:</translation>
    </message>
    <message>
        <source>Secretariat&apos;s reference:</source>
        <translation>Référence du Secrétariat&#xa0;:</translation>
    </message>
    <message>
        <source>Request:</source>
        <translation>Demande&#xa0;:</translation>
    </message>
    <message>
        <source>Answer sent today:</source>
        <translation>Réponse envoyée aujourd’hui&#xa0;:</translation>
    </message>
    <message>
        <source>Open the report for preparation</source>
        <translation>Ouvrir le rapport pour préparation</translation>
    </message>
    <message>
        <source>Why these choices (recorded with them):</source>
        <translation>Pourquoi ces choix (enregistré avec eux)&#xa0;:</translation>
    </message>
    <message>
        <source>Building and freezing the report&apos;s files…</source>
        <translation>Production et gel des fichiers du rapport…</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approuver</translation>
    </message>
    <message>
        <source>Record a correction</source>
        <translation>Enregistrer une correction</translation>
    </message>
    <message>
        <source>What does the correction correct? The report as the register now stands is frozen as the next version; earlier versions stay as they were.</source>
        <translation>Que corrige la correction&#xa0;? Le rapport, selon l’état actuel du registre, est figé comme version suivante&#xa0;; les versions antérieures restent inchangées.</translation>
    </message>
    <message>
        <source>The stored copy was changed</source>
        <translation>La copie conservée a été modifiée</translation>
    </message>
    <message>
        <source>No viewer opened the PDF; it is at %1</source>
        <translation>Aucun lecteur n’a ouvert le PDF&#xa0;; il se trouve dans %1</translation>
    </message>
    <message>
        <source>The register gives the same rows and totals as the report as sent.</source>
        <translation>Le registre donne les mêmes lignes et les mêmes totaux que le rapport envoyé.</translation>
    </message>
    <message>
        <source>Select the request the answer is for.</source>
        <translation>Sélectionnez la demande à laquelle la réponse se rapporte.</translation>
    </message>
    <message>
        <source>Exports reported as</source>
        <translation>Exportations déclarées</translation>
    </message>
    <message>
        <source>Imports reported as</source>
        <translation>Importations déclarées</translation>
    </message>
    <message>
        <source>Number of items and/or value</source>
        <translation>Nombre d’unités et/ou valeur</translation>
    </message>
    <message>
        <source>Report currency</source>
        <translation>Devise du rapport</translation>
    </message>
    <message>
        <source>Small arms for civilian use included</source>
        <translation>Armes légères à usage civil incluses</translation>
    </message>
    <message>
        <source>National categories included</source>
        <translation>Catégories nationales incluses</translation>
    </message>
    <message>
        <source>May be made public</source>
        <translation>Peut être rendu public</translation>
    </message>
    <message>
        <source>Exports form may be made public</source>
        <translation>Le formulaire des exportations peut être rendu public</translation>
    </message>
    <message>
        <source>Imports form may be made public</source>
        <translation>Le formulaire des importations peut être rendu public</translation>
    </message>
    <message>
        <source>Reporting State</source>
        <translation>État déclarant</translation>
    </message>
    <message>
        <source>National point of contact</source>
        <translation>Point de contact national</translation>
    </message>
    <message>
        <source>National definitions (Annex 2)</source>
        <translation>Définitions nationales (annexe 2)</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, ligne %2</translation>
    </message>
    <message>
        <source>Withheld: %1</source>
        <translation>Non communiqué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Left out as not reportable: %1</source>
        <translation>Écarté comme non déclarable&#xa0;: %1</translation>
    </message>
    <message>
        <source>Comment printed with %1</source>
        <translation>Commentaire imprimé avec %1</translation>
    </message>
    <message>
        <source>Exchange rate %1</source>
        <translation>Taux de change %1</translation>
    </message>
    <message>
        <source>authorised</source>
        <translation>autorisées</translation>
    </message>
    <message>
        <source>actual</source>
        <translation>effectives</translation>
    </message>
    <message>
        <source>number of items</source>
        <translation>nombre d’unités</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valeur</translation>
    </message>
    <message>
        <source>number of items and value</source>
        <translation>nombre d’unités et valeur</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>withheld (commercially sensitive or national security)</source>
        <translation>non communiqué (sensibilité commerciale ou sécurité nationale)</translation>
    </message>
    <message>
        <source>not reportable</source>
        <translation>non déclarable</translation>
    </message>
    <message>
        <source>%1 definition(s)</source>
        <translation>%1 définition(s)</translation>
    </message>
    <message>
        <source>No report for %1 is in preparation yet.</source>
        <translation>Aucun rapport pour %1 n’est encore en préparation.</translation>
    </message>
    <message>
        <source>In preparation (opened by %1).</source>
        <translation>En préparation (ouvert par %1).</translation>
    </message>
    <message>
        <source>Waiting for the sign-off of: %1.</source>
        <translation>Validation attendue de&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Every agency asked has signed off.</source>
        <translation>Tous les organismes sollicités ont validé.</translation>
    </message>
    <message>
        <source>Approver: %1.</source>
        <translation>Approbateur&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Approved by %1 on %2.</source>
        <translation>Approuvé par %1 le %2.</translation>
    </message>
    <message>
        <source>Sent to the ATT Secretariat on %1.</source>
        <translation>Envoyé au Secrétariat de l’ATT le %1.</translation>
    </message>
    <message>
        <source>%1 versions (corrections).</source>
        <translation>%1 versions (corrections).</translation>
    </message>
    <message>
        <source>Exports</source>
        <translation>Exportations</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>Importations</translation>
    </message>
    <message>
        <source>%1, %2: %3 row(s) in the report as sent, %4 in the register now</source>
        <translation>%1, %2&#xa0;: %3 ligne(s) dans le rapport envoyé, %4 dans le registre actuel</translation>
    </message>
    <message>
        <source>items %1 → %2</source>
        <translation>unités %1 → %2</translation>
    </message>
    <message>
        <source>value %1 → %2</source>
        <translation>valeur %1 → %2</translation>
    </message>
    <message>
        <source>Report opened for preparation</source>
        <translation>Rapport ouvert pour préparation</translation>
    </message>
    <message>
        <source>Choices recorded again: %1</source>
        <translation>Choix enregistrés à nouveau&#xa0;: %1</translation>
    </message>
    <message>
        <source>Choice changed: %1</source>
        <translation>Choix modifié&#xa0;: %1</translation>
    </message>
    <message>
        <source>Contribution asked of: %1</source>
        <translation>Contribution demandée à&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 signed off its contribution</source>
        <translation>%1 a validé sa contribution</translation>
    </message>
    <message>
        <source>%1 named as approver</source>
        <translation>%1 désigné comme approbateur</translation>
    </message>
    <message>
        <source>Approved; version %1 frozen</source>
        <translation>Approuvé&#xa0;; version %1 figée</translation>
    </message>
    <message>
        <source>Sent to the ATT Secretariat on %1</source>
        <translation>Envoyé au Secrétariat de l’ATT le %1</translation>
    </message>
    <message>
        <source>Correction frozen as version %1</source>
        <translation>Correction figée comme version %1</translation>
    </message>
    <message>
        <source>Clarification requested on %1</source>
        <translation>Éclaircissement demandé le %1</translation>
    </message>
    <message>
        <source>Clarification answered on %1</source>
        <translation>Éclaircissement fourni le %1</translation>
    </message>
</context>
<context>
    <name>SubmitReviewDialog</name>
    <message>
        <source>Submit %1 for review</source>
        <translation>Soumettre %1 pour examen</translation>
    </message>
    <message>
        <source>Send the completed assessment to these agencies for their opinion. The authority&apos;s rules tick the agencies this case needs; leaving one out, or adding another, needs a reason.</source>
        <translation>Envoyer l’évaluation terminée à ces organismes pour avis. Les règles de l’autorité cochent les organismes requis pour ce dossier&#xa0;; en omettre un, ou en ajouter un autre, exige un motif.</translation>
    </message>
</context>
<context>
    <name>TablePage</name>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n ligne</numerusform>
            <numerusform>%n lignes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) withheld</source>
        <translation>
            <numerusform>%n ligne non communiquée</numerusform>
            <numerusform>%n lignes non communiquées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>When / field</source>
        <translation>Quand / champ</translation>
    </message>
    <message>
        <source>Who / before</source>
        <translation>Qui / avant</translation>
    </message>
    <message>
        <source>What / after</source>
        <translation>Quoi / après</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>The history is append-only and hash-chained: nothing in it can be changed or removed without &apos;att-desktop audit verify&apos; noticing.</source>
        <translation>L’historique est en ajout seul et chaîné par hachage&#xa0;: rien ne peut y être modifié ou supprimé sans que «&#xa0;att-desktop audit verify&#xa0;» le détecte.</translation>
    </message>
</context>
<context>
    <name>TrainingBanner</name>
    <message>
        <source>You have no recorded training on gender-based violence; the authority asks for it. Consider asking the gender adviser.</source>
        <translation>Aucune formation sur la violence fondée sur le sexe n’est enregistrée pour vous&#xa0;; l’autorité la demande. Pensez à consulter le conseiller genre.</translation>
    </message>
</context>
<context>
    <name>TrainingDialog</name>
    <message>
        <source>Training of %1</source>
        <translation>Formation de %1</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Cours</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Organisme de formation</translation>
    </message>
    <message>
        <source>Completed on</source>
        <translation>Terminé le</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valide jusqu’au</translation>
    </message>
    <message>
        <source>Add a course completed</source>
        <translation>Ajouter un cours suivi</translation>
    </message>
    <message>
        <source>Leave empty when the course does not expire</source>
        <translation>Laisser vide si le cours n’expire pas</translation>
    </message>
    <message>
        <source>&amp;Add the course</source>
        <translation>&amp;Ajouter le cours</translation>
    </message>
    <message>
        <source>T&amp;opic</source>
        <translation>T&amp;hème</translation>
    </message>
    <message>
        <source>&amp;Course</source>
        <translation>&amp;Cours</translation>
    </message>
    <message>
        <source>&amp;Provider</source>
        <translation>&amp;Organisme de formation</translation>
    </message>
    <message>
        <source>Valid until (optional)</source>
        <translation>Valide jusqu’au (facultatif)</translation>
    </message>
    <message>
        <source>does not expire</source>
        <translation>n’expire pas</translation>
    </message>
    <message>
        <source>GBV training recorded and valid today.</source>
        <translation>Formation VFS enregistrée et valide à ce jour.</translation>
    </message>
    <message>
        <source>No valid training on gender-based violence recorded: the GBV page of the assessment warns this person.</source>
        <translation>Aucune formation valide sur la violence fondée sur le sexe n’est enregistrée&#xa0;: la page VFS de l’évaluation en avertit cette personne.</translation>
    </message>
</context>
<context>
    <name>UnrocaBackgroundDialog</name>
    <message>
        <source>Background information %1</source>
        <translation>Informations générales %1</translation>
    </message>
    <message>
        <source>Military holdings</source>
        <translation>Dotations militaires</translation>
    </message>
    <message>
        <source>Procurement through national production</source>
        <translation>Achats liés à la production nationale</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Number of items</source>
        <translation>Nombre d&apos;unités</translation>
    </message>
    <message>
        <source>Description of item</source>
        <translation>Description du matériel</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Observations</translation>
    </message>
    <message>
        <source>Optional background information for the UN Register, entered by hand: it is not in the licence register. Leave a row empty to report nothing for it.</source>
        <extracomment>(kind, category) of each row, and its three fields.</extracomment>
        <translation>Informations générales facultatives pour le Registre de l&apos;ONU, saisies à la main : elles ne figurent pas dans le registre des licences. Laissez une ligne vide pour ne rien déclarer à son titre.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number of items.</source>
        <translation>« %1 » n&apos;est pas un nombre d&apos;unités.</translation>
    </message>
</context>
<context>
    <name>UnrocaBuilderDialog</name>
    <message>
        <source>UN Register of Conventional Arms report</source>
        <translation>Rapport au Registre des armes classiques de l&apos;ONU</translation>
    </message>
    <message>
        <source>Calendar &amp;year:</source>
        <translation>&amp;Année civile :</translation>
    </message>
    <message>
        <source>Report &amp;language:</source>
        <translation>&amp;Langue du rapport :</translation>
    </message>
    <message>
        <source>The Register counts actual transfers: the shipments recorded in the calendar year (not the licences issued), in numbers of items, without values.</source>
        <translation>Le Registre comptabilise les transferts effectifs : les expéditions enregistrées pendant l&apos;année civile (et non les licences délivrées), en nombre d&apos;unités, sans valeurs.</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Number of items</source>
        <translation>Nombre d&apos;unités</translation>
    </message>
    <message>
        <source>State of origin (if not exporter)</source>
        <translation>État d&apos;origine (s&apos;il n&apos;est pas l&apos;exportateur)</translation>
    </message>
    <message>
        <source>Intermediate location (if any)</source>
        <translation>Lieu intermédiaire (le cas échéant)</translation>
    </message>
    <message>
        <source>Description of item</source>
        <translation>Description du matériel</translation>
    </message>
    <message>
        <source>Comments on the transfer</source>
        <translation>Observations sur le transfert</translation>
    </message>
    <message>
        <source>E&amp;xports I-VII</source>
        <translation>E&amp;xportations I-VII</translation>
    </message>
    <message>
        <source>I&amp;mports I-VII</source>
        <translation>I&amp;mportations I-VII</translation>
    </message>
    <message>
        <source>SALW exports</source>
        <translation>Exportations d&apos;ALPC</translation>
    </message>
    <message>
        <source>SALW imports</source>
        <translation>Importations d&apos;ALPC</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Observations</translation>
    </message>
    <message>
        <source>&amp;Enter background information…</source>
        <translation>&amp;Saisir les informations générales…</translation>
    </message>
    <message>
        <source>&amp;Background information</source>
        <translation>Informations &amp;générales</translation>
    </message>
    <message>
        <source>&amp;Open the record to fix</source>
        <translation>&amp;Ouvrir l’enregistrement à corriger</translation>
    </message>
    <message>
        <source>Fin&amp;dings</source>
        <translation>Cons&amp;tats</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>A&amp;perçu</translation>
    </message>
    <message>
        <source>Allow a dra&amp;ft despite errors</source>
        <translation>Autoriser un &amp;brouillon malgré les erreurs</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Exporter en P&amp;DF…</translation>
    </message>
    <message>
        <source>Export &amp;XLSX…</source>
        <translation>Exporter en &amp;XLSX…</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exporter en &amp;CSV…</translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation>Exporter en &amp;JSON…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>The year changed since the preview: press Preview again to export.</source>
        <translation>L&apos;année a changé depuis l&apos;aperçu : cliquez de nouveau sur Aperçu pour exporter.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message numerus="yes">
        <source>Preview ready: %n error(s) to fix before export.</source>
        <translation>
            <numerusform>Aperçu prêt&#xa0;: %n erreur à corriger avant l’exportation.</numerusform>
            <numerusform>Aperçu prêt&#xa0;: %n erreurs à corriger avant l’exportation.</numerusform>
        </translation>
    </message>
    <message>
        <source>Preview ready: no errors.</source>
        <translation>Aperçu prêt&#xa0;: aucune erreur.</translation>
    </message>
    <message>
        <source>Nil: nothing to report.</source>
        <translation>Néant : rien à déclarer.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Military holdings</source>
        <translation>Dotations militaires</translation>
    </message>
    <message>
        <source>Procurement through national production</source>
        <translation>Achats liés à la production nationale</translation>
    </message>
    <message>
        <source>Preview the report before exporting it.</source>
        <translation>Affichez l’aperçu du rapport avant de l’exporter.</translation>
    </message>
    <message>
        <source>The report has errors (see Findings). Fix them, or tick “Allow a draft despite errors” to write a draft.</source>
        <translation>Le rapport contient des erreurs (voir Constats). Corrigez-les, ou cochez «&#xa0;Autoriser un brouillon malgré les erreurs&#xa0;» pour rédiger un brouillon.</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
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
        <translation>Exporter le rapport au Registre de l&apos;ONU</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>%1: %2</source>
        <comment>event: what it did</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Authorise</source>
        <extracomment>A stored key or value: two or more lower-case words joined by &quot;_&quot;.</extracomment>
        <translation>Autoriser</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Status: %1 → %2</source>
        <translation>Statut&#xa0;: %1 → %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>agency: opinion</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Sent to the committee: %1</source>
        <translation>Envoyé à la commission&#xa0;: %1</translation>
    </message>
    <message>
        <source>Licence %1, valid %2 to %3</source>
        <translation>Licence %1, valide du %2 au %3</translation>
    </message>
    <message>
        <source>%1 parties screened against the UN Consolidated List: %2 new hits</source>
        <translation>Parties contrôlées au regard de la Liste récapitulative de l’ONU&#xa0;: %1&#xa0;; nouvelles correspondances&#xa0;: %2</translation>
    </message>
    <message>
        <source>conditions: %1</source>
        <translation>conditions&#xa0;: %1</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>De %1 à %2</translation>
    </message>
    <message>
        <source>%1&apos;s opinion: from %2 to %3</source>
        <translation>Avis de %1&#xa0;: de %2 à %3</translation>
    </message>
    <message>
        <source>%1&apos;s opinion: %2 left, nobody else can answer</source>
        <translation>Avis de %1&#xa0;: %2 est parti, personne d’autre ne peut répondre</translation>
    </message>
    <message>
        <source>urgent: %1</source>
        <translation>urgent&#xa0;: %1</translation>
    </message>
    <message>
        <source>opinions due %1</source>
        <translation>avis attendus le %1</translation>
    </message>
    <message>
        <source>%1 not consulted although required: %2</source>
        <translation>%1 non consulté alors que requis&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 consulted although no rule requires it: %2</source>
        <translation>%1 consulté alors qu’aucune règle ne l’exige&#xa0;: %2</translation>
    </message>
    <message>
        <source>Export</source>
        <extracomment>Kinds of document an officer records; stored as these keys, shown translated.</extracomment>
        <translation>Exportation</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importation</translation>
    </message>
    <message>
        <source>Transit</source>
        <translation>Transit</translation>
    </message>
    <message>
        <source>Trans-shipment</source>
        <translation>Transbordement</translation>
    </message>
    <message>
        <source>Brokering</source>
        <translation>Courtage</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Soumis</translation>
    </message>
    <message>
        <source>Under assessment</source>
        <translation>En cours d’évaluation</translation>
    </message>
    <message>
        <source>In committee</source>
        <translation>En commission</translation>
    </message>
    <message>
        <source>Authorised</source>
        <translation>Autorisé</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retiré</translation>
    </message>
    <message>
        <source>End user</source>
        <translation>Utilisateur final</translation>
    </message>
    <message>
        <source>Consignee</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>Intermediate consignee</source>
        <translation>Destinataire intermédiaire</translation>
    </message>
    <message>
        <source>Broker</source>
        <translation>Courtier</translation>
    </message>
    <message>
        <source>Government</source>
        <translation>Gouvernement</translation>
    </message>
    <message>
        <source>Commercial</source>
        <translation>Commercial</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>Particulier</translation>
    </message>
    <message>
        <source>Regional government</source>
        <translation>Gouvernement régional</translation>
    </message>
    <message>
        <source>Non-State armed group</source>
        <translation>Groupe armé non étatique</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>brouillon</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>terminée</translation>
    </message>
    <message>
        <source>superseded</source>
        <translation>remplacée</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Valide</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspendue</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Révoquée</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expirée</translation>
    </message>
    <message>
        <source>Exhausted</source>
        <translation>Épuisée</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation>Statut changé</translation>
    </message>
    <message>
        <source>Document added</source>
        <translation>Document ajouté</translation>
    </message>
    <message>
        <source>Note added</source>
        <translation>Note ajoutée</translation>
    </message>
    <message>
        <source>Assessment started</source>
        <translation>Évaluation commencée</translation>
    </message>
    <message>
        <source>Assessment saved</source>
        <translation>Évaluation enregistrée</translation>
    </message>
    <message>
        <source>Assessment completed</source>
        <translation>Évaluation terminée</translation>
    </message>
    <message>
        <source>Assessment superseded</source>
        <translation>Évaluation remplacée</translation>
    </message>
    <message>
        <source>Committee review requested</source>
        <translation>Examen par la commission demandé</translation>
    </message>
    <message>
        <source>Reassigned</source>
        <translation>Réattribué</translation>
    </message>
    <message>
        <source>Committee opinion</source>
        <translation>Avis de la commission</translation>
    </message>
    <message>
        <source>Committee position noted</source>
        <translation>Position de la commission consignée</translation>
    </message>
    <message>
        <source>Assessment imported</source>
        <translation>Évaluation importée</translation>
    </message>
    <message>
        <source>Decision imported</source>
        <translation>Décision importée</translation>
    </message>
    <message>
        <source>Licence imported</source>
        <translation>Licence importée</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importé</translation>
    </message>
    <message>
        <source>Attendance recorded</source>
        <translation>Présences enregistrées</translation>
    </message>
    <message>
        <source>Committee outcome</source>
        <translation>Issue de la commission</translation>
    </message>
    <message>
        <source>Decision recorded</source>
        <translation>Décision enregistrée</translation>
    </message>
    <message>
        <source>Denial recorded</source>
        <translation>Refus enregistré</translation>
    </message>
    <message>
        <source>Denial notice recorded</source>
        <translation>Notification de refus enregistrée</translation>
    </message>
    <message>
        <source>Licence issued</source>
        <translation>Licence délivrée</translation>
    </message>
    <message>
        <source>Licence amended</source>
        <translation>Licence modifiée</translation>
    </message>
    <message>
        <source>Shipment recorded</source>
        <translation>Expédition enregistrée</translation>
    </message>
    <message>
        <source>Screened against the UN sanctions list</source>
        <translation>Contrôlé au regard de la liste des sanctions de l’ONU</translation>
    </message>
    <message>
        <source>UN sanctions list hit confirmed</source>
        <translation>Correspondance avec la liste des sanctions de l’ONU confirmée</translation>
    </message>
    <message>
        <source>UN sanctions list hit rejected</source>
        <translation>Correspondance avec la liste des sanctions de l’ONU rejetée</translation>
    </message>
    <message>
        <source>Change request recorded</source>
        <translation>Demande de modification enregistrée</translation>
    </message>
    <message>
        <source>Change request consented to</source>
        <translation>Consentement donné à la demande de modification</translation>
    </message>
    <message>
        <source>Change request refused</source>
        <translation>Demande de modification refusée</translation>
    </message>
    <message>
        <source>Change to the licence consented to</source>
        <translation>Consentement donné à la modification de la licence</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>Transmis</translation>
    </message>
    <message>
        <source>Opinion handed over</source>
        <translation>Avis transmis</translation>
    </message>
    <message>
        <source>Agency has nobody to answer</source>
        <translation>L’organisme n’a personne pour répondre</translation>
    </message>
    <message>
        <source>Record rows vouched for</source>
        <translation>Lignes d’enregistrement attestées</translation>
    </message>
    <message>
        <source>Row digests begin</source>
        <translation>Début des empreintes de lignes</translation>
    </message>
    <message>
        <source>Incident recorded</source>
        <translation>Incident enregistré</translation>
    </message>
    <message>
        <source>Incident updated</source>
        <translation>Incident mis à jour</translation>
    </message>
    <message>
        <source>Incident closed</source>
        <translation>Incident clos</translation>
    </message>
    <message>
        <source>Incident concerns this case</source>
        <translation>Incident concernant ce dossier</translation>
    </message>
    <message>
        <source>Agency mandate</source>
        <translation>Mandat de l’organisme</translation>
    </message>
    <message>
        <source>Consultation rule added</source>
        <translation>Règle de consultation ajoutée</translation>
    </message>
    <message>
        <source>Consultation rule retired</source>
        <translation>Règle de consultation retirée</translation>
    </message>
    <message>
        <source>Gender adviser consulted</source>
        <translation>Conseiller genre consulté</translation>
    </message>
    <message>
        <source>Gender adviser answered</source>
        <translation>Réponse du conseiller genre</translation>
    </message>
    <message>
        <source>Training recorded</source>
        <translation>Formation enregistrée</translation>
    </message>
    <message>
        <source>End-user certificate checked</source>
        <translation>Certificat d’utilisateur final vérifié</translation>
    </message>
    <message>
        <source>valid training on gender-based violence recorded</source>
        <translation>formation valide sur la violence fondée sur le sexe enregistrée</translation>
    </message>
    <message>
        <source>transfer type</source>
        <translation>type de transfert</translation>
    </message>
    <message>
        <source>status</source>
        <translation>statut</translation>
    </message>
    <message>
        <source>applicant</source>
        <translation>demandeur</translation>
    </message>
    <message>
        <source>final importing State</source>
        <translation>État importateur final</translation>
    </message>
    <message>
        <source>exporting State</source>
        <translation>État exportateur</translation>
    </message>
    <message>
        <source>intended end use</source>
        <translation>utilisation finale prévue</translation>
    </message>
    <message>
        <source>end-user certificate number</source>
        <translation>numéro du certificat d’utilisateur final</translation>
    </message>
    <message>
        <source>end-user certificate issuer</source>
        <translation>émetteur du certificat d’utilisateur final</translation>
    </message>
    <message>
        <source>end-user certificate date</source>
        <translation>date du certificat d’utilisateur final</translation>
    </message>
    <message>
        <source>date received</source>
        <translation>date de réception</translation>
    </message>
    <message>
        <source>parties</source>
        <translation>parties</translation>
    </message>
    <message>
        <source>transit States</source>
        <translation>États de transit</translation>
    </message>
    <message>
        <source>line items</source>
        <translation>lignes</translation>
    </message>
    <message>
        <source>agencies</source>
        <translation>organismes</translation>
    </message>
    <message>
        <source>opinions due</source>
        <translation>échéance des avis</translation>
    </message>
    <message>
        <source>required by the rules</source>
        <translation>requis par les règles</translation>
    </message>
    <message>
        <source>required, not consulted</source>
        <translation>requis, non consulté</translation>
    </message>
    <message>
        <source>consulted, not required</source>
        <translation>consulté, non requis</translation>
    </message>
    <message>
        <source>urgent because</source>
        <translation>urgent parce que</translation>
    </message>
    <message>
        <source>End-user certificate</source>
        <translation>Certificat d’utilisateur final</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contrat</translation>
    </message>
    <message>
        <source>Technical specification</source>
        <translation>Spécification technique</translation>
    </message>
    <message>
        <source>Import permit</source>
        <translation>Permis d’importation</translation>
    </message>
    <message>
        <source>Correspondence</source>
        <translation>Correspondance</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>mixed currencies</source>
        <translation>devises multiples</translation>
    </message>
</context>
<context>
    <name>WassenaarReportDialog</name>
    <message>
        <source>Wassenaar Arrangement report</source>
        <translation>Rapport à l’Arrangement de Wassenaar</translation>
    </message>
    <message>
        <source>January–June</source>
        <translation>janvier–juin</translation>
    </message>
    <message>
        <source>July–December</source>
        <translation>juillet–décembre</translation>
    </message>
    <message>
        <source>P&amp;eriod:</source>
        <translation>&amp;Période :</translation>
    </message>
    <message>
        <source>Document &amp;language:</source>
        <translation>La&amp;ngue du document :</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>State of import</source>
        <translation>État importateur</translation>
    </message>
    <message>
        <source>Number of items</source>
        <translation>Nombre d’unités</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Nil</source>
        <translation>Néant</translation>
    </message>
    <message>
        <source>Nil report: nothing to report for the period.</source>
        <translation>Rapport néant : rien à déclarer pour la période.</translation>
    </message>
</context>
<context>
    <name>YesNo</name>
    <message>
        <source>Yes</source>
        <extracomment>QDateEdit cannot be empty: its minimum date stands for &quot;no date&quot; and shows as blank.</extracomment>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
</context>
<context>
    <name>_ReportDialog</name>
    <message>
        <source>&amp;Table</source>
        <translation>&amp;Tableau</translation>
    </message>
    <message>
        <source>Fin&amp;dings</source>
        <translation>Cons&amp;tats</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>A&amp;perçu</translation>
    </message>
    <message>
        <source>&amp;Open the record to fix</source>
        <translation>&amp;Ouvrir l’enregistrement à corriger</translation>
    </message>
    <message>
        <source>Allow a dra&amp;ft despite errors</source>
        <translation>Autoriser un &amp;brouillon malgré les erreurs</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Exporter en P&amp;DF…</translation>
    </message>
    <message>
        <source>Export &amp;XLSX…</source>
        <translation>Exporter en &amp;XLSX…</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exporter en &amp;CSV…</translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation>Exporter en &amp;JSON…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>The choices changed since the preview: press Preview again to export.</source>
        <translation>Les choix ont changé depuis l’aperçu&#xa0;: appuyez de nouveau sur Aperçu pour exporter.</translation>
    </message>
    <message>
        <source>Preview ready. Errors to fix before export: %1.</source>
        <translation>Aperçu prêt. Erreurs à corriger avant l’exportation : %1.</translation>
    </message>
    <message>
        <source>Preview ready: no errors.</source>
        <translation>Aperçu prêt&#xa0;: aucune erreur.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Fin&amp;dings (%1)</source>
        <translation>Cons&amp;tats (%1)</translation>
    </message>
    <message>
        <source>Record the %1 rate into %2 for %3 in the annual report builder, then preview again.</source>
        <translation>Enregistrez le taux %1 en %2 pour %3 dans l’outil du rapport annuel, puis relancez l’aperçu.</translation>
    </message>
    <message>
        <source>Preview the report before exporting it.</source>
        <translation>Affichez l’aperçu du rapport avant de l’exporter.</translation>
    </message>
    <message>
        <source>The report has errors (see Findings). Fix them, or tick “Allow a draft despite errors” to write a draft.</source>
        <translation>Le rapport contient des erreurs (voir Constats). Corrigez-les, ou cochez «&#xa0;Autoriser un brouillon malgré les erreurs&#xa0;» pour rédiger un brouillon.</translation>
    </message>
</context>
</TS>
