<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About %1</source>
        <translation>О программе %1</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Версия %1</translation>
    </message>
    <message>
        <source>Arms Trade Treaty licensing for national authorities: the case register, applications, assessments, decisions and the annual report.</source>
        <translation>Лицензирование по Договору о торговле оружием для национальных органов: реестр дел, заявления, оценки, решения и ежегодный доклад.</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>База данных</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Папка данных</translation>
    </message>
    <message>
        <source>Settings file</source>
        <translation>Файл настроек</translation>
    </message>
    <message>
        <source>Log file</source>
        <translation>Файл журнала</translation>
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
        <translation>Лицензия</translation>
    </message>
</context>
<context>
    <name>AccountMessages</name>
    <message numerus="yes">
        <source>This account is locked after repeated failed sign-ins. Try again in %n minute(s), or ask an administrator to reset the password.</source>
        <translation>
            <numerusform>Учетная запись заблокирована после нескольких неудачных попыток входа. Повторите попытку через %n минуту или попросите администратора сбросить пароль.</numerusform>
            <numerusform>Учетная запись заблокирована после нескольких неудачных попыток входа. Повторите попытку через %n минуты или попросите администратора сбросить пароль.</numerusform>
            <numerusform>Учетная запись заблокирована после нескольких неудачных попыток входа. Повторите попытку через %n минут или попросите администратора сбросить пароль.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Accounts</name>
    <message>
        <source>Licensing officer</source>
        <translation>Специалист по лицензированию</translation>
    </message>
    <message>
        <source>Committee member</source>
        <translation>Член комиссии</translation>
    </message>
    <message>
        <source>Deciding authority</source>
        <translation>Лицо, принимающее решение</translation>
    </message>
    <message>
        <source>Reporting focal point</source>
        <translation>Координатор по отчетности</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Администратор</translation>
    </message>
    <message>
        <source>Gender adviser</source>
        <translation>Советник по гендерным вопросам</translation>
    </message>
    <message>
        <source>The password must be at least %1 characters long.</source>
        <translation>Пароль должен содержать не менее %1 символов.</translation>
    </message>
    <message>
        <source>The password must not be your user name.</source>
        <translation>Пароль не должен совпадать с именем пользователя.</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>Новый пароль должен отличаться от текущего.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>Текущий пароль указан неверно.</translation>
    </message>
    <message>
        <source>The two new passwords are not the same.</source>
        <translation>Новые пароли не совпадают.</translation>
    </message>
    <message>
        <source>At least %1 characters, and not your user name.</source>
        <translation>Не менее %1 символов; не должен совпадать с именем пользователя.</translation>
    </message>
    <message>
        <source>This account has been deactivated. Ask an administrator if you still need access.</source>
        <translation>Эта учетная запись деактивирована. Если вам по-прежнему нужен доступ, обратитесь к администратору.</translation>
    </message>
    <message>
        <source>Unknown user name or wrong password. Check both and try again.</source>
        <translation>Неизвестное имя пользователя или неверный пароль. Проверьте их и повторите попытку.</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <source>Users and agencies</source>
        <translation>Пользователи и ведомства</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Пользователи</translation>
    </message>
    <message>
        <source>Agencies</source>
        <translation>Ведомства</translation>
    </message>
    <message>
        <source>Workstation and committee</source>
        <translation>Рабочее место и комиссия</translation>
    </message>
    <message>
        <source>Consultation rules</source>
        <translation>Правила консультаций</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Полное имя</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Ведомство</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>&amp;Reset password</source>
        <translation>&amp;Сбросить пароль</translation>
    </message>
    <message>
        <source>&amp;Deactivate…</source>
        <translation>&amp;Деактивировать…</translation>
    </message>
    <message>
        <source>Job &amp;title…</source>
        <translation>Д&amp;олжность…</translation>
    </message>
    <message>
        <source>Printed under the person&apos;s name on the licences and letters they sign</source>
        <translation>Печатается под именем сотрудника на подписанных им лицензиях и письмах</translation>
    </message>
    <message>
        <source>Trainin&amp;g…</source>
        <translation>О&amp;бучение…</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>Новый пользователь</translation>
    </message>
    <message>
        <source>e.g. Director of Export Control</source>
        <translation>напр. директор департамента экспортного контроля</translation>
    </message>
    <message>
        <source>&amp;Add user</source>
        <translation>Доб&amp;авить пользователя</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Имя пользователя:</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>Полное имя:</translation>
    </message>
    <message>
        <source>Job title:</source>
        <translation>Должность:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Роль:</translation>
    </message>
    <message>
        <source>Agency:</source>
        <translation>Ведомство:</translation>
    </message>
    <message>
        <source>The new user receives a one-time password, shown here once, and chooses their own at the first sign-in. Committee members need an agency.</source>
        <translation>Новый пользователь получает одноразовый пароль (он показывается здесь один раз) и при первом входе выбирает собственный. Для члена комиссии нужно указать ведомство.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <source>Mandate</source>
        <translation>Мандат</translation>
    </message>
    <message>
        <source>&amp;Mandate…</source>
        <translation>&amp;Мандат…</translation>
    </message>
    <message>
        <source>New agency</source>
        <translation>Новое ведомство</translation>
    </message>
    <message>
        <source>e.g. MFA</source>
        <translation>напр. МИД</translation>
    </message>
    <message>
        <source>e.g. Ministry of Foreign Affairs</source>
        <translation>напр. Министерство иностранных дел</translation>
    </message>
    <message>
        <source>Add a&amp;gency</source>
        <translation>Добавить &amp;ведомство</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>Код:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Наименование:</translation>
    </message>
    <message>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>a majority of the agencies asked</source>
        <translation>большинство опрошенных ведомств</translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation>Со&amp;хранить настройки</translation>
    </message>
    <message>
        <source>Lock the workstation after &amp;idle time:</source>
        <translation>Блокировать рабочее место после &amp;простоя:</translation>
    </message>
    <message>
        <source>Committee &amp;quorum (agencies that must answer):</source>
        <translation>&amp;Кворум комиссии (сколько ведомств должно ответить):</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Настройки сохранены.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Деактивирована</translation>
    </message>
    <message>
        <source>Locked until %1</source>
        <translation>Заблокирована до %1</translation>
    </message>
    <message>
        <source>Active, must change password</source>
        <translation>Активна, требуется смена пароля</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активна</translation>
    </message>
    <message>
        <source>The workstation is locked: sign in to continue.</source>
        <translation>Рабочее место заблокировано: войдите, чтобы продолжить.</translation>
    </message>
    <message>
        <source>One-time password for %1: %2
Hand it over in person; it must be changed at the first sign-in. It is not shown again.</source>
        <translation>Одноразовый пароль для %1: %2
Передайте его лично; при первом входе его нужно сменить. Повторно он не показывается.</translation>
    </message>
    <message>
        <source>Job title of %1</source>
        <translation>Должность: %1</translation>
    </message>
    <message>
        <source>Job title, printed under the name on what they sign:</source>
        <translation>Должность (печатается под именем на подписываемых документах):</translation>
    </message>
    <message>
        <source>The job title of %1 was saved.</source>
        <translation>Должность пользователя %1 сохранена.</translation>
    </message>
    <message>
        <source>Deactivate %1</source>
        <translation>Деактивировать: %1</translation>
    </message>
    <message>
        <source>%1 will no longer be able to sign in; their name stays on everything they did. Reason (for the history):</source>
        <translation>%1 больше не сможет войти в систему; имя останется на всех выполненных действиях. Причина (для истории):</translation>
    </message>
    <message>
        <source>%1 was deactivated.</source>
        <translation>Учетная запись %1 деактивирована.</translation>
    </message>
    <message>
        <source>%1 was deactivated; their work was handed over.</source>
        <translation>Учетная запись %1 деактивирована; работа передана.</translation>
    </message>
    <message>
        <source>The agency %1 was added.</source>
        <translation>Ведомство %1 добавлено.</translation>
    </message>
</context>
<context>
    <name>AnswerEditor</name>
    <message>
        <source>Reasoning: why this answer?</source>
        <translation>Обоснование: почему такой ответ?</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>Обоснование</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Cannot open the database</source>
        <extracomment>Exit status when the database cannot be opened (matches the CLI&apos;s &quot;cannot proceed&quot;). Who is signed in; it outlives a window rebuilt for a language change. The database, settings and signed-in person every window reads (made by ``show``).</extracomment>
        <translation>Не удается открыть базу данных</translation>
    </message>
    <message>
        <source>Database upgraded</source>
        <translation>База данных обновлена</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Непредвиденная ошибка</translation>
    </message>
    <message>
        <source>Something went wrong and the last action may not have been completed:
%1</source>
        <translation>Произошла ошибка, и последнее действие, возможно, не выполнено:
%1</translation>
    </message>
</context>
<context>
    <name>ApplicationDialog</name>
    <message>
        <source>Discard changes?</source>
        <extracomment>Asked before unsaved input is thrown away; returns True to discard. Tests pass their own.</extracomment>
        <translation>Отменить изменения?</translation>
    </message>
    <message>
        <source>You have changed this application without saving. Close it and lose your changes?</source>
        <translation>Вы изменили это заявление, но не сохранили его. Закрыть и потерять изменения?</translation>
    </message>
    <message>
        <source>New application</source>
        <extracomment>Who saves: the signed-in person (the services check their role). Replaceable question asked before discarding unsaved input.</extracomment>
        <translation>Новое заявление</translation>
    </message>
    <message>
        <source>Edit application %1</source>
        <translation>Изменение заявления %1</translation>
    </message>
    <message>
        <source>&amp;Application</source>
        <translation>&amp;Заявление</translation>
    </message>
    <message>
        <source>&amp;Parties and transit</source>
        <translation>&amp;Стороны и транзит</translation>
    </message>
    <message>
        <source>&amp;Line items</source>
        <translation>&amp;Позиции</translation>
    </message>
    <message>
        <source>Optional; recorded in the case history</source>
        <translation>Необязательно; заносится в историю дела</translation>
    </message>
    <message>
        <source>Reason for c&amp;hange:</source>
        <translation>Пр&amp;ичина изменения:</translation>
    </message>
    <message>
        <source>Required: why the registered case is corrected (kept in the history)</source>
        <translation>Обязательно: почему исправляется зарегистрированное дело (сохраняется в истории)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Со&amp;хранить</translation>
    </message>
    <message>
        <source>Save (Ctrl+S or Ctrl+Enter)</source>
        <translation>Сохранить (Ctrl+S или Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>* required</source>
        <translation>* обязательное поле</translation>
    </message>
    <message>
        <source>Required for import, transit and trans-shipment</source>
        <translation>Обязательно для импорта, транзита и перевалки</translation>
    </message>
    <message>
        <source>e.g. Equipment of the national army</source>
        <translation>напр. оснащение национальной армии</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Передача</translation>
    </message>
    <message>
        <source>&amp;Type of transfer *</source>
        <translation>&amp;Вид передачи *</translation>
    </message>
    <message>
        <source>Date &amp;received *</source>
        <translation>Дата пол&amp;учения *</translation>
    </message>
    <message>
        <source>&amp;Destination (final importing State) *</source>
        <translation>&amp;Назначение (конечное государство-импортер) *</translation>
    </message>
    <message>
        <source>E&amp;xporting State</source>
        <translation>Государство-&amp;экспортер</translation>
    </message>
    <message>
        <source>Intended &amp;end use</source>
        <translation>Предполагаемое &amp;конечное использование</translation>
    </message>
    <message>
        <source>Choose a known organisation or type a new name</source>
        <translation>Выберите известную организацию или введите новое наименование</translation>
    </message>
    <message>
        <source>Applicant (exporter, importer or broker)</source>
        <translation>Заявитель (экспортер, импортер или брокер)</translation>
    </message>
    <message>
        <source>&amp;Name *</source>
        <translation>Наи&amp;менование *</translation>
    </message>
    <message>
        <source>C&amp;ountry *</source>
        <translation>Ст&amp;рана *</translation>
    </message>
    <message>
        <source>Re&amp;gistration number</source>
        <translation>Ре&amp;гистрационный номер</translation>
    </message>
    <message>
        <source>Addre&amp;ss</source>
        <translation>А&amp;дрес</translation>
    </message>
    <message>
        <source>e.g. Ministry of Defence</source>
        <translation>напр. Министерство обороны</translation>
    </message>
    <message>
        <source>Dated</source>
        <translation>Датирован</translation>
    </message>
    <message>
        <source>End-user certificate (optional)</source>
        <translation>Сертификат конечного пользователя (необязательно)</translation>
    </message>
    <message>
        <source>Certificate n&amp;umber</source>
        <translation>Номер серти&amp;фиката</translation>
    </message>
    <message>
        <source>&amp;Issued by</source>
        <translation>Кем в&amp;ыдан</translation>
    </message>
    <message>
        <source>Certificate da&amp;te</source>
        <translation>Д&amp;ата сертификата</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Стороны</translation>
    </message>
    <message>
        <source>Everyone the items pass through or end with: the end user, consignees, intermediate consignees and brokers.</source>
        <translation>Все, через кого проходят или у кого остаются изделия: конечный пользователь, грузополучатели, промежуточные грузополучатели и брокеры.</translation>
    </message>
    <message>
        <source>Transit and trans-shipment States</source>
        <translation>Государства транзита и перевалки</translation>
    </message>
    <message>
        <source>States the items cross on their way, in route order.</source>
        <translation>Государства, через которые проходят изделия, в порядке маршрута.</translation>
    </message>
    <message>
        <source>A reference number is given when the application is first saved.</source>
        <translation>Номер дела присваивается при первом сохранении заявления.</translation>
    </message>
    <message>
        <source>Editing %1 · status: %2 · registered %3</source>
        <translation>Изменение %1 · статус: %2 · зарегистрировано %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not in the list of countries; choose one from the list</source>
        <translation>«%1» нет в списке стран; выберите страну из списка</translation>
    </message>
    <message>
        <source>its status</source>
        <translation>статус</translation>
    </message>
    <message>
        <source>Not saved: someone else changed this case after you opened it (%1). Your input is still here. Copy what you need, close this dialog, reopen the case to see the new version, then apply your changes again.</source>
        <translation>Не сохранено: после того как вы открыли это дело, его изменил другой пользователь (%1). Введенные данные остались здесь. Скопируйте нужное, закройте диалог, снова откройте дело, чтобы увидеть новую версию, и внесите изменения повторно.</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(пусто)</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>type of transfer</source>
        <translation>вид передачи</translation>
    </message>
    <message>
        <source>status</source>
        <translation>статус</translation>
    </message>
    <message>
        <source>applicant</source>
        <translation>заявитель</translation>
    </message>
    <message>
        <source>destination</source>
        <translation>назначение</translation>
    </message>
    <message>
        <source>exporting State</source>
        <translation>государство-экспортер</translation>
    </message>
    <message>
        <source>intended end use</source>
        <translation>предполагаемое конечное использование</translation>
    </message>
    <message>
        <source>certificate number</source>
        <translation>номер сертификата</translation>
    </message>
    <message>
        <source>certificate issuer</source>
        <translation>кем выдан сертификат</translation>
    </message>
    <message>
        <source>certificate date</source>
        <translation>дата сертификата</translation>
    </message>
    <message>
        <source>date received</source>
        <translation>дата получения</translation>
    </message>
    <message>
        <source>parties</source>
        <translation>стороны</translation>
    </message>
    <message>
        <source>transit States</source>
        <translation>государства транзита</translation>
    </message>
    <message>
        <source>line items</source>
        <translation>позиции</translation>
    </message>
    <message>
        <source>Type of transfer</source>
        <translation>Вид передачи</translation>
    </message>
    <message>
        <source>Date received</source>
        <translation>Дата получения</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Назначение</translation>
    </message>
    <message>
        <source>Exporting State</source>
        <translation>Государство-экспортер</translation>
    </message>
    <message>
        <source>Intended end use</source>
        <translation>Предполагаемое конечное использование</translation>
    </message>
    <message>
        <source>Applicant&apos;s name</source>
        <translation>Наименование заявителя</translation>
    </message>
    <message>
        <source>Applicant&apos;s country</source>
        <translation>Страна заявителя</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>Регистрационный номер</translation>
    </message>
    <message>
        <source>Applicant&apos;s address</source>
        <translation>Адрес заявителя</translation>
    </message>
    <message>
        <source>Certificate number</source>
        <translation>Номер сертификата</translation>
    </message>
    <message>
        <source>Certificate issued by</source>
        <translation>Кем выдан сертификат</translation>
    </message>
    <message>
        <source>Certificate date</source>
        <translation>Дата сертификата</translation>
    </message>
    <message>
        <source>Transit States</source>
        <translation>Государства транзита</translation>
    </message>
    <message>
        <source>Reason for change</source>
        <translation>Причина изменения</translation>
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
        <translation>Статья 6 проверяется первой и носит абсолютный характер: если передача нарушила бы эмбарго Совета Безопасности ООН на поставки оружия (6(1)) или другое международное обязательство (6(2)) либо государству известно, что изделия будут использованы для совершения злодеяний (6(3)), она не разрешается. Боеприпасы, части и компоненты также проверяются (статьи 3 и 4).</translation>
    </message>
    <message>
        <source>Article 6(1) — arms embargo screen</source>
        <translation>Статья 6(1) — проверка на эмбарго на поставки оружия</translation>
    </message>
    <message>
        <source>Run embargo screen</source>
        <translation>Проверить на эмбарго</translation>
    </message>
    <message>
        <source>Decision date</source>
        <translation>Дата решения</translation>
    </message>
    <message>
        <source>The screen is made as at the date of the decision, not against today&apos;s list.</source>
        <translation>Проверка проводится по состоянию на дату решения, а не по сегодняшнему перечню.</translation>
    </message>
    <message>
        <source>Article 6(2) — would the transfer violate another international obligation?</source>
        <translation>Статья 6(2) — нарушит ли передача другое международное обязательство?</translation>
    </message>
    <message>
        <source>Yes, it would violate one</source>
        <translation>Да, нарушит</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Article 6(3) — does the State know the items would be used in genocide, crimes against humanity or war crimes?</source>
        <translation>Статья 6(3) — известно ли государству, что изделия будут использованы для совершения геноцида, преступлений против человечности или военных преступлений?</translation>
    </message>
    <message>
        <source>Yes, the State knows</source>
        <translation>Да, государству известно</translation>
    </message>
    <message>
        <source>The decision date cannot lie in the future.</source>
        <translation>Дата решения не может быть в будущем.</translation>
    </message>
    <message>
        <source>The decision date cannot be before the application was received (%1).</source>
        <translation>Дата решения не может быть раньше даты получения заявления (%1).</translation>
    </message>
    <message>
        <source>The screen has not been run yet. Choose the decision date and run it.</source>
        <translation>Проверка еще не проводилась. Выберите дату решения и запустите проверку.</translation>
    </message>
    <message>
        <source>Screened as at %1: no embargo in force matches this case.</source>
        <translation>Проверено по состоянию на %1: ни одно действующее эмбарго к этому делу не относится.</translation>
    </message>
    <message>
        <source>Screened as at %1: %2 embargo match(es), listed below.</source>
        <translation>Проверено по состоянию на %1: совпадений с эмбарго — %2 (см. ниже).</translation>
    </message>
    <message>
        <source>Article 6 prohibits this transfer (%1). The assessment ends here: the only possible decision is a denial citing that paragraph. Articles 7 and 11 are not assessed and no mitigation is offered, because no mitigation measure can lift an Article 6 prohibition.</source>
        <translation>Статья 6 запрещает эту передачу (%1). На этом оценка завершается: единственно возможное решение — отказ со ссылкой на этот пункт. Статьи 7 и 11 не оцениваются, и меры по снижению риска не предлагаются, поскольку никакая мера не может снять запрет по статье 6.</translation>
    </message>
</context>
<context>
    <name>Article7Page</name>
    <message>
        <source>Assess objectively and without discrimination, taking into account information from the importing State (Art. 8(1)), the potential that the items would contribute to or undermine peace and security, or could be used to commit or facilitate the acts below. Record the risk before mitigation here: mitigation is considered on its own page, and the conclusion (7(3)) is drawn after it.</source>
        <translation>Оцените объективно и недискриминационным образом, с учетом информации государства-импортера (ст. 8(1)), будут ли изделия способствовать миру и безопасности или подрывать их, а также могут ли они быть использованы для совершения или содействия совершению перечисленных ниже деяний. Здесь указывается риск до снижения: меры по снижению риска рассматриваются на отдельной странице, а вывод (7(3)) делается после них.</translation>
    </message>
    <message>
        <source>7(1)(a) — would the export contribute to peace and security? (Weighed against the risks under 7(3); it never lowers a risk by itself.)</source>
        <translation>7(1)(a) — будет ли экспорт способствовать миру и безопасности? (Сопоставляется с рисками согласно 7(3); сам по себе риск не снижает.)</translation>
    </message>
</context>
<context>
    <name>AssessmentVocabulary</name>
    <message>
        <source>None identified</source>
        <translation>Не выявлен</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Низкий</translation>
    </message>
    <message>
        <source>Substantial</source>
        <translation>Существенный</translation>
    </message>
    <message>
        <source>Overriding before mitigation</source>
        <translation>Преобладающий до снижения</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Не оценивался</translation>
    </message>
    <message>
        <source>Overriding</source>
        <translation>Преобладающий</translation>
    </message>
    <message>
        <source>Not yet determined</source>
        <translation>Еще не определен</translation>
    </message>
    <message>
        <source>7(1)(a) Peace and security</source>
        <translation>7(1)(a) Мир и безопасность</translation>
    </message>
    <message>
        <source>7(1)(b)(i) Serious violation of international humanitarian law</source>
        <translation>7(1)(b)(i) Серьезное нарушение международного гуманитарного права</translation>
    </message>
    <message>
        <source>7(1)(b)(ii) Serious violation of international human rights law</source>
        <translation>7(1)(b)(ii) Серьезное нарушение международного права прав человека</translation>
    </message>
    <message>
        <source>7(1)(b)(iii) Offence under the terrorism conventions</source>
        <translation>7(1)(b)(iii) Правонарушение согласно конвенциям о терроризме</translation>
    </message>
    <message>
        <source>7(1)(b)(iv) Offence under the transnational organised crime conventions</source>
        <translation>7(1)(b)(iv) Правонарушение согласно конвенциям о транснациональной организованной преступности</translation>
    </message>
    <message>
        <source>7(4) Serious gender-based violence or violence against women and children</source>
        <translation>7(4) Серьезные акты гендерного насилия или насилия в отношении женщин и детей</translation>
    </message>
    <message>
        <source>Article 11 Diversion</source>
        <translation>Статья 11 Незаконное перенаправление</translation>
    </message>
    <message>
        <source>7(1)(a)</source>
        <translation>7(1)(a)</translation>
    </message>
    <message>
        <source>7(1)(b)(i) IHL</source>
        <translation>7(1)(b)(i) МГП</translation>
    </message>
    <message>
        <source>7(1)(b)(ii) Human rights</source>
        <translation>7(1)(b)(ii) Права человека</translation>
    </message>
    <message>
        <source>7(1)(b)(iii) Terrorism</source>
        <translation>7(1)(b)(iii) Терроризм</translation>
    </message>
    <message>
        <source>7(1)(b)(iv) Organised crime</source>
        <translation>7(1)(b)(iv) Оргпреступность</translation>
    </message>
    <message>
        <source>7(4) GBV/VAWC</source>
        <translation>7(4) ГН/НЖД</translation>
    </message>
    <message>
        <source>Art. 11 Diversion</source>
        <translation>Ст. 11 Перенаправление</translation>
    </message>
    <message>
        <source>UN report</source>
        <translation>Доклад ООН</translation>
    </message>
    <message>
        <source>Human-rights report</source>
        <translation>Доклад о правах человека</translation>
    </message>
    <message>
        <source>Embassy reporting</source>
        <translation>Донесения посольства</translation>
    </message>
    <message>
        <source>Importer&apos;s Art. 8(1) documentation</source>
        <translation>Документация импортера по ст. 8(1)</translation>
    </message>
    <message>
        <source>NGO report</source>
        <translation>Доклад НПО</translation>
    </message>
    <message>
        <source>Media report</source>
        <translation>Сообщение СМИ</translation>
    </message>
    <message>
        <source>Intelligence</source>
        <translation>Разведданные</translation>
    </message>
    <message>
        <source>Industry due diligence</source>
        <translation>Комплексная проверка (промышленность)</translation>
    </message>
    <message>
        <source>Consultation with GBV experts</source>
        <translation>Консультации с экспертами по ГН</translation>
    </message>
    <message>
        <source>Academic research</source>
        <translation>Научные исследования</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <source>Confidence-building measure</source>
        <translation>Мера укрепления доверия</translation>
    </message>
    <message>
        <source>Jointly developed and agreed programme</source>
        <translation>Совместно разработанная и согласованная программа</translation>
    </message>
    <message>
        <source>End-use / end-user assurance</source>
        <translation>Заверение о конечном использовании / пользователе</translation>
    </message>
    <message>
        <source>No re-export without consent</source>
        <translation>Запрет реэкспорта без согласия</translation>
    </message>
    <message>
        <source>Delivery verification certificate</source>
        <translation>Сертификат подтверждения доставки</translation>
    </message>
    <message>
        <source>Post-shipment on-site verification</source>
        <translation>Проверка на месте после поставки</translation>
    </message>
    <message>
        <source>Stockpile security assurance</source>
        <translation>Заверение о безопасности хранения запасов</translation>
    </message>
    <message>
        <source>Training of the end user</source>
        <translation>Обучение конечного пользователя</translation>
    </message>
    <message>
        <source>Other measure</source>
        <translation>Другая мера</translation>
    </message>
    <message>
        <source>Manufacture</source>
        <translation>Производство</translation>
    </message>
    <message>
        <source>Before transfer (point of loading)</source>
        <translation>До передачи (пункт погрузки)</translation>
    </message>
    <message>
        <source>In transit</source>
        <translation>В пути</translation>
    </message>
    <message>
        <source>Post-delivery storage</source>
        <translation>Хранение после доставки</translation>
    </message>
    <message>
        <source>End use</source>
        <translation>Конечное использование</translation>
    </message>
    <message>
        <source>Disposal</source>
        <translation>Утилизация</translation>
    </message>
    <message>
        <source>Unusual or unexplained routing or trans-shipment</source>
        <translation>Необычный или необъяснимый маршрут или перевалка</translation>
    </message>
    <message>
        <source>Unknown or unregistered brokers or intermediaries</source>
        <translation>Неизвестные или незарегистрированные брокеры или посредники</translation>
    </message>
    <message>
        <source>Items or quantities do not match the end user&apos;s needs</source>
        <translation>Изделия или количества не соответствуют потребностям конечного пользователя</translation>
    </message>
    <message>
        <source>Vague or inconsistent end-use information</source>
        <translation>Расплывчатые или противоречивые сведения о конечном использовании</translation>
    </message>
    <message>
        <source>Unusual payment terms</source>
        <translation>Необычные условия оплаты</translation>
    </message>
    <message>
        <source>Past diversion involving the end user or route</source>
        <translation>Прежние случаи перенаправления с участием конечного пользователя или на этом маршруте</translation>
    </message>
    <message>
        <source>Weak stockpile security at the end user</source>
        <translation>Слабая защищенность запасов у конечного пользователя</translation>
    </message>
    <message>
        <source>Other red flag</source>
        <translation>Другой тревожный признак</translation>
    </message>
    <message>
        <source>Prohibited</source>
        <translation>Запрещено</translation>
    </message>
    <message>
        <source>Prohibited unless approval obtained</source>
        <translation>Запрещено без одобрения</translation>
    </message>
    <message>
        <source>Needs confirmation</source>
        <translation>Требует подтверждения</translation>
    </message>
    <message>
        <source>Notification required</source>
        <translation>Требуется уведомление</translation>
    </message>
    <message>
        <source>Does not prohibit</source>
        <translation>Не запрещает</translation>
    </message>
    <message>
        <source>UN Security Council, Chapter VII (Art. 6(1))</source>
        <translation>Совет Безопасности ООН, глава VII (ст. 6(1))</translation>
    </message>
    <message>
        <source>Other international obligation (Art. 6(2))</source>
        <translation>Другое международное обязательство (ст. 6(2))</translation>
    </message>
    <message>
        <source>Whole country</source>
        <translation>Вся страна</translation>
    </message>
    <message>
        <source>Non-State actors only</source>
        <translation>Только негосударственные субъекты</translation>
    </message>
    <message>
        <source>Listed persons and entities</source>
        <translation>Лица и организации из перечня</translation>
    </message>
    <message>
        <source>Part of the country</source>
        <translation>Часть страны</translation>
    </message>
    <message>
        <source>The embargo applies</source>
        <translation>Эмбарго применяется</translation>
    </message>
    <message>
        <source>The embargo does not apply</source>
        <translation>Эмбарго не применяется</translation>
    </message>
    <message>
        <source>Committee approval obtained</source>
        <translation>Одобрение комитета получено</translation>
    </message>
    <message>
        <source>Committee approval not obtained</source>
        <translation>Одобрение комитета не получено</translation>
    </message>
    <message>
        <source>Committee notified</source>
        <translation>Комитет уведомлен</translation>
    </message>
    <message>
        <source>Not yet confirmed</source>
        <translation>Еще не подтверждено</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>Отказать</translation>
    </message>
    <message>
        <source>Authorisation possible</source>
        <translation>Разрешение возможно</translation>
    </message>
    <message>
        <source>Assessment incomplete</source>
        <translation>Оценка не завершена</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>Current step</source>
        <translation>Текущий шаг</translation>
    </message>
    <message>
        <source>Not reached</source>
        <translation>Не достигнут</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>Не требуется</translation>
    </message>
    <message>
        <source>Prevalent types of GBV / VAWC</source>
        <translation>Распространены ли виды ГН / НЖД?</translation>
    </message>
    <message>
        <source>Are they serious?</source>
        <translation>Являются ли они серьезными?</translation>
    </message>
    <message>
        <source>Effective preventive action?</source>
        <translation>Эффективные меры предупреждения?</translation>
    </message>
    <message>
        <source>Overriding risk?</source>
        <translation>Преобладающий риск?</translation>
    </message>
    <message>
        <source>Mitigation reliably reduces the risk?</source>
        <translation>Меры надежно снижают риск?</translation>
    </message>
    <message>
        <source>UN Security Council arms embargo</source>
        <translation>Эмбарго Совета Безопасности ООН на поставки оружия</translation>
    </message>
    <message>
        <source> (resolution %1 (%2))</source>
        <comment>after an arms embargo&apos;s name: its UN resolution and year</comment>
        <translation> (резолюция %1 (%2))</translation>
    </message>
    <message>
        <source> — </source>
        <comment>embargo name separator</comment>
        <translation> — </translation>
    </message>
    <message>
        <source>Article %1</source>
        <translation>Статья %1</translation>
    </message>
    <message>
        <source>Article %1(%2)</source>
        <translation>Статья %1(%2)</translation>
    </message>
</context>
<context>
    <name>AssessmentWizard</name>
    <message>
        <source>Unsaved answers</source>
        <extracomment>&quot;save&quot;, &quot;discard&quot; or &quot;cancel&quot;: asked when the wizard closes with unsaved answers. A path to save a file to (title, suggested name, filter), or None if cancelled. The pages closed when Article 6 prohibits the transfer. Closed when Article 7 does not apply (an import, transit, trans-shipment or brokering case the authority&apos;s policy does not assess under Article 7): only Article 6 is asked.</extracomment>
        <translation>Несохраненные ответы</translation>
    </message>
    <message>
        <source>Save your answers to the assessment draft before closing?</source>
        <translation>Сохранить ответы в черновике оценки перед закрытием?</translation>
    </message>
    <message>
        <source>Assessment — %1</source>
        <extracomment>The case after a decision was recorded: the register and case view refresh. The case after its assessment was completed or sent to the committee.</extracomment>
        <translation>Оценка — %1</translation>
    </message>
    <message>
        <source>✓ complete   • still incomplete
* required to complete the assessment</source>
        <translation>✓ заполнено   • еще не заполнено
* обязательно для завершения оценки</translation>
    </message>
    <message>
        <source>&lt; Back</source>
        <translation>&lt; Назад</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Сохранить черновик</translation>
    </message>
    <message>
        <source>Save and continue &gt;</source>
        <translation>Сохранить и далее &gt;</translation>
    </message>
    <message>
        <source>Start a new revision…</source>
        <translation>Начать новую редакцию…</translation>
    </message>
    <message>
        <source>Save assessment record PDF…</source>
        <translation>PDF протокола оценки…</translation>
    </message>
    <message>
        <source>Save licence/denial PDF…</source>
        <translation>PDF лицензии/отказа…</translation>
    </message>
    <message>
        <source>Complete assessment</source>
        <translation>Завершить оценку</translation>
    </message>
    <message>
        <source>Submit to the committee…</source>
        <translation>Передать в комиссию…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>1. Article 6 prohibitions</source>
        <translation>1. Запрещения по статье 6</translation>
    </message>
    <message>
        <source>2. Article 7(1) risks</source>
        <translation>2. Риски по статье 7(1)</translation>
    </message>
    <message>
        <source>3. Article 7(4) GBV flowchart</source>
        <translation>3. Схема ГН по статье 7(4)</translation>
    </message>
    <message>
        <source>4. Article 11 diversion</source>
        <translation>4. Перенаправление (статья 11)</translation>
    </message>
    <message>
        <source>5. Article 7(2) mitigation</source>
        <translation>5. Снижение риска (статья 7(2))</translation>
    </message>
    <message>
        <source>6. Article 7(3) conclusion</source>
        <translation>6. Вывод по статье 7(3)</translation>
    </message>
    <message>
        <source>7. Decision</source>
        <translation>7. Решение</translation>
    </message>
    <message>
        <source>%1 · %2 → %3 · end user: %4</source>
        <translation>%1 · %2 → %3 · конечный пользователь: %4</translation>
    </message>
    <message>
        <source>Closed: Article 6 prohibits the transfer, so it is not assessed.</source>
        <translation>Закрыто: статья 6 запрещает передачу, поэтому оценка не проводится.</translation>
    </message>
    <message>
        <source>Next &gt;</source>
        <translation>Далее &gt;</translation>
    </message>
    <message>
        <source>A decision has been recorded on this case; the assessment is closed.</source>
        <translation>По этому делу принято решение; оценка закрыта.</translation>
    </message>
    <message>
        <source>Assessment revision %1 is complete and can no longer be edited. Record the decision, or start a new revision to change a finding.</source>
        <translation>Редакция оценки %1 завершена и больше не может изменяться. Зарегистрируйте решение или начните новую редакцию, чтобы изменить вывод.</translation>
    </message>
    <message>
        <source>Assessment revision %1 is complete and can no longer be edited. Submit it to the committee, or start a new revision to change a finding.</source>
        <translation>Редакция оценки %1 завершена и больше не может изменяться. Передайте ее в комиссию или начните новую редакцию, чтобы изменить вывод.</translation>
    </message>
    <message>
        <source>Article 6 prohibits this transfer. The Article 7, GBV, diversion and mitigation pages are closed: the only possible decision is a denial.</source>
        <translation>Статья 6 запрещает эту передачу. Страницы статьи 7, ГН, перенаправления и снижения риска закрыты: единственно возможное решение — отказ.</translation>
    </message>
    <message>
        <source>Article 7 not applicable: %1. Article 7 binds the exporting State and the authority&apos;s policy does not apply it to this transfer type; Article 6 applies to every transfer.</source>
        <translation>Статья 7 неприменима: %1. Статья 7 обязывает государство-экспортер, а политика органа не применяет ее к этому виду передачи; статья 6 применяется к любой передаче.</translation>
    </message>
    <message>
        <source>Article 7 assessed under national policy (%1).</source>
        <translation>Статья 7 оценивается в соответствии с национальной политикой (%1).</translation>
    </message>
    <message>
        <source>The assessment was not saved</source>
        <translation>Оценка не сохранена</translation>
    </message>
    <message>
        <source>Draft saved at %1</source>
        <translation>Черновик сохранен в %1</translation>
    </message>
    <message>
        <source>The embargo screen failed</source>
        <translation>Не удалось выполнить проверку на эмбарго</translation>
    </message>
    <message>
        <source>Source “%1”: choose the kind of source</source>
        <translation>Источник «%1»: выберите вид источника</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>заполнено</translation>
    </message>
    <message>
        <source>still incomplete</source>
        <translation>еще не заполнено</translation>
    </message>
    <message>
        <source>The assessment was not completed: choose the kind of each source listed under the steps (a source without a kind is not saved).</source>
        <translation>Оценка не завершена: выберите вид каждого источника, указанного под шагами (источник без вида не сохраняется).</translation>
    </message>
    <message>
        <source>The assessment was not completed: %1 answer(s) are still missing. They are listed under the steps: click one to go to it.</source>
        <translation>Оценка не завершена: не хватает ответов: %1. Они перечислены под шагами: щелкните по ответу, чтобы перейти к нему.</translation>
    </message>
    <message>
        <source>The assessment was not completed</source>
        <translation>Оценка не завершена</translation>
    </message>
    <message>
        <source>Submitted to the committee: the agencies chosen are asked for their opinion.</source>
        <translation>Передано в комиссию: выбранным ведомствам направлен запрос заключения.</translation>
    </message>
    <message>
        <source>The decision was not recorded:</source>
        <translation>Решение не зарегистрировано:</translation>
    </message>
    <message>
        <source>Start a new revision</source>
        <translation>Начать новую редакцию</translation>
    </message>
    <message>
        <source>Why is the case reassessed? The reason is kept in the history.</source>
        <translation>Почему дело оценивается повторно? Причина сохраняется в истории.</translation>
    </message>
    <message>
        <source>No new revision was started</source>
        <translation>Новая редакция не начата</translation>
    </message>
    <message>
        <source>Save assessment record PDF</source>
        <translation>Сохранить протокол оценки (PDF)</translation>
    </message>
    <message>
        <source>Save licence/denial PDF</source>
        <translation>Сохранить лицензию/отказ (PDF)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF was not saved</source>
        <translation>PDF не сохранен</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Сохранено: %1</translation>
    </message>
    <message>
        <source>Choose the kind of each source listed under the steps before closing.</source>
        <translation>Перед закрытием выберите вид каждого источника, указанного под шагами.</translation>
    </message>
</context>
<context>
    <name>AuthorityDialog</name>
    <message>
        <source>Authority</source>
        <extracomment>The letterhead preview&apos;s box: wide and low, like the banner on the page.</extracomment>
        <translation>Орган</translation>
    </message>
    <message>
        <source>&amp;Authority</source>
        <translation>&amp;Орган</translation>
    </message>
    <message>
        <source>&amp;Contact point</source>
        <translation>&amp;Контактный пункт</translation>
    </message>
    <message>
        <source>&amp;Letters and signature</source>
        <translation>&amp;Письма и подпись</translation>
    </message>
    <message>
        <source>Standard &amp;provisos</source>
        <translation>Ст&amp;андартные оговорки</translation>
    </message>
    <message>
        <source>Article &amp;7 policy</source>
        <translation>Политика по статье &amp;7</translation>
    </message>
    <message>
        <source>&amp;Mitigation policy</source>
        <translation>Политика &amp;снижения риска</translation>
    </message>
    <message>
        <source>&amp;Destination files</source>
        <translation>&amp;Досье стран назначения</translation>
    </message>
    <message>
        <source>Every licence proposes these conditions to the decider, beside the committee&apos;s conditions and the mitigation measures the assessment relied on. One condition per line; an empty list is allowed.</source>
        <translation>Каждая лицензия предлагает лицу, принимающему решение, эти условия наряду с условиями комиссии и мерами по снижению риска, на которые опиралась оценка. Одно условие в строке; список может быть пустым.</translation>
    </message>
    <message>
        <source>A mitigation measure lowers only the risks its kind can address: confidence-building measures and jointly developed programmes (Article 7(2)) any risk; assurances, re-export clauses and verification (Article 11(2)) diversion. If your national policy allows it, an officer may state why a measure of another kind addresses a risk; the reason is then required and printed in the assessment record.</source>
        <translation>Мера по снижению риска снижает только те риски, на которые может воздействовать мера ее вида: меры укрепления доверия и совместно разработанные программы (статья 7(2)) — любой риск; заверения, оговорки о реэкспорте и проверки (статья 11(2)) — риск незаконного перенаправления. Если национальная политика это допускает, специалист может указать, почему мера другого вида устраняет риск; тогда причина обязательна и печатается в протоколе оценки.</translation>
    </message>
    <message>
        <source>Let an officer&apos;s stated reason count (national policy)</source>
        <translation>Учитывать причину, указанную специалистом (национальная политика)</translation>
    </message>
    <message>
        <source>Article 6 applies to every transfer. Article 7 is the exporting State&apos;s obligation: for the transfer types ticked here, national policy asks it too, and the assessment record says so. Unticked types are assessed under Article 6 only, and the record says Article 7 was not applicable.</source>
        <translation>Статья 6 применяется к любой передаче. Статья 7 — обязательство государства-экспортера: для отмеченных здесь видов передачи национальная политика также требует ее применения, и протокол оценки это указывает. Неотмеченные виды оцениваются только по статье 6, а в протоколе указывается, что статья 7 неприменима.</translation>
    </message>
    <message>
        <source>e.g. Export Control Agency, Ministry of Trade</source>
        <translation>напр. Агентство экспортного контроля Министерства торговли</translation>
    </message>
    <message>
        <source>C&amp;hoose image…</source>
        <translation>&amp;Выбрать изображение…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>A PNG or JPEG image of at most %1 KB, printed across the top of the first page of every document.</source>
        <translation>Изображение PNG или JPEG размером не более %1 КБ; печатается вверху первой страницы каждого документа.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Наименование:</translation>
    </message>
    <message>
        <source>Postal a&amp;ddress:</source>
        <translation>Почтовый адр&amp;ес:</translation>
    </message>
    <message>
        <source>Reporting &amp;State:</source>
        <translation>&amp;Государство:</translation>
    </message>
    <message>
        <source>Default c&amp;urrency:</source>
        <translation>Валю&amp;та по умолчанию:</translation>
    </message>
    <message>
        <source>Letterhead:</source>
        <translation>Шапка бланка:</translation>
    </message>
    <message>
        <source>The national point of contact (Article 5(6)): given on the denial letters so that applicants know whom to write to.</source>
        <translation>Национальный контактный пункт (статья 5(6)): указывается в письмах об отказе, чтобы заявители знали, куда обращаться.</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Эл. почта:</translation>
    </message>
    <message>
        <source>&amp;Telephone:</source>
        <translation>Теле&amp;фон:</translation>
    </message>
    <message>
        <source>e.g. For the Minister, by delegation</source>
        <translation>напр. За министра (по поручению)</translation>
    </message>
    <message>
        <source>How and within what time an applicant may ask for a review of a denial</source>
        <translation>Как и в какой срок заявитель может обжаловать отказ</translation>
    </message>
    <message>
        <source>The language of the screen</source>
        <translation>Язык интерфейса</translation>
    </message>
    <message>
        <source>Licences and denial letters are signed by the person who decided, with their name and job title (File → Users and agencies), under this wording.</source>
        <translation>Лицензии и письма об отказе подписывает лицо, принявшее решение, с указанием имени и должности (Файл → Пользователи и ведомства), под этой формулой.</translation>
    </message>
    <message>
        <source>Signatory &amp;wording:</source>
        <translation>Формула подп&amp;иси:</translation>
    </message>
    <message>
        <source>A&amp;ppeal information:</source>
        <translation>Порядок обжа&amp;лования:</translation>
    </message>
    <message>
        <source>Documents &amp;written in:</source>
        <translation>&amp;Язык документов:</translation>
    </message>
    <message>
        <source>No letterhead</source>
        <translation>Без шапки бланка</translation>
    </message>
    <message>
        <source>Only an administrator changes the authority&apos;s profile.</source>
        <translation>Профиль органа изменяет только администратор.</translation>
    </message>
    <message>
        <source>Give the authority&apos;s name: every document prints it.</source>
        <translation>Укажите наименование органа: оно печатается на каждом документе.</translation>
    </message>
    <message>
        <source>Choose a country from the list.</source>
        <translation>Выберите страну из списка.</translation>
    </message>
    <message>
        <source>Give an email address such as name@example.org.</source>
        <translation>Укажите адрес электронной почты, например name@example.org.</translation>
    </message>
    <message>
        <source>Use digits, spaces and + ( ) . / - only.</source>
        <translation>Используйте только цифры, пробелы и символы + ( ) . / -</translation>
    </message>
    <message>
        <source>Three capital letters (ISO 4217), e.g. EUR.</source>
        <translation>Три заглавные латинские буквы (ISO 4217), например EUR.</translation>
    </message>
    <message>
        <source>Use a PNG or JPEG image of at most %1 KB.</source>
        <translation>Используйте изображение PNG или JPEG размером не более %1 КБ.</translation>
    </message>
    <message>
        <source>Choose the letterhead image</source>
        <translation>Выберите изображение шапки бланка</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Изображения (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>The profile was not saved: see the fields marked.</source>
        <translation>Профиль не сохранен: см. отмеченные поля.</translation>
    </message>
    <message>
        <source>Saved. New documents use this profile.</source>
        <translation>Сохранено. Новые документы используют этот профиль.</translation>
    </message>
</context>
<context>
    <name>CaseDocuments</name>
    <message>
        <source>Licence</source>
        <extracomment>In menu order.</extracomment>
        <translation>Бланк лицензии</translation>
    </message>
    <message>
        <source>Denial letter</source>
        <translation>Письмо об отказе</translation>
    </message>
    <message>
        <source>Assessment record</source>
        <translation>Протокол оценки</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Открыть %1</translation>
    </message>
    <message>
        <source>Save %1…</source>
        <translation>Сохранить %1…</translation>
    </message>
    <message>
        <source>Print %1…</source>
        <translation>Напечатать %1…</translation>
    </message>
    <message>
        <source>&amp;PDF documents</source>
        <extracomment>Where &quot;Save…&quot; starts; shared with the assessment wizard for the whole session.</extracomment>
        <translation>Документы &amp;PDF</translation>
    </message>
    <message>
        <source>Open, save or print the licence, denial letter or assessment record</source>
        <translation>Открыть, сохранить или напечатать лицензию, письмо об отказе или протокол оценки</translation>
    </message>
    <message>
        <source>Opens the PDF in your PDF viewer: print it from there.</source>
        <translation>Открывает PDF в программе просмотра PDF: печатайте оттуда.</translation>
    </message>
    <message>
        <source>The documents appear here once the case has an assessment or a decision.</source>
        <translation>Документы появятся здесь, когда по делу будет оценка или решение.</translation>
    </message>
    <message>
        <source>Writing the %1…</source>
        <translation>Формируется %1…</translation>
    </message>
    <message>
        <source>No PDF viewer</source>
        <translation>Нет программы просмотра PDF</translation>
    </message>
    <message>
        <source>No program opened %1. Save the document and open it yourself.</source>
        <translation>Ни одна программа не открыла %1. Сохраните документ и откройте его самостоятельно.</translation>
    </message>
    <message>
        <source>Save %1</source>
        <translation>Сохранить %1</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Сохранено: %1</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <source>No case is open. Select a case in the register to see it here.</source>
        <extracomment>The officer asked to assess the open case: the window opens the assessment wizard. A new version of the case was saved here (a document added): the register refreshes. The database and the person acting are read from here when the view acts. The open case&apos;s recorded decision, if any (shown under the header).</extracomment>
        <translation>Дело не открыто. Выберите дело в реестре, чтобы увидеть его здесь.</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>Add d&amp;ocument…</source>
        <translation>Добавить доку&amp;мент…</translation>
    </message>
    <message>
        <source>&amp;Assess…</source>
        <translation>О&amp;ценить…</translation>
    </message>
    <message>
        <source>Transfer type</source>
        <translation>Вид передачи</translation>
    </message>
    <message>
        <source>Exporter / applicant</source>
        <translation>Экспортер / заявитель</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Получено</translation>
    </message>
    <message>
        <source>Exporting State</source>
        <translation>Государство-экспортер</translation>
    </message>
    <message>
        <source>Transit States</source>
        <translation>Государства транзита</translation>
    </message>
    <message>
        <source>Final importing State</source>
        <translation>Государство назначения</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Подано</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Решение принято</translation>
    </message>
    <message>
        <source>End-user certificate</source>
        <extracomment>Longer texts, each on a row of its own so that nothing is cut off.</extracomment>
        <translation>Сертификат (СКП)</translation>
    </message>
    <message>
        <source>Intended end use</source>
        <translation>Конечное использование</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Поз.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Model / type</source>
        <translation>Модель / тип</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Код по списку</translation>
    </message>
    <message>
        <source>ATT category</source>
        <translation>Категория ДТО</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Стоимость</translation>
    </message>
    <message>
        <source>Withheld from report</source>
        <translation>Не включено в доклад</translation>
    </message>
    <message>
        <source>Comment for the report</source>
        <translation>Комментарий для доклада</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Dated</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Зарегистрировано</translation>
    </message>
    <message>
        <source>Licence number</source>
        <translation>Номер лицензии</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Выдана</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Действует с</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Действует до</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>C&amp;hange requests…</source>
        <translation>Запросы на изм&amp;енение…</translation>
    </message>
    <message>
        <source>Re-export, re-transfer, or change of end user, end use or location</source>
        <translation>Реэкспорт, повторная передача или изменение конечного пользователя, конечного использования или местонахождения</translation>
    </message>
    <message>
        <source>%1 change request(s) awaiting a decision</source>
        <translation>Запросов на изменение, ожидающих решения: %1</translation>
    </message>
    <message>
        <source>A decided or withdrawn case cannot be edited.</source>
        <translation>Дело с принятым решением или отозванное дело изменить нельзя.</translation>
    </message>
    <message>
        <source>Change the application&apos;s details (Ctrl+E)</source>
        <translation>Изменить данные заявления (Ctrl+E)</translation>
    </message>
    <message>
        <source>A withdrawn case has nothing to assess.</source>
        <translation>Отозванное дело не подлежит оценке.</translation>
    </message>
    <message>
        <source>This case was decided without an assessment recorded in ATT Desktop (imported or demo data).</source>
        <translation>Решение по этому делу принято без оценки, зарегистрированной в ATT Desktop (импортированные или демонстрационные данные).</translation>
    </message>
    <message>
        <source>Review the assessment and the decision (Ctrl+Shift+A)</source>
        <translation>Просмотреть оценку и решение (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>Assess the application: Article 6, Article 7, then the decision (Ctrl+Shift+A)</source>
        <translation>Оценить заявление: статья 6, статья 7, затем решение (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>Authorised on %1 by %2</source>
        <translation>Разрешено %1 (%2)</translation>
    </message>
    <message>
        <source>Denied on %1 by %2</source>
        <translation>Отказано %1 (%2)</translation>
    </message>
    <message>
        <source>Authorised on %1</source>
        <translation>Разрешено %1</translation>
    </message>
    <message>
        <source>Denied on %1</source>
        <translation>Отказано %1</translation>
    </message>
    <message>
        <source>licence %1, valid %2 to %3</source>
        <translation>лицензия %1, действует с %2 по %3</translation>
    </message>
    <message>
        <source>grounds: %1</source>
        <translation>основания: %1</translation>
    </message>
    <message>
        <source>criteria: %1</source>
        <translation>критерии: %1</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>строка %1</translation>
    </message>
    <message>
        <source>rows %1–%2</source>
        <translation>строки %1–%2</translation>
    </message>
    <message>
        <source>imported from %1, %2, by %3 on %4</source>
        <translation>импортировано из %1, %2 (пользователь %3, %4)</translation>
    </message>
    <message>
        <source>imported from %1 by %3 on %4</source>
        <translation>импортировано из %1 (пользователь %3, %4)</translation>
    </message>
    <message>
        <source>historical: decided outside the app</source>
        <translation>историческое: решение принято вне приложения</translation>
    </message>
    <message>
        <source>Not reportable: %1</source>
        <translation>Не подлежит отчетности: %1</translation>
    </message>
    <message>
        <source>%1, acting for %2</source>
        <translation>%1, действует от имени: %2</translation>
    </message>
    <message>
        <source>Yes: %1</source>
        <translation>Да: %1</translation>
    </message>
    <message>
        <source>Parties (%1)</source>
        <translation>Стороны (%1)</translation>
    </message>
    <message>
        <source>Line items (%1)</source>
        <translation>Позиции (%1)</translation>
    </message>
    <message>
        <source>Documents (%1)</source>
        <translation>Документы (%1)</translation>
    </message>
    <message>
        <source>Licences (%1)</source>
        <translation>Лицензии (%1)</translation>
    </message>
    <message>
        <source>History (%1)</source>
        <translation>История (%1)</translation>
    </message>
    <message>
        <source>Sanctions list hits (%1)</source>
        <translation>Совпадения с перечнем (%1)</translation>
    </message>
    <message>
        <source>— %1 to review</source>
        <translation>— на проверку: %1</translation>
    </message>
    <message>
        <source>Follow-up (%1)</source>
        <translation>Последующий контроль (%1)</translation>
    </message>
    <message>
        <source>— %1 overdue</source>
        <translation>— просрочено: %1</translation>
    </message>
    <message>
        <source>Licence %1</source>
        <translation>Лицензия %1</translation>
    </message>
    <message>
        <source>valid until %1</source>
        <translation>действует до %1</translation>
    </message>
    <message>
        <source>Shipped on %1</source>
        <translation>Отгружено %1</translation>
    </message>
    <message>
        <source>Revision %1</source>
        <translation>Редакция %1</translation>
    </message>
    <message>
        <source>Document not recorded</source>
        <translation>Документ не зарегистрирован</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>Смена пароля</translation>
    </message>
</context>
<context>
    <name>ChangePasswordForm</name>
    <message>
        <source>Choose a new password</source>
        <translation>Выберите новый пароль</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Сменить пароль</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>C&amp;urrent password:</source>
        <translation>&amp;Текущий пароль:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Новый пароль:</translation>
    </message>
    <message>
        <source>&amp;Repeat new password:</source>
        <translation>&amp;Повторите новый пароль:</translation>
    </message>
    <message>
        <source>Welcome, %1. You signed in with a one-time password: choose your own before you continue.</source>
        <translation>Добро пожаловать, %1. Вы вошли с одноразовым паролем: прежде чем продолжить, выберите собственный.</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Выйти</translation>
    </message>
    <message>
        <source>Change your password</source>
        <translation>Смените пароль</translation>
    </message>
    <message>
        <source>Change the password of %1.</source>
        <translation>Смена пароля пользователя %1.</translation>
    </message>
</context>
<context>
    <name>ChangeRequests</name>
    <message>
        <source>Re-export</source>
        <translation>Реэкспорт</translation>
    </message>
    <message>
        <source>Re-transfer within the importing State</source>
        <translation>Повторная передача внутри государства-импортера</translation>
    </message>
    <message>
        <source>Change of end user</source>
        <translation>Смена конечного пользователя</translation>
    </message>
    <message>
        <source>Change of end use</source>
        <translation>Изменение конечного использования</translation>
    </message>
    <message>
        <source>Change of location</source>
        <translation>Изменение местонахождения</translation>
    </message>
    <message>
        <source>The importing State&apos;s authority</source>
        <translation>Орган государства-импортера</translation>
    </message>
    <message>
        <source>The end user</source>
        <translation>Конечный пользователь</translation>
    </message>
    <message>
        <source>The exporter</source>
        <translation>Экспортер</translation>
    </message>
    <message>
        <source>Awaiting decision</source>
        <translation>Ожидает решения</translation>
    </message>
    <message>
        <source>Consented</source>
        <translation>Согласие дано</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Отказано</translation>
    </message>
</context>
<context>
    <name>ChangeRequestsDialog</name>
    <message>
        <source>Change requests: %1</source>
        <extracomment>A request was recorded or decided: the case view shows the case again.</extracomment>
        <translation>Запросы на изменение: %1</translation>
    </message>
    <message>
        <source>Requests to re-export, re-transfer, or change the end user, end use or location of what a licence covers. An officer records each request; the deciding authority consents or refuses it, as for a decision.</source>
        <translation>Запросы на реэкспорт, повторную передачу или изменение конечного пользователя, конечного использования или местонахождения того, на что выдана лицензия. Специалист регистрирует каждый запрос; лицо, принимающее решение, дает согласие или отказывает, как при решении по делу.</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Лицензия</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Запрос</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>Запросил</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Получен</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Предлагается</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>&amp;Record request…</source>
        <translation>&amp;Зарегистрировать запрос…</translation>
    </message>
    <message>
        <source>&amp;Decide…</source>
        <translation>Принять &amp;решение…</translation>
    </message>
    <message>
        <source>Consent &amp;letter…</source>
        <translation>&amp;Письмо о согласии…</translation>
    </message>
    <message>
        <source>Save the consent letter of the selected request</source>
        <translation>Сохранить письмо о согласии по выбранному запросу</translation>
    </message>
    <message>
        <source>A licensing officer or the focal point records requests on a valid licence.</source>
        <translation>Запросы по действующей лицензии регистрирует специалист по лицензированию или координатор.</translation>
    </message>
    <message>
        <source>Choose a request awaiting a decision.</source>
        <translation>Выберите запрос, ожидающий решения.</translation>
    </message>
    <message>
        <source>Items: %1</source>
        <translation>Изделия: %1</translation>
    </message>
    <message>
        <source>Justification: %1</source>
        <translation>Обоснование: %1</translation>
    </message>
    <message>
        <source>Documents: %1</source>
        <translation>Документы: %1</translation>
    </message>
    <message>
        <source>Recorded by %1 on %2</source>
        <translation>Зарегистрировано: %1, %2</translation>
    </message>
    <message>
        <source>Article 6 prohibits a consent: %1</source>
        <translation>Статья 6 запрещает давать согласие: %1</translation>
    </message>
    <message>
        <source>%1 by %2 on %3: %4</source>
        <translation>%1 (%2, %3): %4</translation>
    </message>
    <message>
        <source>Conditions: %1</source>
        <translation>Условия: %1</translation>
    </message>
    <message>
        <source>Save the consent letter</source>
        <translation>Сохранить письмо о согласии</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Сохранено: %1</translation>
    </message>
    <message>
        <source>Writing the consent letter…</source>
        <translation>Формируется письмо о согласии…</translation>
    </message>
</context>
<context>
    <name>CommitteeIntegration</name>
    <message>
        <source>Committee</source>
        <extracomment>Open this case (from My work). Open a year&apos;s annual report submission (a report&apos;s item in My work). A committee step changed this case: show it again and refresh the register.</extracomment>
        <translation>Комиссия</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Хронология</translation>
    </message>
    <message>
        <source>Timeline (%1)</source>
        <translation>Хронология (%1)</translation>
    </message>
    <message>
        <source>Co&amp;mmittee</source>
        <translation>&amp;Комиссия</translation>
    </message>
    <message>
        <source>&amp;My work</source>
        <translation>&amp;Мои задачи</translation>
    </message>
    <message>
        <source>The cases waiting for you (Ctrl+Shift+M)</source>
        <translation>Дела, ожидающие вас (Ctrl+Shift+M)</translation>
    </message>
    <message>
        <source>Committee &amp;sessions…</source>
        <translation>&amp;Заседания комиссии…</translation>
    </message>
</context>
<context>
    <name>CommitteeSessionWindow</name>
    <message>
        <source>Committee sessions</source>
        <extracomment>A case&apos;s committee record changed (an outcome): the window may refresh it.</extracomment>
        <translation>Заседания комиссии</translation>
    </message>
    <message>
        <source>e.g. Monthly inter-agency committee</source>
        <extracomment>The database and the person acting, read at each service call.</extracomment>
        <translation>напр. ежемесячное заседание межведомственной комиссии</translation>
    </message>
    <message>
        <source>&amp;Open a sitting</source>
        <translation>&amp;Открыть заседание</translation>
    </message>
    <message>
        <source>Every case now in committee goes on its agenda</source>
        <translation>Все дела, находящиеся сейчас в комиссии, включаются в его повестку</translation>
    </message>
    <message>
        <source>New sitting</source>
        <translation>Новое заседание</translation>
    </message>
    <message>
        <source>&amp;Held on:</source>
        <translation>&amp;Дата проведения:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>Sittings:</source>
        <translation>Заседания:</translation>
    </message>
    <message>
        <source>Record &amp;attendance</source>
        <translation>Отметить &amp;присутствие</translation>
    </message>
    <message>
        <source>Present at the table</source>
        <translation>Присутствуют</translation>
    </message>
    <message>
        <source>What the table concluded, e.g. &apos;Recommend approval with end-use check&apos;</source>
        <translation>Итог заседания, напр. «Рекомендовать одобрение с проверкой конечного использования»</translation>
    </message>
    <message>
        <source>Record o&amp;utcome</source>
        <translation>Зарегистрировать &amp;итог</translation>
    </message>
    <message>
        <source>← &amp;Previous case</source>
        <translation>← Пр&amp;едыдущее дело</translation>
    </message>
    <message>
        <source>&amp;Next case →</source>
        <translation>&amp;Следующее дело →</translation>
    </message>
    <message>
        <source>&amp;Close the sitting</source>
        <translation>&amp;Закрыть заседание</translation>
    </message>
    <message>
        <source>Close this sitting? Its attendance and outcomes can no longer be changed afterwards.</source>
        <translation>Закрыть это заседание? Присутствие и итоги после этого изменить будет нельзя.</translation>
    </message>
    <message>
        <source>&amp;Yes, close it</source>
        <translation>Да, за&amp;крыть</translation>
    </message>
    <message>
        <source>&amp;Keep it open</source>
        <translation>Ост&amp;авить открытым</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Повестка</translation>
    </message>
    <message>
        <source>open</source>
        <translation>открыто</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>закрыто</translation>
    </message>
    <message>
        <source>No case on the agenda.</source>
        <translation>В повестке нет дел.</translation>
    </message>
    <message>
        <source>Case %1 of %2: %3</source>
        <translation>Дело %1 из %2: %3</translation>
    </message>
    <message>
        <source>%1 of %2 agencies answered (quorum %3).</source>
        <translation>Ответили ведомств: %1 из %2 (кворум: %3).</translation>
    </message>
    <message>
        <source>Not yet answered: %1</source>
        <translation>Еще не ответили: %1</translation>
    </message>
</context>
<context>
    <name>CommitteeVocabulary</name>
    <message>
        <source>Approve</source>
        <translation>Одобрить</translation>
    </message>
    <message>
        <source>Approve with conditions</source>
        <translation>Одобрить с условиями</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>Отклонить</translation>
    </message>
    <message>
        <source>Abstain</source>
        <translation>Воздержаться</translation>
    </message>
    <message>
        <source>Assigned to you</source>
        <translation>Назначено вам</translation>
    </message>
    <message>
        <source>Your agency&apos;s opinion is awaited</source>
        <translation>Ожидается заключение вашего ведомства</translation>
    </message>
    <message>
        <source>Ready for your decision</source>
        <translation>Готово к вашему решению</translation>
    </message>
    <message>
        <source>You were mentioned</source>
        <translation>Вас упомянули</translation>
    </message>
    <message>
        <source>An opinion is overdue</source>
        <translation>Заключение просрочено</translation>
    </message>
    <message>
        <source>Licence follow-up overdue</source>
        <translation>Просрочен последующий контроль лицензии</translation>
    </message>
    <message>
        <source>Change request awaits a decision</source>
        <translation>Запрос на изменение ожидает решения</translation>
    </message>
    <message>
        <source>Your advice on gender-based violence is asked</source>
        <translation>Запрошено ваше мнение по гендерному насилию</translation>
    </message>
    <message>
        <source>Licence to reassess (Article 7(7))</source>
        <translation>Повторная оценка лицензии (статья 7(7))</translation>
    </message>
    <message>
        <source>Handed over to you</source>
        <translation>Передано вам</translation>
    </message>
    <message>
        <source>A report awaits your sign-off</source>
        <translation>Доклад ожидает вашего утверждения</translation>
    </message>
    <message>
        <source>Annual report %1</source>
        <translation>Ежегодный доклад за %1</translation>
    </message>
    <message>
        <source>licence %1, incident %2</source>
        <translation>лицензия %1, инцидент %2</translation>
    </message>
    <message>
        <source>%1, licence %2</source>
        <translation>%1, лицензия %2</translation>
    </message>
    <message>
        <source>opinion of %1</source>
        <translation>заключение: %1</translation>
    </message>
    <message>
        <source>(urgent)</source>
        <translation>(срочно)</translation>
    </message>
    <message>
        <source>approval for submission</source>
        <translation>одобрение для представления</translation>
    </message>
    <message>
        <source>contribution of %1</source>
        <translation>вклад: %1</translation>
    </message>
</context>
<context>
    <name>ConclusionPage</name>
    <message>
        <source>Criterion</source>
        <translation>Критерий</translation>
    </message>
    <message>
        <source>Before mitigation</source>
        <translation>До снижения</translation>
    </message>
    <message>
        <source>After mitigation</source>
        <translation>После снижения</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Пояснение</translation>
    </message>
    <message>
        <source>Computed by the application from your findings: if, after mitigation, an overriding risk remains on any criterion, the State shall not authorise (Article 7(3)). Change a finding on its page to change this conclusion.</source>
        <translation>Рассчитывается приложением на основе ваших выводов: если после снижения по какому-либо критерию остается преобладающий риск, государство не выдает разрешение (статья 7(3)). Чтобы изменить этот вывод, измените соответствующий вывод на его странице.</translation>
    </message>
    <message>
        <source>Recommendation: %1</source>
        <translation>Рекомендация: %1</translation>
    </message>
    <message>
        <source>Grounds:</source>
        <translation>Основания:</translation>
    </message>
    <message>
        <source>%1 answer(s) are still missing before this assessment can be completed. They are listed under the steps: click one to go to its question.</source>
        <translation>Прежде чем завершить эту оценку, нужно дать еще ответов: %1. Они перечислены под шагами: щелкните, чтобы перейти к вопросу.</translation>
    </message>
    <message>
        <source>Conditions the assessment requires:</source>
        <translation>Условия, требуемые оценкой:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Примечания:</translation>
    </message>
</context>
<context>
    <name>ConditionsEditor</name>
    <message>
        <source>Condition</source>
        <extracomment>The decider&apos;s own additions, after the proposed groups. The text as proposed: a row the decider has not edited can be withdrawn by a new proposal.</extracomment>
        <translation>Условие</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Another condition of your own</source>
        <translation>Другое собственное условие</translation>
    </message>
    <message>
        <source>Add condition</source>
        <translation>Добавить условие</translation>
    </message>
    <message>
        <source>Asked for by the committee</source>
        <translation>Запрошено комиссией</translation>
    </message>
    <message>
        <source>Mitigation measures the assessment&apos;s findings relied on</source>
        <translation>Меры по снижению риска, на которые опираются выводы оценки</translation>
    </message>
    <message>
        <source>Required by the assessment (cannot be removed)</source>
        <translation>Требуется оценкой (нельзя удалить)</translation>
    </message>
    <message>
        <source>The authority&apos;s standard provisos</source>
        <translation>Стандартные оговорки органа</translation>
    </message>
    <message>
        <source>Added by the decider</source>
        <translation>Добавлено лицом, принимающим решение</translation>
    </message>
    <message>
        <source>Relied on for %1</source>
        <translation>Учтено для: %1</translation>
    </message>
</context>
<context>
    <name>ConsistencyPanel</name>
    <message>
        <source>Consistency: like cases</source>
        <extracomment>The officer asked to record a denial notified by another State.</extracomment>
        <translation>Последовательность: аналогичные дела</translation>
    </message>
    <message>
        <source>Record a denial from another State…</source>
        <translation>Зарегистрировать отказ другого государства…</translation>
    </message>
    <message>
        <source>Denials notified by other States are matched against this case&apos;s parties.</source>
        <translation>Отказы, о которых уведомили другие государства, сопоставляются со сторонами этого дела.</translation>
    </message>
    <message>
        <source>authorised</source>
        <translation>разрешено</translation>
    </message>
    <message>
        <source>denied</source>
        <translation>отказано</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>Нет данных</translation>
    </message>
    <message>
        <source>Same destination</source>
        <translation>То же назначение</translation>
    </message>
    <message>
        <source>Same end user</source>
        <translation>Тот же конечный пользователь</translation>
    </message>
    <message>
        <source>Same category</source>
        <translation>Та же категория</translation>
    </message>
    <message>
        <source>No earlier decision</source>
        <translation>Прежних решений нет</translation>
    </message>
    <message>
        <source>Denial notices matching the parties (%1)</source>
        <translation>Уведомления об отказе, совпадающие со сторонами (%1)</translation>
    </message>
    <message>
        <source>exact name</source>
        <translation>точное наименование</translation>
    </message>
    <message>
        <source>similar name</source>
        <translation>похожее наименование</translation>
    </message>
    <message>
        <source>%1: %2 (%3) ~ %4, denied by %5 on %6</source>
        <translation>%1: %2 (%3) ~ %4, отказ: %5, %6</translation>
    </message>
    <message>
        <source>this authority</source>
        <translation>этот орган</translation>
    </message>
    <message>
        <source>No matching denial notice</source>
        <translation>Совпадающих уведомлений об отказе нет</translation>
    </message>
    <message>
        <source>Diversion and breach incidents (%1)</source>
        <translation>Инциденты перенаправления и нарушений (%1)</translation>
    </message>
    <message>
        <source>No incident with these parties or destination</source>
        <translation>Нет инцидентов с этими сторонами или назначением</translation>
    </message>
</context>
<context>
    <name>Consultation</name>
    <message>
        <source>%1 cases</source>
        <translation>Дела (%1)</translation>
    </message>
    <message>
        <source>Any case</source>
        <translation>Любые дела</translation>
    </message>
    <message>
        <source>in category %1</source>
        <translation>категории %1</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>с назначением %1</translation>
    </message>
    <message>
        <source>with transit or trans-shipment States</source>
        <translation>с государствами транзита или перевалки</translation>
    </message>
    <message>
        <source>with a serious GBV finding (Art. 7(4))</source>
        <translation>с выводом о серьезном ГН (ст. 7(4))</translation>
    </message>
    <message>
        <source>with an Article 6 concern</source>
        <translation>с признаками запрета по статье 6</translation>
    </message>
    <message>
        <source>with the risk %1 at %2 or above</source>
        <translation>с риском «%1» на уровне «%2» или выше</translation>
    </message>
    <message>
        <source>Mandate: %1</source>
        <translation>Мандат: %1</translation>
    </message>
    <message>
        <source>No mandate recorded yet.</source>
        <translation>Мандат еще не зарегистрирован.</translation>
    </message>
    <message>
        <source>Contact: %1</source>
        <translation>Контакты: %1</translation>
    </message>
    <message>
        <source>Answers: %1</source>
        <translation>Отвечает на вопрос: %1</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Еще нет</translation>
    </message>
    <message>
        <source>Overdue: was due %1</source>
        <translation>Просрочено: срок истек %1</translation>
    </message>
    <message>
        <source>Not yet, due %1</source>
        <translation>Еще нет, срок %1</translation>
    </message>
    <message>
        <source>(urgent)</source>
        <translation>(срочно)</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Ведомство</translation>
    </message>
    <message>
        <source>Required by the rules</source>
        <translation>Требуется по правилам</translation>
    </message>
    <message>
        <source>Reason for departing</source>
        <translation>Причина отступления от правил</translation>
    </message>
    <message>
        <source>&amp;Urgent: shorter due date</source>
        <translation>&amp;Срочно: сокращенный срок</translation>
    </message>
    <message>
        <source>Why is the case urgent?</source>
        <translation>Почему дело срочное?</translation>
    </message>
    <message>
        <source>Not required</source>
        <translation>Не требуется</translation>
    </message>
    <message>
        <source>Why is it not consulted?</source>
        <translation>Почему ведомство не запрашивается?</translation>
    </message>
    <message>
        <source>Why is it consulted?</source>
        <translation>Почему ведомство запрашивается?</translation>
    </message>
    <message>
        <source>Opinions will be due by %1 (%2 working days).</source>
        <translation>Срок представления заключений — %1 (рабочих дней: %2).</translation>
    </message>
</context>
<context>
    <name>ConsultationPanel</name>
    <message>
        <source>Record the answer</source>
        <extracomment>Asks &quot;record this answer? it cannot be changed&quot;: True to go ahead.</extracomment>
        <translation>Зарегистрировать ответ</translation>
    </message>
    <message>
        <source>Organisation or expert</source>
        <translation>Организация или эксперт</translation>
    </message>
    <message>
        <source>Your answer as gender adviser</source>
        <extracomment>An answer was recorded: the case view shows the case again (its history changed). Asked before an answer is recorded (tests replace it).</extracomment>
        <translation>Ваш ответ как советника по гендерным вопросам</translation>
    </message>
    <message>
        <source>Add an organisation or e&amp;xpert consulted</source>
        <translation>Добавить организацию или &amp;эксперта, с которыми консультировались</translation>
    </message>
    <message>
        <source>&amp;Record the answer…</source>
        <translation>&amp;Зарегистрировать ответ…</translation>
    </message>
    <message>
        <source>&amp;Answer</source>
        <translation>&amp;Ответ</translation>
    </message>
    <message>
        <source>Answered on</source>
        <translation>Дата ответа</translation>
    </message>
    <message>
        <source>Consulted</source>
        <translation>Консультации</translation>
    </message>
    <message>
        <source>GBV consultation</source>
        <translation>Консультация по ГН</translation>
    </message>
    <message>
        <source>The gender adviser has not been asked about this case. The officer asks from the assessment&apos;s Article 7(4) page once GBV steps 1 and 2 are yes.</source>
        <translation>Советнику по гендерным вопросам запрос по этому делу не направлялся. Специалист направляет запрос со страницы статьи 7(4) оценки, когда на шаги 1 и 2 схемы ГН дан ответ «да».</translation>
    </message>
    <message>
        <source>GBV consultation (%1)</source>
        <translation>Консультация по ГН (%1)</translation>
    </message>
    <message>
        <source>Record this answer for %1? An answer is part of the record and cannot be changed.</source>
        <translation>Зарегистрировать этот ответ (%1)? Ответ входит в материалы дела и не может быть изменен.</translation>
    </message>
</context>
<context>
    <name>CountryCombo</name>
    <message>
        <source>Type to search…</source>
        <extracomment>Item data: the ISO 3166-1 alpha-2 code. Item data: every spelling the completer matches against (local name, English name, codes).</extracomment>
        <translation>Введите для поиска…</translation>
    </message>
</context>
<context>
    <name>CountryListEditor</name>
    <message>
        <source>&amp;Add State</source>
        <translation>Добавить &amp;государство</translation>
    </message>
    <message>
        <source>Remo&amp;ve State</source>
        <translation>Удалить госуда&amp;рство</translation>
    </message>
    <message>
        <source>Transit States</source>
        <translation>Государства транзита</translation>
    </message>
    <message>
        <source>choose a country from the list</source>
        <translation>выберите страну из списка</translation>
    </message>
    <message>
        <source>%1 is already in the list</source>
        <translation>%1 уже есть в списке</translation>
    </message>
    <message>
        <source>press Add State to include &apos;%1&apos;, or clear the box</source>
        <translation>нажмите «Добавить государство», чтобы включить «%1», или очистите поле</translation>
    </message>
</context>
<context>
    <name>CustomsImportDialog</name>
    <message>
        <source>Import shipments from a customs file</source>
        <translation>Импорт отгрузок из таможенного файла</translation>
    </message>
    <message>
        <source>C&amp;hoose file…</source>
        <translation>&amp;Выбрать файл…</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Лицензия</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Поз.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Customs reference</source>
        <translation>Таможенный номер</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Стоимость</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
    <message>
        <source>Close</source>
        <extracomment>Reading or importing the file runs on a worker thread; this shows it is under way.</extracomment>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <source>Rows understood:</source>
        <translation>Распознано строк:</translation>
    </message>
    <message>
        <source>Errors (nothing is imported until they are fixed):</source>
        <translation>Ошибки (пока они не исправлены, ничего не импортируется):</translation>
    </message>
    <message>
        <source>Warnings (recorded with each shipment):</source>
        <translation>Предупреждения (регистрируются с каждой отгрузкой):</translation>
    </message>
    <message>
        <source>Customs file</source>
        <translation>Таможенный файл</translation>
    </message>
    <message>
        <source>Customs exports (*.csv *.xlsx);;All files (*)</source>
        <translation>Выгрузки таможни (*.csv *.xlsx);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Чтение %1…</translation>
    </message>
    <message numerus="yes">
        <source>%n shipment(s) ready to import.</source>
        <translation>
            <numerusform>%n отгрузка готова к импорту.</numerusform>
            <numerusform>%n отгрузки готовы к импорту.</numerusform>
            <numerusform>%n отгрузок готовы к импорту.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s).</source>
        <translation>
            <numerusform>%n предупреждение.</numerusform>
            <numerusform>%n предупреждения.</numerusform>
            <numerusform>%n предупреждений.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s): correct the file and choose it again.</source>
        <translation>
            <numerusform>%n ошибка: исправьте файл и выберите его снова.</numerusform>
            <numerusform>%n ошибки: исправьте файл и выберите его снова.</numerusform>
            <numerusform>%n ошибок: исправьте файл и выберите его снова.</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Импорт %1…</translation>
    </message>
    <message numerus="yes">
        <source>%n shipment(s) imported.</source>
        <translation>
            <numerusform>Импортирована %n отгрузка.</numerusform>
            <numerusform>Импортировано %n отгрузки.</numerusform>
            <numerusform>Импортировано %n отгрузок.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DatabaseDialog</name>
    <message>
        <source>Choose the database</source>
        <extracomment>Answers &quot;which file?&quot; (the window passes its prompter&apos;s open_file); None = cancelled. Checks a target and returns what opening it would do; raises DatabaseError.</extracomment>
        <translation>Выбор базы данных</translation>
    </message>
    <message>
        <source>A database &amp;file on this computer</source>
        <translation>&amp;Файл базы данных на этом компьютере</translation>
    </message>
    <message>
        <source>A shared &amp;PostgreSQL server</source>
        <translation>&amp;Общий сервер PostgreSQL</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Проверить по&amp;дключение</translation>
    </message>
    <message>
        <source>e.g. att-desktop.sqlite3</source>
        <extracomment>Busy while the connection is tried (on a worker thread: a server may be slow).</extracomment>
        <translation>напр. att-desktop.sqlite3</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Об&amp;зор…</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>Ф&amp;айл:</translation>
    </message>
    <message>
        <source>server name or address</source>
        <translation>имя или адрес сервера</translation>
    </message>
    <message>
        <source>leave empty to use your password file</source>
        <translation>оставьте пустым, чтобы использовать файл паролей</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Хост:</translation>
    </message>
    <message>
        <source>Po&amp;rt:</source>
        <translation>По&amp;рт:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;База данных:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Пользователь:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Паро&amp;ль:</translation>
    </message>
    <message>
        <source>&amp;Encryption (SSL):</source>
        <translation>&amp;Шифрование (SSL):</translation>
    </message>
    <message>
        <source>The password is used for this session only and is never saved. The database must exist and be empty the first time; ATT Desktop sets it up.</source>
        <translation>Пароль используется только в этом сеансе и никогда не сохраняется. При первом подключении база данных должна существовать и быть пустой; ATT Desktop сам ее настроит.</translation>
    </message>
    <message>
        <source>Enter or choose the database file.</source>
        <translation>Введите или выберите файл базы данных.</translation>
    </message>
    <message>
        <source>Enter the server&apos;s name or address.</source>
        <translation>Введите имя или адрес сервера.</translation>
    </message>
    <message>
        <source>Enter the name of the database on the server.</source>
        <translation>Введите имя базы данных на сервере.</translation>
    </message>
    <message>
        <source>Trying %1…</source>
        <translation>Подключение к %1…</translation>
    </message>
</context>
<context>
    <name>DeactivationDialog</name>
    <message>
        <source>Deactivate %1: hand over their work</source>
        <extracomment>The account was deactivated (its user id).</extracomment>
        <translation>Деактивация %1: передача дел</translation>
    </message>
    <message>
        <source>%1 still holds the work below. Choose who carries each item on and write what they need to know: the summary is kept in each case&apos;s history and shown in the successors&apos; My work. A case goes to a licensing officer or the deciding authority; an agency&apos;s opinion to a member of the same agency.</source>
        <translation>За пользователем %1 еще числится работа, перечисленная ниже. Выберите, кто продолжит каждое дело, и напишите, что преемникам нужно знать: сводка сохраняется в истории каждого дела и показывается преемникам в «Моих задачах». Дело передается специалисту по лицензированию или лицу, принимающему решение; заключение ведомства — сотруднику того же ведомства.</translation>
    </message>
    <message>
        <source>Choose one per case below</source>
        <translation>Выберите для каждого дела ниже</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <source>What is handed over</source>
        <translation>Что передается</translation>
    </message>
    <message>
        <source>Successor</source>
        <translation>Преемник</translation>
    </message>
    <message>
        <source>Successor for &amp;every case:</source>
        <translation>Преемник для &amp;всех дел:</translation>
    </message>
    <message>
        <source>Handover &amp;summary:</source>
        <translation>&amp;Сводка для передачи:</translation>
    </message>
    <message>
        <source>&amp;Reason (for the history):</source>
        <translation>&amp;Причина (для истории):</translation>
    </message>
    <message>
        <source>&amp;Hand over and deactivate</source>
        <translation>П&amp;ередать и деактивировать</translation>
    </message>
    <message>
        <source>The agency has nobody else who can answer: leave its opinion unanswered and record that in the history</source>
        <translation>В ведомстве больше никто не может ответить: оставить заключение без ответа и отметить это в истории</translation>
    </message>
    <message>
        <source>Where each case stands, what is awaited from whom, what to watch for…</source>
        <translation>Состояние каждого дела, чего и от кого ожидают, на что обратить внимание…</translation>
    </message>
    <message>
        <source>e.g. retired, moved to another ministry</source>
        <translation>напр. вышел на пенсию, перешел в другое министерство</translation>
    </message>
    <message>
        <source>%1 will no longer be able to sign in; hand over and deactivate</source>
        <translation>%1 больше не сможет войти; передать дела и деактивировать</translation>
    </message>
    <message>
        <source>Assigned case (%1)</source>
        <translation>Назначенное дело (%1)</translation>
    </message>
    <message>
        <source>As chosen above</source>
        <translation>Как выбрано выше</translation>
    </message>
    <message>
        <source>Opinion of %1, which only they can still give</source>
        <translation>Заключение (%1), которое пока может дать только этот сотрудник</translation>
    </message>
    <message>
        <source>Nobody of the agency</source>
        <translation>Никого из ведомства</translation>
    </message>
    <message>
        <source>Write a summary of at least %1 characters and tick the confirmation.</source>
        <translation>Напишите сводку не короче %1 символов и отметьте подтверждение.</translation>
    </message>
</context>
<context>
    <name>DecideDialog</name>
    <message>
        <source>Decide %1</source>
        <translation>Решение по делу %1</translation>
    </message>
    <message>
        <source>Decision &amp;date:</source>
        <translation>&amp;Дата решения:</translation>
    </message>
    <message>
        <source>See the messages above.</source>
        <translation>См. сообщения выше.</translation>
    </message>
    <message>
        <source>The decision was not recorded.</source>
        <translation>Решение не зарегистрировано.</translation>
    </message>
</context>
<context>
    <name>DecideRequestDialog</name>
    <message>
        <source>Decide: %1 on licence %2</source>
        <translation>Решение: %1 по лицензии %2</translation>
    </message>
    <message>
        <source>%1, asked by %2 on %3. Justification: %4</source>
        <translation>%1; запросил: %2, %3. Обоснование: %4</translation>
    </message>
    <message>
        <source>Article 6 prohibits a consent: %1</source>
        <translation>Статья 6 запрещает давать согласие: %1</translation>
    </message>
    <message>
        <source>&amp;Consent</source>
        <translation>&amp;Дать согласие</translation>
    </message>
    <message>
        <source>&amp;Refuse</source>
        <translation>&amp;Отказать</translation>
    </message>
    <message>
        <source>One condition per line (consent only)</source>
        <translation>По одному условию в строке (только при согласии)</translation>
    </message>
    <message>
        <source>I have checked the request; the decision is signed and cannot be undone</source>
        <translation>Я проверил(а) запрос; решение подписывается и не может быть отменено</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>Решение:</translation>
    </message>
    <message>
        <source>Rea&amp;soning:</source>
        <translation>О&amp;боснование:</translation>
    </message>
    <message>
        <source>Co&amp;nditions:</source>
        <translation>&amp;Условия:</translation>
    </message>
    <message>
        <source>Record &amp;decision</source>
        <translation>&amp;Зарегистрировать решение</translation>
    </message>
</context>
<context>
    <name>DecisionForm</name>
    <message>
        <source>The reasoning for the decision, as it will appear in the record</source>
        <extracomment>Grounds a decider may cite for a denial the engine did not ground itself. The start the service suggested, while the decider has not changed it. The rows of the lines table behind ``licence_terms().lines``, for the service&apos;s errors (&quot;licence.lines[1].quantity&quot;) to find their row. The decision date&apos;s problems (in the future, before receipt), from the form&apos;s own check or the service&apos;s refusal (field ``decided_on``).</extracomment>
        <translation>Обоснование решения в том виде, в каком оно войдет в протокол</translation>
    </message>
    <message>
        <source>Reasons for departing from the &amp;majority</source>
        <translation>Причины отступления от мнения &amp;большинства</translation>
    </message>
    <message>
        <source>Required when the decision goes against the committee&apos;s majority</source>
        <translation>Обязательно, если решение расходится с мнением большинства комиссии</translation>
    </message>
    <message>
        <source>&amp;Reasoning</source>
        <translation>&amp;Обоснование</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>&amp;Authorise: issue a licence</source>
        <translation>&amp;Разрешить: выдать лицензию</translation>
    </message>
    <message>
        <source>De&amp;ny</source>
        <translation>О&amp;тказать</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Лицензия</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Поз.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Applied for</source>
        <translation>Запрошено</translation>
    </message>
    <message>
        <source>Quantity authorised</source>
        <translation>Разрешенное количество</translation>
    </message>
    <message>
        <source>Value authorised</source>
        <translation>Разрешенная стоимость</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Authorise up to what was applied for; 0 leaves a line off the licence.</source>
        <translation>Разрешайте не более запрошенного; 0 исключает позицию из лицензии.</translation>
    </message>
    <message>
        <source>Untick a condition to leave it off, double-click to edit it, or add your own. Every ticked condition is printed on the licence.</source>
        <translation>Снимите отметку, чтобы исключить условие, дважды щелкните, чтобы изменить его, или добавьте свое. Каждое отмеченное условие печатается в лицензии.</translation>
    </message>
    <message>
        <source>until</source>
        <translation>по</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Действует с</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Позиции</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Условия</translation>
    </message>
    <message>
        <source>Grounds for denial</source>
        <translation>Основания для отказа</translation>
    </message>
    <message>
        <source>The grounds found by the assessment are always cited. You may deny an authorisable case for reasons of your own: then cite the ground below.</source>
        <translation>Основания, установленные оценкой, приводятся всегда. Вы можете отказать по делу, допускающему разрешение, по собственным соображениям: тогда укажите основание ниже.</translation>
    </message>
    <message>
        <source>(only the grounds the assessment found)</source>
        <translation>(только основания, установленные оценкой)</translation>
    </message>
    <message>
        <source>Why this ground applies</source>
        <translation>Почему применяется это основание</translation>
    </message>
    <message>
        <source>Criteria the denial rests on (%1)</source>
        <translation>Критерии, на которых основан отказ (%1)</translation>
    </message>
    <message>
        <source>At most %1</source>
        <translation>Не более %1</translation>
    </message>
    <message>
        <source>The authority allows a licence at most %1 years: here until %2.</source>
        <translation>Максимальный срок действия лицензии по правилам органа (лет): %1; здесь — до %2.</translation>
    </message>
    <message>
        <source>It cannot start before the decision date, %1.</source>
        <translation>Срок не может начинаться раньше даты решения (%1).</translation>
    </message>
    <message>
        <source>Authorisation is not possible: Article 6 prohibits the transfer. The only decision is a denial citing the paragraph; no mitigation can change this.</source>
        <translation>Разрешение невозможно: статья 6 запрещает передачу. Единственно возможное решение — отказ со ссылкой на соответствующий пункт; никакие меры по снижению риска этого не изменят.</translation>
    </message>
    <message>
        <source>Authorisation is not possible: after mitigation an overriding risk remains (Article 7(3)). The State shall not authorise.</source>
        <translation>Разрешение невозможно: после снижения остается преобладающий риск (статья 7(3)). Государство не выдает разрешение.</translation>
    </message>
    <message>
        <source>Choose whether to authorise or deny.</source>
        <translation>Выберите: разрешить или отказать.</translation>
    </message>
    <message>
        <source>Give the reasoning for the decision.</source>
        <translation>Укажите обоснование решения.</translation>
    </message>
    <message>
        <source>Tick at least one criterion the denial rests on.</source>
        <translation>Отметьте хотя бы один критерий, на котором основан отказ.</translation>
    </message>
    <message>
        <source>The end is before the start.</source>
        <translation>Дата окончания раньше даты начала.</translation>
    </message>
    <message>
        <source>At most %1 years: until %2 at the latest.</source>
        <translation>Максимальный срок (лет): %1 — не позднее %2.</translation>
    </message>
    <message>
        <source>A licence cannot start before the decision date.</source>
        <translation>Срок действия лицензии не может начинаться раньше даты решения.</translation>
    </message>
    <message>
        <source>The decision date cannot lie in the future.</source>
        <translation>Дата решения не может быть в будущем.</translation>
    </message>
    <message>
        <source>The decision date cannot be before the application was received (%1).</source>
        <translation>Дата решения не может быть раньше даты получения заявления (%1).</translation>
    </message>
    <message>
        <source>not a quantity</source>
        <translation>не является количеством</translation>
    </message>
    <message>
        <source>more than the %1 applied for</source>
        <translation>больше запрошенного (%1)</translation>
    </message>
    <message>
        <source>not an amount</source>
        <translation>не является суммой</translation>
    </message>
    <message>
        <source>Authorise at least one line.</source>
        <translation>Разрешите хотя бы одну позицию.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Позиция %1: %2</translation>
    </message>
</context>
<context>
    <name>DecisionPage</name>
    <message>
        <source>Record decision</source>
        <translation>Зарегистрировать решение</translation>
    </message>
    <message>
        <source>Decision date: %1 (the date of the Article 6 screen; change it on page 1)</source>
        <translation>Дата решения: %1 (дата проверки по статье 6; изменить ее можно на странице 1)</translation>
    </message>
    <message>
        <source>The assessment&apos;s recommendation: %1</source>
        <translation>Рекомендация оценки: %1</translation>
    </message>
    <message>
        <source>An incomplete assessment cannot be decided. Still missing (see the conclusion page):</source>
        <translation>Решение по незавершенной оценке принять нельзя. Еще не хватает (см. страницу вывода):</translation>
    </message>
    <message>
        <source>See the messages above.</source>
        <translation>См. сообщения выше.</translation>
    </message>
    <message>
        <source>Authorised</source>
        <translation>Разрешено</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>Отказано</translation>
    </message>
    <message>
        <source>Decision recorded: %1 on %2 by %3.</source>
        <translation>Решение зарегистрировано: %1 %2 (%3).</translation>
    </message>
    <message>
        <source>Licence %1, valid %2 to %3.</source>
        <translation>Лицензия %1, действует с %2 по %3.</translation>
    </message>
</context>
<context>
    <name>DenialNoticesDialog</name>
    <message>
        <source>Denials notified by other States</source>
        <extracomment>The notice just recorded (a ``DenialNoticeView``): the consistency panel refreshes.</extracomment>
        <translation>Отказы, о которых уведомили другие государства</translation>
    </message>
    <message>
        <source>Record a denial that another State notified (or one your authority issued outside this application). Every new application&apos;s parties are matched against these notices, by exact and by similar names, so that like cases are treated alike (Article 7(1)).</source>
        <translation>Зарегистрируйте отказ, о котором уведомило другое государство (или выданный вашим органом вне этого приложения). Стороны каждого нового заявления сопоставляются с этими уведомлениями по точному и похожему наименованию, чтобы аналогичные дела рассматривались одинаково (статья 7(1)).</translation>
    </message>
    <message>
        <source>Notices on record:</source>
        <translation>Зарегистрированные уведомления:</translation>
    </message>
    <message>
        <source>New denial notice</source>
        <translation>Новое уведомление об отказе</translation>
    </message>
    <message>
        <source>The notifying State&apos;s reference, if any</source>
        <translation>Номер, присвоенный уведомляющим государством (если есть)</translation>
    </message>
    <message>
        <source>Name of the end user, consignee or broker</source>
        <translation>Наименование конечного пользователя, грузополучателя или брокера</translation>
    </message>
    <message>
        <source>e.g. assault rifles, ML1</source>
        <translation>напр. автоматы, ML1</translation>
    </message>
    <message>
        <source>e.g. EU Common Position criterion 7; Art. 7(3)</source>
        <translation>напр. Общая позиция ЕС, критерий 7; ст. 7(3)</translation>
    </message>
    <message>
        <source>&amp;Notifying State:</source>
        <translation>&amp;Уведомляющее государство:</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Номер:</translation>
    </message>
    <message>
        <source>Denied &amp;on:</source>
        <translation>&amp;Дата отказа:</translation>
    </message>
    <message>
        <source>Denied &amp;party:</source>
        <translation>&amp;Сторона, получившая отказ:</translation>
    </message>
    <message>
        <source>Party&apos;s &amp;country:</source>
        <translation>Ст&amp;рана стороны:</translation>
    </message>
    <message>
        <source>&amp;Items:</source>
        <translation>&amp;Изделия:</translation>
    </message>
    <message>
        <source>&amp;Grounds:</source>
        <translation>&amp;Основания:</translation>
    </message>
    <message>
        <source>&amp;Record denial notice</source>
        <translation>&amp;Зарегистрировать уведомление</translation>
    </message>
    <message>
        <source>Denied on</source>
        <translation>Дата отказа</translation>
    </message>
    <message>
        <source>Notifying State</source>
        <translation>Уведомляющее государство</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Denied party</source>
        <translation>Сторона, получившая отказ</translation>
    </message>
    <message>
        <source>Party&apos;s country</source>
        <translation>Страна стороны</translation>
    </message>
    <message>
        <source>Grounds</source>
        <translation>Основания</translation>
    </message>
    <message>
        <source>The notice on the form is not recorded yet. Record it, or close again to discard it.</source>
        <translation>Уведомление в форме еще не зарегистрировано. Зарегистрируйте его или закройте окно еще раз, чтобы отказаться от него.</translation>
    </message>
    <message>
        <source>The notice was not recorded. Please correct:</source>
        <translation>Уведомление не зарегистрировано. Исправьте:</translation>
    </message>
    <message>
        <source>The notice was not recorded: %1</source>
        <translation>Уведомление не зарегистрировано: %1</translation>
    </message>
    <message>
        <source>Recorded: %1 (%2), denied by %3 on %4.</source>
        <translation>Зарегистрировано: %1 (%2), отказ: %3, %4.</translation>
    </message>
    <message>
        <source>This authority</source>
        <translation>Этот орган</translation>
    </message>
</context>
<context>
    <name>DestinationFiles</name>
    <message>
        <source>Prevalent GBV types and prevention measures</source>
        <translation>Распространенные виды ГН и меры предупреждения</translation>
    </message>
    <message>
        <source>Human rights situation</source>
        <translation>Положение в области прав человека</translation>
    </message>
    <message>
        <source>IHL situation</source>
        <translation>Соблюдение МГП</translation>
    </message>
    <message>
        <source>Diversion history</source>
        <translation>История перенаправлений</translation>
    </message>
    <message>
        <source>Terrorism and organised crime</source>
        <translation>Терроризм и организованная преступность</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <source>%1 for %2 was last assessed %3, %4 months ago; the authority asks for material under %5 months.</source>
        <translation>«%1» по стране %2: последняя оценка %3, %4 мес. назад; орган требует материалы не старше %5 мес.</translation>
    </message>
    <message>
        <source>Destination file, %1: %2 updated (assessed %3)</source>
        <translation>Досье страны назначения, %1: раздел «%2» обновлен (оценка от %3)</translation>
    </message>
    <message>
        <source>Destination file, %1: %2 recorded (assessed %3)</source>
        <translation>Досье страны назначения, %1: раздел «%2» зарегистрирован (оценка от %3)</translation>
    </message>
</context>
<context>
    <name>DestinationFilesWindow</name>
    <message>
        <source>Destination files</source>
        <translation>Досье стран назначения</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>&amp;Государство:</translation>
    </message>
    <message>
        <source>States with a file</source>
        <translation>Государства с досье</translation>
    </message>
    <message>
        <source>States with a file:</source>
        <translation>Государства с досье:</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Раздел</translation>
    </message>
    <message>
        <source>Current finding</source>
        <translation>Текущий вывод</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>Дата оценки</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Кем</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Зарегистрировано</translation>
    </message>
    <message>
        <source>Why it was replaced</source>
        <translation>Причина замены</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Вывод</translation>
    </message>
    <message>
        <source>Earlier versions of this topic</source>
        <translation>Прежние версии раздела</translation>
    </message>
    <message>
        <source>&amp;Add or update finding…</source>
        <translation>&amp;Добавить или обновить вывод…</translation>
    </message>
    <message>
        <source>Open &amp;reassessment…</source>
        <translation>Открыть &amp;повторную оценку…</translation>
    </message>
    <message>
        <source>%1 (%2 topics, newest %3)</source>
        <translation>%1 (разделов: %2, последний: %3)</translation>
    </message>
    <message>
        <source>Choose a State to see its file.</source>
        <translation>Выберите государство, чтобы увидеть его досье.</translation>
    </message>
    <message>
        <source>Destination file: %1</source>
        <translation>Досье страны назначения: %1</translation>
    </message>
    <message>
        <source>No finding yet</source>
        <translation>Выводов пока нет</translation>
    </message>
    <message>
        <source>No finding on this topic yet.</source>
        <translation>По этому разделу выводов пока нет.</translation>
    </message>
    <message>
        <source>%1 — assessed %2 by %3</source>
        <translation>%1 — оценка от %2, %3</translation>
    </message>
    <message>
        <source>Saved. These valid licences concern %1 and are now listed for reassessment (Article 7(7)): %2</source>
        <translation>Сохранено. Следующие действующие лицензии касаются %1 и включены в список на повторную оценку (статья 7(7)): %2</translation>
    </message>
    <message>
        <source>Saved. No valid licence was put up for reassessment.</source>
        <translation>Сохранено. Ни одна действующая лицензия не включена в список на повторную оценку.</translation>
    </message>
</context>
<context>
    <name>DestinationPanel</name>
    <message>
        <source>Destination file: %1</source>
        <translation>Досье страны назначения: %1</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Скрыть</translation>
    </message>
    <message>
        <source>&amp;Use destination file on this page</source>
        <translation>&amp;Использовать досье на этой странице</translation>
    </message>
    <message>
        <source>Adds the file&apos;s sources to this page&apos;s sources and its findings to the reasoning, marked with their date; nothing you typed is replaced.</source>
        <translation>Добавляет источники досье к источникам этой страницы, а его выводы — к обоснованию, с указанием даты; введенный вами текст не заменяется.</translation>
    </message>
    <message>
        <source>%1 — assessed %2 by %3</source>
        <translation>%1 — оценка от %2, %3</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Показать</translation>
    </message>
    <message>
        <source>From the destination file (%1, assessed %2):</source>
        <translation>Из досье страны назначения (%1, оценка от %2):</translation>
    </message>
    <message>
        <source>Copied into this page&apos;s answers (%1): review them and make them yours.</source>
        <translation>Скопировано в ответы этой страницы (%1): проверьте их и доработайте.</translation>
    </message>
    <message>
        <source>This page already has what the file holds.</source>
        <translation>На этой странице уже есть все, что содержит досье.</translation>
    </message>
</context>
<context>
    <name>DestinationSettingsTab</name>
    <message>
        <source>Each destination State&apos;s file holds standing findings (GBV, human rights, IHL, diversion...) that new assessments start from. A finding older than this is shown with a warning, in the file and beside the assessment, so someone refreshes it.</source>
        <translation>Досье каждого государства назначения содержит постоянные выводы (ГН, права человека, МГП, перенаправление...), с которых начинаются новые оценки. Вывод старше этого срока показывается с предупреждением в досье и рядом с оценкой, чтобы кто-нибудь его обновил.</translation>
    </message>
    <message>
        <source> months</source>
        <translation> мес.</translation>
    </message>
    <message>
        <source>Destination material needs &amp;refreshing after</source>
        <translation>Материалы по странам назначения нужно &amp;обновлять через</translation>
    </message>
</context>
<context>
    <name>DiversionPage</name>
    <message>
        <source>Assess the risk that the items are diverted to unauthorised end users or end uses, stage by stage along the supply chain. The overall diversion risk is the highest stage risk. Red flags, the end-user certificate and post-shipment arrangements are recorded below and reported with the conclusion.</source>
        <translation>Оцените риск незаконного перенаправления изделий неуполномоченным конечным пользователям или для несанкционированного конечного использования — поэтапно по всей цепочке поставки. Общий риск перенаправления равен наибольшему риску на этапах. Тревожные признаки, сертификат конечного пользователя и договоренности о проверке после поставки фиксируются ниже и отражаются в выводе.</translation>
    </message>
    <message>
        <source>Stage: %1</source>
        <translation>Этап: %1</translation>
    </message>
    <message>
        <source>Red flags</source>
        <translation>Тревожные признаки</translation>
    </message>
    <message>
        <source>Present?</source>
        <translation>Есть?</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>End-user certificate and assurances</source>
        <translation>Сертификат конечного пользователя и заверения</translation>
    </message>
    <message>
        <source>EUC number, issuer, date</source>
        <translation>Номер СКП, кем выдан, дата</translation>
    </message>
    <message>
        <source>End-user certificate received</source>
        <translation>Сертификат конечного пользователя получен</translation>
    </message>
    <message>
        <source>Certificate authenticated with the issuing authority</source>
        <translation>Подлинность сертификата подтверждена выдавшим органом</translation>
    </message>
    <message>
        <source>Assurance: no re-export without consent</source>
        <translation>Заверение: без согласия реэкспорт не производится</translation>
    </message>
    <message>
        <source>Assurance on stockpile security</source>
        <translation>Заверение о безопасности хранения запасов</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Post-shipment cooperation and verification</source>
        <translation>Сотрудничество и проверка после поставки</translation>
    </message>
    <message>
        <source>Delivery verification certificate agreed</source>
        <translation>Согласован сертификат подтверждения доставки</translation>
    </message>
    <message>
        <source>On-site inspection agreed</source>
        <translation>Согласована инспекция на месте</translation>
    </message>
    <message>
        <source>Post-shipment cooperation agreed</source>
        <translation>Согласовано сотрудничество после поставки</translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <source>Add document to %1</source>
        <translation>Добавить документ к делу %1</translation>
    </message>
    <message>
        <source>e.g. End-user certificate signed by the MoD</source>
        <translation>напр. сертификат конечного пользователя, подписанный Минобороны</translation>
    </message>
    <message>
        <source>The document&apos;s own number, if any</source>
        <translation>Собственный номер документа, если есть</translation>
    </message>
    <message>
        <source>Dated</source>
        <translation>Датирован</translation>
    </message>
    <message>
        <source>Where the file is kept (optional)</source>
        <translation>Где хранится файл (необязательно)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Вид:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation>Номер:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Дата:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Файл:</translation>
    </message>
    <message>
        <source>Give the document a title.</source>
        <translation>Укажите название документа.</translation>
    </message>
    <message>
        <source>Choose the document&apos;s file</source>
        <translation>Выберите файл документа</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
</context>
<context>
    <name>EmbargoDataDialog</name>
    <message>
        <source>Embargo reference data</source>
        <extracomment>An update was loaded or the applied sets changed: reassessment lists refresh.</extracomment>
        <translation>Справочные данные об эмбарго</translation>
    </message>
    <message>
        <source>The Article 6 screen checks every destination, end user, consignee and transit State against these sets, as at the decision date. UN Security Council embargoes (Article 6(1)) always apply. Regional and other sets (Article 6(2)) apply only if the obligation is your State&apos;s own: tick them to apply them.</source>
        <translation>При проверке по статье 6 каждое назначение, конечный пользователь, грузополучатель и государство транзита сверяются с этими наборами по состоянию на дату решения. Эмбарго Совета Безопасности ООН (статья 6(1)) применяются всегда. Региональные и иные наборы (статья 6(2)) применяются, только если это собственное обязательство вашего государства: отметьте их, чтобы применять.</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Применяется</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Набор</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Правовое основание</translation>
    </message>
    <message>
        <source>Verified as of</source>
        <translation>Проверено на</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Записей</translation>
    </message>
    <message>
        <source>&amp;Apply the ticked sets</source>
        <translation>&amp;Применить отмеченные наборы</translation>
    </message>
    <message>
        <source>&amp;Load updated embargo data from a file…</source>
        <translation>&amp;Загрузить обновленные данные об эмбарго из файла…</translation>
    </message>
    <message>
        <source>UN Security Council, Chapter VII (Art. 6(1))</source>
        <translation>Совет Безопасности ООН, глава VII (ст. 6(1))</translation>
    </message>
    <message>
        <source>Other international obligation (Art. 6(2))</source>
        <translation>Другое международное обязательство (ст. 6(2))</translation>
    </message>
    <message>
        <source>UN embargoes always apply</source>
        <translation>Эмбарго ООН применяются всегда</translation>
    </message>
    <message>
        <source>Apply this set</source>
        <translation>Применять этот набор</translation>
    </message>
    <message>
        <source>loaded update</source>
        <translation>загруженное обновление</translation>
    </message>
    <message>
        <source>shipped</source>
        <translation>поставлено с программой</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Источник: %1</translation>
    </message>
    <message>
        <source>The choice was not saved</source>
        <translation>Выбор не сохранен</translation>
    </message>
    <message>
        <source>Applied: %1</source>
        <translation>Применяются: %1</translation>
    </message>
    <message>
        <source>Load embargo data</source>
        <translation>Загрузка данных об эмбарго</translation>
    </message>
    <message>
        <source>Embargo data (*.json);;All files (*)</source>
        <translation>Данные об эмбарго (*.json);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Nothing was loaded. %1</source>
        <translation>Ничего не загружено. %1</translation>
    </message>
    <message>
        <source>The embargo file was not loaded</source>
        <translation>Файл эмбарго не загружен</translation>
    </message>
    <message>
        <source>Loaded %1, verified as of %2 (was %3): %4 added, %5 changed, %6 removed. Open the Article 7(7) reassessment to see the licences it concerns.</source>
        <translation>Загружено: %1, проверено на %2 (было: %3): добавлено %4, изменено %5, удалено %6. Откройте повторную оценку по статье 7(7), чтобы увидеть затронутые лицензии.</translation>
    </message>
    <message>
        <source>Load older embargo data</source>
        <translation>Загрузка более старых данных об эмбарго</translation>
    </message>
    <message>
        <source>%1

To load it anyway, say why (for example: corrections to the entries).</source>
        <translation>%1

Чтобы все же загрузить их, укажите причину (например: исправления записей).</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <source>Destination file: %1</source>
        <translation>Досье страны назначения: %1</translation>
    </message>
    <message>
        <source>What the material shows about the State, for the officers who come after</source>
        <translation>Что материалы показывают о государстве — для специалистов, которые будут работать после вас</translation>
    </message>
    <message>
        <source>Why the finding changes (a new report, the situation changed)</source>
        <translation>Почему вывод меняется (новый доклад, изменилась ситуация)</translation>
    </message>
    <message>
        <source>Put the valid licences concerning this State up for reassessment (Article 7(7))</source>
        <translation>Включить действующие лицензии, касающиеся этого государства, в список на повторную оценку (статья 7(7))</translation>
    </message>
    <message>
        <source>&amp;Topic</source>
        <translation>&amp;Раздел</translation>
    </message>
    <message>
        <source>&amp;Assessed on</source>
        <translation>&amp;Дата оценки</translation>
    </message>
    <message>
        <source>&amp;Finding</source>
        <translation>&amp;Вывод</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message>
        <source>&amp;Why it changes</source>
        <translation>&amp;Почему меняется</translation>
    </message>
    <message>
        <source>Choose the kind of source for “%1”, or remove the row.</source>
        <translation>Выберите вид источника для «%1» или удалите строку.</translation>
    </message>
</context>
<context>
    <name>ErrorSummary</name>
    <message>
        <source>Problems to correct</source>
        <translation>Что нужно исправить</translation>
    </message>
    <message>
        <source>Not saved yet. Please correct this problem:</source>
        <translation>Еще не сохранено. Исправьте эту ошибку:</translation>
    </message>
    <message>
        <source>Not saved yet. Please correct these %1 problems:</source>
        <translation>Еще не сохранено. Исправьте ошибки (%1):</translation>
    </message>
    <message>
        <source>Go to this field</source>
        <translation>Перейти к этому полю</translation>
    </message>
</context>
<context>
    <name>EuReportDialog</name>
    <message>
        <source>EU annual report on arms exports</source>
        <translation>Ежегодный доклад ЕС об экспорте вооружений</translation>
    </message>
    <message>
        <source>&amp;Load a criteria set from a file…</source>
        <translation>&amp;Загрузить набор критериев из файла…</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Просмотр</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>&amp;Год</translation>
    </message>
    <message>
        <source>&amp;Currency</source>
        <translation>&amp;Валюта</translation>
    </message>
    <message>
        <source>Denial criteria set</source>
        <translation>Набор критериев отказа</translation>
    </message>
    <message>
        <source>Report lan&amp;guage</source>
        <translation>Я&amp;зык доклада</translation>
    </message>
    <message>
        <source>Exports</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>Brokering</source>
        <translation>Брокерская деятельность</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Замечания</translation>
    </message>
    <message>
        <source>&amp;Open the record to fix</source>
        <translation>&amp;Открыть запись для исправления</translation>
    </message>
    <message>
        <source>Allow a &amp;draft despite errors</source>
        <translation>Разрешить &amp;проект, несмотря на ошибки</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Экспорт в &amp;PDF…</translation>
    </message>
    <message>
        <source>Export &amp;XLSX…</source>
        <translation>Экспорт в &amp;XLSX…</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Экспорт в &amp;CSV…</translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation>Экспорт в &amp;JSON…</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Страна назначения</translation>
    </message>
    <message>
        <source>ML category</source>
        <translation>Категория ML</translation>
    </message>
    <message>
        <source>Licences issued</source>
        <translation>Выданные лицензии</translation>
    </message>
    <message>
        <source>Value of licences</source>
        <translation>Стоимость лицензий</translation>
    </message>
    <message>
        <source>Actual exports</source>
        <translation>Фактический экспорт</translation>
    </message>
    <message>
        <source>Denials</source>
        <translation>Отказы</translation>
    </message>
    <message>
        <source>Criteria cited (times)</source>
        <translation>Указанные критерии (число раз)</translation>
    </message>
    <message>
        <source>(none: denials cite only the treaty&apos;s grounds)</source>
        <translation>(нет: в отказах указываются только основания Договора)</translation>
    </message>
    <message>
        <source>Load a denial criteria set</source>
        <translation>Загрузить набор критериев отказа</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Файлы JSON (*.json)</translation>
    </message>
    <message>
        <source>Criteria set %1 loaded.</source>
        <translation>Набор критериев %1 загружен.</translation>
    </message>
    <message>
        <source>Give the report currency as a 3-letter ISO 4217 code.</source>
        <translation>Укажите валюту доклада трехбуквенным кодом ISO 4217.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Предупреждение</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) to fix before export.</source>
        <translation>
            <numerusform>%n ошибка, которую нужно исправить до экспорта.</numerusform>
            <numerusform>%n ошибки, которые нужно исправить до экспорта.</numerusform>
            <numerusform>%n ошибок, которые нужно исправить до экспорта.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready to export.</source>
        <translation>Готово к экспорту.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>без классификации</translation>
    </message>
    <message>
        <source>Export the EU report</source>
        <translation>Экспорт доклада ЕС</translation>
    </message>
</context>
<context>
    <name>EucChecksPanel</name>
    <message>
        <source>Number</source>
        <extracomment>A check was recorded: the case view shows the case again (its history changed).</extracomment>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Issued by, on</source>
        <translation>Кем и когда выдан</translation>
    </message>
    <message>
        <source>Contacted (who, how), on</source>
        <translation>С кем и как связались, когда</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Кто зарегистрировал</translation>
    </message>
    <message>
        <source>Record how the certificate was verified</source>
        <translation>Зарегистрируйте, как проверялся сертификат</translation>
    </message>
    <message>
        <source>e.g. Col. Souza, MoD legal office, by telephone</source>
        <translation>напр. полковник Соуза, юридический отдел Минобороны, по телефону</translation>
    </message>
    <message>
        <source>&amp;Record the check</source>
        <translation>&amp;Зарегистрировать проверку</translation>
    </message>
    <message>
        <source>Certificate &amp;number</source>
        <translation>&amp;Номер сертификата</translation>
    </message>
    <message>
        <source>&amp;Issuing authority</source>
        <translation>&amp;Выдавший орган</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Дата выдачи</translation>
    </message>
    <message>
        <source>&amp;Contacted (who, how)</source>
        <translation>&amp;С кем и как связались</translation>
    </message>
    <message>
        <source>Contacted on</source>
        <translation>Дата связи</translation>
    </message>
    <message>
        <source>Res&amp;ult</source>
        <translation>Рез&amp;ультат</translation>
    </message>
    <message>
        <source>End-user certificate</source>
        <translation>Сертификат конечного пользователя</translation>
    </message>
    <message>
        <source>End-user certificate (%1)</source>
        <translation>Сертификат конечного пользователя (%1)</translation>
    </message>
</context>
<context>
    <name>FieldMessages</name>
    <message>
        <source>quantity</source>
        <translation>количество</translation>
    </message>
    <message>
        <source>value</source>
        <translation>стоимость</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a %2</source>
        <translation>«%1»: недопустимое значение (%2)</translation>
    </message>
    <message>
        <source>use a dot for decimals in the %1, not a comma</source>
        <translation>в поле «%1» десятичный разделитель — точка, а не запятая</translation>
    </message>
</context>
<context>
    <name>FindingEditor</name>
    <message>
        <source>Reasoning: what the information shows</source>
        <translation>Обоснование: что показывает информация</translation>
    </message>
    <message>
        <source>Risk before mitigation</source>
        <translation>Риск до снижения</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>Обоснование</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
</context>
<context>
    <name>FirstAdminForm</name>
    <message>
        <source>Create the administrator</source>
        <translation>Создание администратора</translation>
    </message>
    <message>
        <source>This database has no accounts yet. Create the administrator account: the administrator adds the officers, committee members, deciding authority and focal point, but cannot decide cases.</source>
        <translation>В этой базе данных еще нет учетных записей. Создайте учетную запись администратора: администратор добавляет специалистов, членов комиссии, лицо, принимающее решение, и координатора, но не может принимать решения по делам.</translation>
    </message>
    <message>
        <source>Create administrator</source>
        <translation>Создать администратора</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Имя пользователя:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>П&amp;олное имя:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>Повторите па&amp;роль:</translation>
    </message>
    <message>
        <source>Enter a user name and the administrator&apos;s full name.</source>
        <translation>Введите имя пользователя и полное имя администратора.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Пароли не совпадают.</translation>
    </message>
</context>
<context>
    <name>FollowUpVocabulary</name>
    <message>
        <source>Delivery verification certificate</source>
        <translation>Сертификат подтверждения доставки</translation>
    </message>
    <message>
        <source>Verification visit</source>
        <translation>Проверочный визит</translation>
    </message>
    <message>
        <source>End-use assurance</source>
        <translation>Заверение о конечном использовании</translation>
    </message>
    <message>
        <source>Storage assurance</source>
        <translation>Заверение о хранении</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыто</translation>
    </message>
    <message>
        <source>Fulfilled</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>Waived</source>
        <translation>Снято</translation>
    </message>
    <message>
        <source>Satisfactory</source>
        <translation>Удовлетворительно</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Есть замечания</translation>
    </message>
    <message>
        <source>BREACH FOUND</source>
        <translation>ВЫЯВЛЕНО НАРУШЕНИЕ</translation>
    </message>
    <message>
        <source>After every shipment under every licence</source>
        <translation>После каждой отгрузки по любой лицензии</translation>
    </message>
    <message>
        <source>When the licence&apos;s conditions or its assessment call for delivery verification</source>
        <translation>Когда условия лицензии или ее оценка требуют подтверждения доставки</translation>
    </message>
    <message>
        <source>Never automatically (added by hand)</source>
        <translation>Никогда автоматически (добавляется вручную)</translation>
    </message>
    <message>
        <source>%1 for shipment %2</source>
        <translation>%1 по отгрузке %2</translation>
    </message>
    <message>
        <source>%1 for the shipment of %2</source>
        <translation>%1 по отгрузке от %2</translation>
    </message>
    <message>
        <source>Follow-up obligation added</source>
        <extracomment>The history&apos;s actions for obligations, in words.</extracomment>
        <translation>Добавлено обязательство последующего контроля</translation>
    </message>
    <message>
        <source>Verification visit planned</source>
        <translation>Запланирован проверочный визит</translation>
    </message>
    <message>
        <source>Delivery verification certificate received</source>
        <translation>Получен сертификат подтверждения доставки</translation>
    </message>
    <message>
        <source>Verification visit recorded</source>
        <translation>Зарегистрирован проверочный визит</translation>
    </message>
    <message>
        <source>Assurance checked</source>
        <translation>Заверение проверено</translation>
    </message>
    <message>
        <source>Follow-up obligation waived</source>
        <translation>Обязательство последующего контроля снято</translation>
    </message>
    <message>
        <source>Licence %1: %2</source>
        <translation>Лицензия %1: %2</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>срок %1</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>выполнено %1</translation>
    </message>
</context>
<context>
    <name>FollowUpWindow</name>
    <message>
        <source>Licence follow-up</source>
        <extracomment>Rows per page.</extracomment>
        <translation>Последующий контроль лицензий</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Все виды</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Любой статус</translation>
    </message>
    <message>
        <source>&amp;Overdue only</source>
        <translation>&amp;Только просроченные</translation>
    </message>
    <message>
        <source>&amp;Due between</source>
        <translation>&amp;Срок с</translation>
    </message>
    <message>
        <source>Part of the licence number</source>
        <translation>Часть номера лицензии</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>Стат&amp;ус:</translation>
    </message>
    <message>
        <source>Des&amp;tination:</source>
        <translation>&amp;Назначение:</translation>
    </message>
    <message>
        <source>&amp;Licence:</source>
        <translation>&amp;Лицензия:</translation>
    </message>
    <message>
        <source>and</source>
        <translation>по</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>Н&amp;азад</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Далее</translation>
    </message>
    <message>
        <source>Certificate &amp;rules…</source>
        <translation>&amp;Правила для сертификатов…</translation>
    </message>
    <message>
        <source>When delivery verification certificates are owed, and how soon</source>
        <translation>Когда требуются сертификаты подтверждения доставки и в какой срок</translation>
    </message>
    <message>
        <source>All destinations</source>
        <translation>Все назначения</translation>
    </message>
    <message>
        <source>No obligation matches these filters.</source>
        <translation>Нет обязательств, соответствующих фильтрам.</translation>
    </message>
    <message>
        <source>%1–%2 of %3 obligations</source>
        <translation>Обязательства %1–%2 из %3</translation>
    </message>
</context>
<context>
    <name>GbvConsultationBox</name>
    <message>
        <source>What should the gender adviser look at? e.g. the prevalence of conflict-related sexual violence by the receiving unit</source>
        <translation>На что обратить внимание советнику по гендерным вопросам? напр. распространенность сексуального насилия, связанного с конфликтом, со стороны подразделения-получателя</translation>
    </message>
    <message>
        <source>&amp;Ask the gender adviser</source>
        <translation>&amp;Запросить советника по гендерным вопросам</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>Запросить</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <source>Consultation of the gender adviser (Article 7(4))</source>
        <translation>Консультация советника по гендерным вопросам (статья 7(4))</translation>
    </message>
    <message>
        <source>Steps 1 and 2 are answered yes: serious GBV/VAWC is prevalent in the importing State. The authority asks the gender adviser, who may consult women&apos;s organisations and GBV experts, before the assessment is completed.</source>
        <translation>На шаги 1 и 2 дан ответ «да»: в государстве-импортере распространены серьезные ГН/НЖД. Прежде чем оценка будет завершена, орган запрашивает советника по гендерным вопросам, который может проконсультироваться с женскими организациями и экспертами по ГН.</translation>
    </message>
    <message>
        <source>The gender adviser has not been asked yet.</source>
        <translation>Советник по гендерным вопросам еще не запрошен.</translation>
    </message>
    <message>
        <source>Any gender adviser</source>
        <translation>Любой советник по гендерным вопросам</translation>
    </message>
    <message>
        <source>The gender adviser was not asked</source>
        <translation>Запрос советнику по гендерным вопросам не направлен</translation>
    </message>
</context>
<context>
    <name>GbvFlowchart</name>
    <message>
        <source>Where the case stands: the highlighted step (you are here).</source>
        <extracomment>Fill, border and text colours per status. The legend&apos;s entries, in reading order. Step 4 when the engine found an overriding risk after mitigation: where the case stands. The outcome line under the chart: overriding (red) or not (green).</extracomment>
        <translation>Положение дела: выделенный шаг (вы здесь).</translation>
    </message>
    <message>
        <source>Outcome: an overriding risk remains after mitigation (step 4): Article 7(3) forbids authorising.</source>
        <translation>Итог: после снижения остается преобладающий риск (шаг 4): статья 7(3) запрещает выдачу разрешения.</translation>
    </message>
    <message>
        <source>Outcome: no overriding risk of serious GBV/VAWC after mitigation.</source>
        <translation>Итог: после снижения преобладающего риска серьезных ГН/НЖД нет.</translation>
    </message>
    <message>
        <source>%1 (you are here)</source>
        <translation>%1 (вы здесь)</translation>
    </message>
    <message>
        <source>then 5</source>
        <translation>затем 5</translation>
    </message>
    <message>
        <source>4 last</source>
        <translation>4 в конце</translation>
    </message>
</context>
<context>
    <name>GbvForms</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <source>Write dates as YYYY-MM-DD, e.g. %1</source>
        <translation>Вводите даты в формате ГГГГ-ММ-ДД, например %1</translation>
    </message>
</context>
<context>
    <name>GbvPage</name>
    <message>
        <source>The flowchart numbers its steps 1 to 5 with mitigation last. Under Article 7(1)-(3), however, an overriding risk is determined only after mitigation has been considered (footnote 7 of the flowchart). The steps are therefore taken in the order 1, 2, 3, 5, 4: mitigation (step 5) before the overriding-risk determination (step 4). The numbers stay those of the published flowchart.</source>
        <translation>На схеме шаги пронумерованы от 1 до 5, и снижение риска идет последним. Однако согласно статье 7(1)–(3) преобладающий риск определяется только после рассмотрения мер по снижению риска (сноска 7 схемы). Поэтому шаги выполняются в порядке 1, 2, 3, 5, 4: снижение риска (шаг 5) — до определения преобладающего риска (шаг 4). Номера шагов сохранены как в опубликованной схеме.</translation>
    </message>
    <message>
        <source>Step 1 — are there prevalent types of GBV / VAWC in the importing State?</source>
        <translation>Шаг 1 — распространены ли в государстве-импортере виды ГН / НЖД?</translation>
    </message>
    <message>
        <source>Separate with semicolons, e.g. conflict-related sexual violence; femicide</source>
        <translation>Разделяйте точкой с запятой, напр. сексуальное насилие, связанное с конфликтом; фемицид</translation>
    </message>
    <message>
        <source>Prevalent types</source>
        <translation>Распространенные виды</translation>
    </message>
    <message>
        <source>Step 2 — are these prevalent violations serious?</source>
        <translation>Шаг 2 — являются ли эти распространенные нарушения серьезными?</translation>
    </message>
    <message>
        <source>Step 3 — does the importing State take effective preventive action?</source>
        <translation>Шаг 3 — принимает ли государство-импортер эффективные меры предупреждения?</translation>
    </message>
    <message>
        <source>Risk that the items would be used to commit or facilitate the GBV / VAWC identified (before mitigation)</source>
        <translation>Риск того, что изделия будут использованы для совершения или содействия совершению выявленных ГН / НЖД (до снижения)</translation>
    </message>
    <message>
        <source>Record mitigation measures for 7(4)…</source>
        <translation>Зарегистрировать меры по снижению риска для 7(4)…</translation>
    </message>
    <message>
        <source>Step 5 (taken before step 4) — does mitigation reliably reduce the risk?</source>
        <translation>Шаг 5 (выполняется до шага 4) — надежно ли меры снижают риск?</translation>
    </message>
    <message>
        <source>Measures are recorded on the Article 7(2) mitigation page: tick “7(4) GBV/VAWC” for each measure that addresses this risk.</source>
        <translation>Меры регистрируются на странице снижения риска (статья 7(2)): отметьте «7(4) ГН/НЖД» для каждой меры, направленной на этот риск.</translation>
    </message>
    <message>
        <source>Mitigation was considered and no measure addresses this risk</source>
        <translation>Меры по снижению риска рассмотрены; ни одна мера не направлена на этот риск</translation>
    </message>
    <message>
        <source>Explain the overriding-risk determination for the record</source>
        <translation>Поясните для протокола определение преобладающего риска</translation>
    </message>
    <message>
        <source>Step 4 (taken last) — is there an overriding risk after mitigation?</source>
        <translation>Шаг 4 (выполняется последним) — есть ли преобладающий риск после снижения?</translation>
    </message>
    <message>
        <source>Save the page to see where the case stands.</source>
        <translation>Сохраните страницу, чтобы увидеть положение дела.</translation>
    </message>
    <message>
        <source>The case stands at step %1: %2</source>
        <translation>Дело на шаге %1: %2</translation>
    </message>
    <message>
        <source>Flowchart finished. Risk after mitigation: %1.</source>
        <translation>Схема пройдена. Риск после снижения: %1.</translation>
    </message>
    <message>
        <source>Evaluation order 1 → 2 → 3 → 5 → 4:</source>
        <translation>Порядок оценки 1 → 2 → 3 → 5 → 4:</translation>
    </message>
</context>
<context>
    <name>GbvStepText</name>
    <message>
        <source>Step 3: the importing State takes effective preventive action, weighed in step 4 (it does not lower the risk by itself).</source>
        <translation>Шаг 3: государство-импортер принимает эффективные меры предупреждения; это учитывается на шаге 4 (само по себе риск не снижает).</translation>
    </message>
    <message>
        <source>Step 3: the importing State does not take effective preventive action, which weighs towards an overriding risk in step 4.</source>
        <translation>Шаг 3: государство-импортер не принимает эффективных мер предупреждения, что свидетельствует в пользу преобладающего риска на шаге 4.</translation>
    </message>
    <message>
        <source>Not answered yet.</source>
        <translation>Ответа еще нет.</translation>
    </message>
    <message>
        <source>Not reached yet.</source>
        <translation>Еще не достигнут.</translation>
    </message>
    <message>
        <source>Not needed: the flowchart ended earlier.</source>
        <translation>Не требуется: схема завершилась раньше.</translation>
    </message>
    <message>
        <source>Record the risk before mitigation first.</source>
        <translation>Сначала укажите риск до снижения.</translation>
    </message>
    <message>
        <source>No prevalent GBV/VAWC identified.</source>
        <translation>Распространенных ГН/НЖД не выявлено.</translation>
    </message>
    <message>
        <source>No prevalent GBV/VAWC: no 7(4) risk.</source>
        <translation>Распространенных ГН/НЖД нет: риска по 7(4) нет.</translation>
    </message>
    <message>
        <source>The prevalent violations are not serious.</source>
        <translation>Распространенные нарушения не являются серьезными.</translation>
    </message>
    <message>
        <source>The prevalent violations are serious.</source>
        <translation>Распространенные нарушения являются серьезными.</translation>
    </message>
    <message>
        <source>Article 7(4) concerns serious acts; the prevalent violations are not serious.</source>
        <translation>Статья 7(4) касается серьезных актов; распространенные нарушения не являются серьезными.</translation>
    </message>
    <message>
        <source>The importing State takes effective preventive action.</source>
        <translation>Государство-импортер принимает эффективные меры предупреждения.</translation>
    </message>
    <message>
        <source>The importing State does not take effective preventive action.</source>
        <translation>Государство-импортер не принимает эффективных мер предупреждения.</translation>
    </message>
    <message>
        <source>No mitigation measure addresses this risk.</source>
        <translation>Ни одна мера по снижению не направлена на этот риск.</translation>
    </message>
    <message>
        <source>Consider mitigation: link a measure to this risk, or record that none addresses it.</source>
        <translation>Рассмотрите меры по снижению: свяжите меру с этим риском или отметьте, что таких мер нет.</translation>
    </message>
    <message>
        <source>The flowchart is not finished.</source>
        <translation>Схема не пройдена.</translation>
    </message>
    <message>
        <source>After mitigation an overriding risk remains (Article 7(4), 7(3)).</source>
        <translation>После снижения остается преобладающий риск (статья 7(4), 7(3)).</translation>
    </message>
    <message>
        <source>After mitigation no overriding risk remains (Article 7(4), 7(3)).</source>
        <translation>После снижения преобладающего риска нет (статья 7(4), 7(3)).</translation>
    </message>
    <message>
        <source>Prevalent: %1.</source>
        <translation>Распространены: %1.</translation>
    </message>
    <message>
        <source>Reliably reduced by %1.</source>
        <translation>Надежно снижается мерами: %1.</translation>
    </message>
    <message>
        <source>Measures %1 do not reliably reduce it.</source>
        <translation>Меры %1 не снижают его надежно.</translation>
    </message>
    <message>
        <source>Risk %1 before mitigation; decide on the measures.</source>
        <translation>Риск до снижения: %1; примите решение о мерах.</translation>
    </message>
    <message>
        <source>Risk %1 before mitigation, %2 after: an overriding risk remains.</source>
        <translation>Риск до снижения: %1, после: %2; преобладающий риск остается.</translation>
    </message>
    <message>
        <source>Risk %1 before mitigation, %2 after: no overriding risk remains.</source>
        <translation>Риск до снижения: %1, после: %2; преобладающего риска нет.</translation>
    </message>
</context>
<context>
    <name>GbvWords</name>
    <message>
        <source>Women&apos;s organisation</source>
        <translation>Женская организация</translation>
    </message>
    <message>
        <source>GBV expert</source>
        <translation>Эксперт по ГН</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <source>Gender-based violence</source>
        <translation>Гендерное насилие</translation>
    </message>
    <message>
        <source>Arms Trade Treaty basics</source>
        <translation>Основы Договора о торговле оружием</translation>
    </message>
    <message>
        <source>Export control law</source>
        <translation>Законодательство об экспортном контроле</translation>
    </message>
    <message>
        <source>Authentic</source>
        <translation>Подлинный</translation>
    </message>
    <message>
        <source>NOT authentic</source>
        <translation>НЕ подлинный</translation>
    </message>
    <message>
        <source>No reply</source>
        <translation>Нет ответа</translation>
    </message>
    <message>
        <source>any gender adviser</source>
        <translation>любой советник по гендерным вопросам</translation>
    </message>
    <message>
        <source>Asked by %1 on %2, of %3:</source>
        <translation>Запрос: %1, %2; адресат: %3:</translation>
    </message>
    <message>
        <source>Awaiting the gender adviser&apos;s answer.</source>
        <translation>Ожидается ответ советника по гендерным вопросам.</translation>
    </message>
    <message>
        <source>Answered by %1 on %2:</source>
        <translation>Ответ: %1, %2:</translation>
    </message>
    <message>
        <source>Consulted: %1</source>
        <translation>Проведены консультации: %1</translation>
    </message>
    <message>
        <source>EUC number %1 is also on case %2 (same end user)</source>
        <translation>Номер СКП %1 указан также в деле %2 (тот же конечный пользователь)</translation>
    </message>
    <message>
        <source>EUC number %1 is also on case %2 (different end user)</source>
        <translation>Номер СКП %1 указан также в деле %2 (другой конечный пользователь)</translation>
    </message>
    <message>
        <source>EUC number %1: the issuing authority says the certificate is NOT authentic. Do not rely on it; consider the diversion risk and whether to deny.</source>
        <translation>СКП № %1: выдавший орган сообщает, что сертификат НЕ подлинный. Не полагайтесь на него; рассмотрите риск перенаправления и вопрос об отказе.</translation>
    </message>
    <message>
        <source>EUC number %1: the issuing authority has not replied yet.</source>
        <translation>СКП № %1: выдавший орган еще не ответил.</translation>
    </message>
    <message>
        <source>Gender adviser asked (%1): %2</source>
        <translation>Запрос советнику по гендерным вопросам (%1): %2</translation>
    </message>
    <message>
        <source>Gender adviser answered: %1</source>
        <translation>Ответ советника по гендерным вопросам: %1</translation>
    </message>
    <message>
        <source>(consulted: %1)</source>
        <translation>(консультации: %1)</translation>
    </message>
    <message>
        <source>End-user certificate %1 checked with %2: %3</source>
        <translation>Сертификат конечного пользователя %1 проверен (%2): %3</translation>
    </message>
</context>
<context>
    <name>Guidance</name>
    <message>
        <source>Is any party or State under an arms embargo on the decision date?</source>
        <translation>Находится ли какая-либо сторона или государство под эмбарго на поставки оружия на дату решения?</translation>
    </message>
    <message>
        <source>Article 6(1): a UN Security Council Chapter VII embargo prohibits the transfer outright. The screen checks every destination, end user, consignee, broker and transit State, for all items including ammunition and parts (Articles 3 and 4).</source>
        <translation>Статья 6(1): эмбарго Совета Безопасности ООН по главе VII безусловно запрещает передачу. Проверяются все назначения, конечные пользователи, грузополучатели, брокеры и государства транзита — по всем изделиям, включая боеприпасы, части и компоненты (статьи 3 и 4).</translation>
    </message>
    <message>
        <source>The application&apos;s parties and States; the embargo data&apos;s legal basis and dates; the UN Consolidated List for named persons.</source>
        <translation>Стороны и государства по заявлению; правовое основание и даты в данных об эмбарго; Сводный санкционный перечень ООН для поименованных лиц.</translation>
    </message>
    <message>
        <source>Does this embargo match apply, and has any required approval or notification been made?</source>
        <translation>Применяется ли это совпадение с эмбарго, и получено ли требуемое одобрение или направлено ли уведомление?</translation>
    </message>
    <message>
        <source>Some embargoes cover only part of a country, only non-State actors, or allow supplies with a sanctions committee&apos;s approval or notification. Approval must be obtained before authorising; without it the transfer stays prohibited.</source>
        <translation>Некоторые эмбарго распространяются лишь на часть страны или только на негосударственных субъектов либо допускают поставки с одобрения комитета по санкциям или после его уведомления. Одобрение должно быть получено до выдачи разрешения; без него передача остается запрещенной.</translation>
    </message>
    <message>
        <source>The resolution&apos;s text, the committee&apos;s exemption page, the committee&apos;s reply letter.</source>
        <translation>Текст резолюции, страница комитета об изъятиях, ответное письмо комитета.</translation>
    </message>
    <message>
        <source>Would the transfer violate another international obligation of your State (6(2))?</source>
        <translation>Нарушит ли передача другое международное обязательство вашего государства (6(2))?</translation>
    </message>
    <message>
        <source>Regional embargoes (EU, OSCE, ECOWAS), the Firearms Protocol, mine or cluster munition bans and other treaties your State has joined are absolute too.</source>
        <translation>Региональные эмбарго (ЕС, ОБСЕ, ЭКОВАС), Протокол об огнестрельном оружии, запреты мин и кассетных боеприпасов и другие договоры, к которым присоединилось ваше государство, также носят абсолютный характер.</translation>
    </message>
    <message>
        <source>Your State&apos;s treaty list and enabled regional embargo sets; legal adviser&apos;s opinion.</source>
        <translation>Перечень договоров вашего государства и включенные наборы региональных эмбарго; заключение юрисконсульта.</translation>
    </message>
    <message>
        <source>Do you know the items would be used for genocide, crimes against humanity or war crimes?</source>
        <translation>Известно ли вам, что изделия будут использованы для совершения геноцида, преступлений против человечности или военных преступлений?</translation>
    </message>
    <message>
        <source>Article 6(3) is about knowledge at the time of authorisation, not mere risk: if the State knows, it must refuse. Risk short of knowledge is weighed under Article 7.</source>
        <translation>Статья 6(3) касается знания на момент выдачи разрешения, а не просто риска: если государству это известно, оно должно отказать. Риск, не достигающий уровня знания, оценивается по статье 7.</translation>
    </message>
    <message>
        <source>Findings of UN investigative bodies and courts, credible reporting of ongoing crimes.</source>
        <translation>Выводы следственных органов ООН и судов, достоверные сообщения о совершаемых преступлениях.</translation>
    </message>
    <message>
        <source>Step 1: What types of GBV and violence against women and children are prevalent?</source>
        <translation>Шаг 1: какие виды ГН и насилия в отношении женщин и детей распространены?</translation>
    </message>
    <message>
        <source>Identify which forms are common in the importing State (e.g. conflict-related sexual violence, domestic violence, femicide) before asking how the items relate to them.</source>
        <translation>Определите, какие формы распространены в государстве-импортере (напр. сексуальное насилие, связанное с конфликтом, домашнее насилие, фемицид), прежде чем выяснять, как с ними связаны изделия.</translation>
    </message>
    <message>
        <source>UN and treaty-body reports (CEDAW, CRC), national statistics, women&apos;s organisations, consultation with GBV experts.</source>
        <translation>Доклады ООН и договорных органов (КЛДЖ, КПР), национальная статистика, женские организации, консультации с экспертами по ГН.</translation>
    </message>
    <message>
        <source>Step 2: Are these prevalent violations &apos;serious&apos;?</source>
        <translation>Шаг 2: являются ли эти распространенные нарушения «серьезными»?</translation>
    </message>
    <message>
        <source>Article 7(4) speaks of serious acts: consider scale, gravity, whether systematic or tolerated, and whether security forces are involved.</source>
        <translation>Статья 7(4) говорит о серьезных актах: учитывайте масштаб, тяжесть, систематический характер или терпимость к ним, а также причастность сил безопасности.</translation>
    </message>
    <message>
        <source>Commission of inquiry findings, Special Representative on Sexual Violence in Conflict.</source>
        <translation>Выводы комиссий по расследованию, Специальный представитель по вопросу о сексуальном насилии в условиях конфликта.</translation>
    </message>
    <message>
        <source>Step 3: Does the importing State take effective preventive action?</source>
        <translation>Шаг 3: принимает ли государство-импортер эффективные меры предупреждения?</translation>
    </message>
    <message>
        <source>Look at laws, prosecutions, protection services and vetting and training of forces, and whether they work in practice, not only on paper.</source>
        <translation>Рассмотрите законы, уголовное преследование, службы защиты, проверку и подготовку личного состава сил — и работают ли они на практике, а не только на бумаге.</translation>
    </message>
    <message>
        <source>Prosecution data, UN country reviews, NGO monitoring, the importer&apos;s own information.</source>
        <translation>Данные об уголовном преследовании, страновые обзоры ООН, мониторинг НПО, информация самого импортера.</translation>
    </message>
    <message>
        <source>How likely is it that these items would be used to commit or facilitate the GBV found?</source>
        <translation>Насколько вероятно, что эти изделия будут использованы для совершения или содействия совершению выявленного ГН?</translation>
    </message>
    <message>
        <source>Judge the link between the items, the end user and the violations before mitigation: the type of items (e.g. small arms used in intimidation), and the end user&apos;s record.</source>
        <translation>Оцените связь между изделиями, конечным пользователем и нарушениями до снижения риска: вид изделий (напр. стрелковое оружие, используемое для запугивания) и прошлое поведение конечного пользователя.</translation>
    </message>
    <message>
        <source>End-user record, item type and use, reports naming the unit or force concerned.</source>
        <translation>Сведения о конечном пользователе, вид и применение изделий, доклады с упоминанием соответствующего подразделения или формирования.</translation>
    </message>
    <message>
        <source>Step 5: Do mitigation measures reliably and significantly reduce the risk?</source>
        <translation>Шаг 5: надежно ли и существенно ли меры снижают риск?</translation>
    </message>
    <message>
        <source>Taken before step 4 (footnote 7): the overriding-risk decision is made after mitigation. A measure counts only if it is credible and verifiable for this end user.</source>
        <translation>Выполняется до шага 4 (сноска 7): решение о преобладающем риске принимается после снижения. Мера учитывается, только если она заслуживает доверия и поддается проверке в отношении этого конечного пользователя.</translation>
    </message>
    <message>
        <source>The measures proposed and the importer&apos;s track record of honouring similar commitments.</source>
        <translation>Предлагаемые меры и то, как импортер выполнял аналогичные обязательства в прошлом.</translation>
    </message>
    <message>
        <source>Step 4: Is there an overriding risk after mitigation?</source>
        <translation>Шаг 4: есть ли преобладающий риск после снижения?</translation>
    </message>
    <message>
        <source>The application computes this from the risk before mitigation and step 5; explain the determination in your own words for the record.</source>
        <translation>Приложение рассчитывает это на основе риска до снижения и шага 5; поясните определение своими словами для протокола.</translation>
    </message>
    <message>
        <source>Your findings in steps 1-3 and 5.</source>
        <translation>Ваши выводы на шагах 1–3 и 5.</translation>
    </message>
    <message>
        <source>Are there diversion red flags?</source>
        <translation>Есть ли тревожные признаки перенаправления?</translation>
    </message>
    <message>
        <source>Warning signs that the declared end user or end use may not be the real one.</source>
        <translation>Предупреждающие признаки того, что заявленные конечный пользователь или конечное использование могут не соответствовать действительности.</translation>
    </message>
    <message>
        <source>Routing, brokers&apos; registration, payment terms, the fit between items and the end user.</source>
        <translation>Маршрут, регистрация брокеров, условия оплаты, соответствие изделий конечному пользователю.</translation>
    </message>
    <message>
        <source>Is there an authenticated end-user certificate with adequate assurances?</source>
        <translation>Есть ли сертификат конечного пользователя с подтвержденной подлинностью и достаточными заверениями?</translation>
    </message>
    <message>
        <source>An EUC names the end user and end use; assurances can cover no re-export without consent and secure storage. Authenticate it with the issuing authority.</source>
        <translation>СКП указывает конечного пользователя и конечное использование; заверения могут включать отказ от реэкспорта без согласия и надежное хранение. Проверьте его подлинность у выдавшего органа.</translation>
    </message>
    <message>
        <source>The EUC, its verification with the importing State, stockpile-security assurances.</source>
        <translation>СКП, его проверка в государстве-импортере, заверения о безопасности хранения запасов.</translation>
    </message>
    <message>
        <source>Are delivery verification or post-shipment checks agreed?</source>
        <translation>Согласованы ли подтверждение доставки или проверки после поставки?</translation>
    </message>
    <message>
        <source>Delivery verification certificates and on-site checks let you confirm the items reached the end user and remain there.</source>
        <translation>Сертификаты подтверждения доставки и проверки на месте позволяют убедиться, что изделия дошли до конечного пользователя и остаются у него.</translation>
    </message>
    <message>
        <source>The importer&apos;s agreement; past cooperation on verification.</source>
        <translation>Согласие импортера; прежнее сотрудничество при проверках.</translation>
    </message>
    <message>
        <source>Which measures (Art. 7(2)) address which risks, and do they reliably reduce them?</source>
        <translation>Какие меры (ст. 7(2)) направлены на какие риски и надежно ли они их снижают?</translation>
    </message>
    <message>
        <source>Confidence-building measures and jointly developed programmes can lower a risk. Link each measure to the risks it addresses; say honestly whether it works reliably.</source>
        <translation>Меры укрепления доверия и совместно разработанные программы могут снизить риск. Свяжите каждую меру с рисками, на которые она направлена; честно укажите, надежна ли она.</translation>
    </message>
    <message>
        <source>Draft agreements, the importer&apos;s record of compliance, verification arrangements.</source>
        <translation>Проекты соглашений, соблюдение обязательств импортером, договоренности о проверке.</translation>
    </message>
    <message>
        <source>Article 7(3): after mitigation, is there an overriding risk on any criterion?</source>
        <translation>Статья 7(3): есть ли после снижения преобладающий риск по какому-либо критерию?</translation>
    </message>
    <message>
        <source>If so, the State shall not authorise. The application computes the recommendation from your findings and will not let a decision contradict it.</source>
        <translation>Если да, государство не выдает разрешение. Приложение рассчитывает рекомендацию на основе ваших выводов и не допустит решения, которое ей противоречит.</translation>
    </message>
    <message>
        <source>All findings above.</source>
        <translation>Все выводы выше.</translation>
    </message>
    <message>
        <source>Would the items contribute to or undermine peace and security?</source>
        <translation>Будут ли изделия способствовать миру и безопасности или подрывать их?</translation>
    </message>
    <message>
        <source>Weigh both sides: legitimate self-defence or peacekeeping needs against the risk of fuelling conflict, regional tension or an arms build-up.</source>
        <translation>Взвесьте обе стороны: законные потребности самообороны или миротворчества — против риска разжигания конфликта, региональной напряженности или наращивания вооружений.</translation>
    </message>
    <message>
        <source>UN Security Council reports, regional security analyses, embassy reporting, the importer&apos;s stated need (Art. 8(1) documents).</source>
        <translation>Доклады Совета Безопасности ООН, региональные анализы безопасности, донесения посольства, заявленная потребность импортера (документы по ст. 8(1)).</translation>
    </message>
    <message>
        <source>Could the items be used to commit or facilitate a serious violation of IHL?</source>
        <translation>Могут ли изделия быть использованы для совершения или содействия совершению серьезного нарушения МГП?</translation>
    </message>
    <message>
        <source>Look at the end user&apos;s conduct in armed conflict: attacks on civilians, indiscriminate weapons use, and whether violations are investigated and punished.</source>
        <translation>Рассмотрите поведение конечного пользователя в вооруженном конфликте: нападения на гражданских лиц, неизбирательное применение оружия, а также расследуются ли и караются ли нарушения.</translation>
    </message>
    <message>
        <source>UN commissions of inquiry, ICRC public statements, human-rights NGO and media reports.</source>
        <translation>Комиссии ООН по расследованию, публичные заявления МККК, доклады правозащитных НПО и СМИ.</translation>
    </message>
    <message>
        <source>Could the items be used to commit or facilitate a serious violation of human rights law?</source>
        <translation>Могут ли изделия быть использованы для совершения или содействия совершению серьезного нарушения права прав человека?</translation>
    </message>
    <message>
        <source>Consider repression, torture, extrajudicial killings, excessive force by the end user; how closely the items fit such uses; and accountability.</source>
        <translation>Рассмотрите репрессии, пытки, внесудебные казни, чрезмерное применение силы конечным пользователем; насколько изделия подходят для такого применения; привлечение к ответственности.</translation>
    </message>
    <message>
        <source>UN human-rights mechanisms, treaty-body and special-rapporteur reports, NGO reports.</source>
        <translation>Правозащитные механизмы ООН, доклады договорных органов и специальных докладчиков, доклады НПО.</translation>
    </message>
    <message>
        <source>Could the items be used in an offence under the terrorism conventions you are party to?</source>
        <translation>Могут ли изделия быть использованы для совершения правонарушения согласно конвенциям о терроризме, участником которых является ваше государство?</translation>
    </message>
    <message>
        <source>Consider links between the parties or the route and terrorist groups, and leakage risk.</source>
        <translation>Рассмотрите связи сторон или маршрута с террористическими группами и риск утечки.</translation>
    </message>
    <message>
        <source>Sanctions lists, intelligence, law-enforcement information, UN monitoring reports.</source>
        <translation>Санкционные перечни, разведданные, информация правоохранительных органов, доклады ООН по мониторингу.</translation>
    </message>
    <message>
        <source>Could the items be used in an offence under the organised-crime conventions?</source>
        <translation>Могут ли изделия быть использованы для совершения правонарушения согласно конвенциям об организованной преступности?</translation>
    </message>
    <message>
        <source>Consider trafficking networks, corruption, and criminal access to the end user&apos;s stocks.</source>
        <translation>Рассмотрите сети незаконного оборота, коррупцию и доступ преступников к запасам конечного пользователя.</translation>
    </message>
    <message>
        <source>UNODC reports, police and customs information, Firearms Protocol reporting.</source>
        <translation>Доклады УНП ООН, информация полиции и таможни, отчетность по Протоколу об огнестрельном оружии.</translation>
    </message>
    <message>
        <source>Could items leak during production, e.g. from an unlicensed or poorly secured plant?</source>
        <translation>Могут ли изделия утечь на этапе производства, например с нелицензированного или плохо охраняемого предприятия?</translation>
    </message>
    <message>
        <source>Rate the diversion risk at this stage of the supply chain (Article 11).</source>
        <translation>Оцените риск перенаправления на этом этапе цепочки поставки (статья 11).</translation>
    </message>
    <message>
        <source>Manufacturer licence and security audits; industry due-diligence files.</source>
        <translation>Лицензия производителя и проверки безопасности; материалы комплексной проверки в промышленности.</translation>
    </message>
    <message>
        <source>Could items go missing before shipment, at the warehouse or point of loading?</source>
        <translation>Могут ли изделия пропасть до отгрузки — на складе или в пункте погрузки?</translation>
    </message>
    <message>
        <source>Freight forwarder details, packing lists, export-control inspections at loading.</source>
        <translation>Данные экспедитора, упаковочные листы, проверки экспортного контроля при погрузке.</translation>
    </message>
    <message>
        <source>Could items be diverted en route, before the authorised end user takes delivery?</source>
        <translation>Могут ли изделия быть перенаправлены в пути, до того как их получит уполномоченный конечный пользователь?</translation>
    </message>
    <message>
        <source>Routing and transit States, carriers, trans-shipment points, intermediate consignees.</source>
        <translation>Маршрут и государства транзита, перевозчики, пункты перевалки, промежуточные грузополучатели.</translation>
    </message>
    <message>
        <source>Could items be stolen, sold or lost from the recipient&apos;s stockpiles?</source>
        <translation>Могут ли изделия быть похищены, проданы или утрачены из запасов получателя?</translation>
    </message>
    <message>
        <source>Stockpile security assurances, past audits, UN or NGO reports on losses from stocks.</source>
        <translation>Заверения о безопасности хранения запасов, прежние проверки, доклады ООН или НПО об утечках из запасов.</translation>
    </message>
    <message>
        <source>Could the end user pass the items on, or use them other than as declared?</source>
        <translation>Может ли конечный пользователь передать изделия дальше или использовать их не так, как заявлено?</translation>
    </message>
    <message>
        <source>End-user certificate, the end user&apos;s record, re-export history, embassy reporting.</source>
        <translation>Сертификат конечного пользователя, сведения о конечном пользователе, история реэкспорта, донесения посольства.</translation>
    </message>
    <message>
        <source>What happens when the items are retired: destroyed, stored, sold or re-exported?</source>
        <translation>Что происходит с изделиями при выводе из эксплуатации: уничтожение, хранение, продажа или реэкспорт?</translation>
    </message>
    <message>
        <source>Disposal commitments, destruction certificates, the importer&apos;s surplus policies.</source>
        <translation>Обязательства по утилизации, акты об уничтожении, политика импортера в отношении излишков.</translation>
    </message>
</context>
<context>
    <name>GuidancePanel</name>
    <message>
        <source>Guidance</source>
        <extracomment>Dynamic property naming the guidance id of a question&apos;s widgets.</extracomment>
        <translation>Пояснения</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>Что это значит</translation>
    </message>
    <message>
        <source>Evidence that helps</source>
        <translation>Полезные источники</translation>
    </message>
    <message>
        <source>Click into a question to see its guidance here.</source>
        <translation>Щелкните по вопросу, чтобы увидеть здесь пояснения к нему.</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <source>User guide — %1</source>
        <extracomment>The section shown when nothing more specific is known.</extracomment>
        <translation>Руководство пользователя — %1</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Содержание</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Назад</translation>
    </message>
    <message>
        <source>&amp;Forward &gt;</source>
        <translation>&amp;Вперед &gt;</translation>
    </message>
    <message>
        <source>Find in this chapter (Enter: next)</source>
        <translation>Поиск в этой главе (Enter — далее)</translation>
    </message>
    <message>
        <source>F&amp;ind:</source>
        <translation>&amp;Поиск:</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Не найдено</translation>
    </message>
</context>
<context>
    <name>ImportAuthorisationDialog</name>
    <message>
        <source>Imports: authorisations and actual imports</source>
        <translation>Импорт: разрешения и фактический импорт</translation>
    </message>
    <message>
        <source>Leave empty for the next IL/&lt;year&gt;/&lt;number&gt;</source>
        <translation>Оставьте пустым для следующего номера IL/&lt;год&gt;/&lt;номер&gt;</translation>
    </message>
    <message>
        <source>&amp;Record authorisation</source>
        <translation>&amp;Зарегистрировать разрешение</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>&amp;Importer:</source>
        <translation>&amp;Импортер:</translation>
    </message>
    <message>
        <source>Importer&apos;s c&amp;ountry:</source>
        <translation>Стр&amp;ана импортера:</translation>
    </message>
    <message>
        <source>E&amp;xporting State:</source>
        <translation>Государство-&amp;экспортер:</translation>
    </message>
    <message>
        <source>Importing S&amp;tate:</source>
        <translation>&amp;Государство-импортер:</translation>
    </message>
    <message>
        <source>&amp;End user:</source>
        <translation>&amp;Конечный пользователь:</translation>
    </message>
    <message>
        <source>End user t&amp;ype:</source>
        <translation>&amp;Тип конечного пользователя:</translation>
    </message>
    <message>
        <source>Issued o&amp;n:</source>
        <translation>Дата в&amp;ыдачи:</translation>
    </message>
    <message>
        <source>&amp;Valid until:</source>
        <translation>&amp;Действует до:</translation>
    </message>
    <message>
        <source>Authorisation n&amp;umber:</source>
        <translation>&amp;Номер разрешения:</translation>
    </message>
    <message>
        <source>End-user &amp;certificate:</source>
        <translation>&amp;Сертификат конечного пользователя:</translation>
    </message>
    <message>
        <source>Record an &amp;actual import…</source>
        <translation>Зарегистрировать &amp;фактический импорт…</translation>
    </message>
    <message>
        <source>Import authorisations (&amp;list):</source>
        <translation>Разрешения на импорт (спис&amp;ок):</translation>
    </message>
    <message>
        <source>name the importer</source>
        <translation>укажите импортера</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>Ничего не сохранено.</translation>
    </message>
    <message>
        <source>Recorded import authorisation %1 (case %2).</source>
        <translation>Зарегистрировано разрешение на импорт %1 (дело %2).</translation>
    </message>
    <message>
        <source>Nothing was saved. Fix:</source>
        <translation>Ничего не сохранено. Исправьте:</translation>
    </message>
    <message>
        <source>Choose an import authorisation in the list.</source>
        <translation>Выберите разрешение на импорт в списке.</translation>
    </message>
    <message>
        <source>Record an actual import</source>
        <translation>Регистрация фактического импорта</translation>
    </message>
</context>
<context>
    <name>IncidentDialog</name>
    <message>
        <source>New diversion or breach incident</source>
        <translation>Новый инцидент: перенаправление или нарушение</translation>
    </message>
    <message>
        <source>Incident %1</source>
        <translation>Инцидент %1</translation>
    </message>
    <message>
        <source>&amp;What happened</source>
        <translation>&amp;Что произошло</translation>
    </message>
    <message>
        <source>&amp;Licences and parties</source>
        <translation>&amp;Лицензии и стороны</translation>
    </message>
    <message>
        <source>&amp;Items</source>
        <translation>&amp;Изделия</translation>
    </message>
    <message>
        <source>Res&amp;ponses</source>
        <translation>Ответные &amp;меры</translation>
    </message>
    <message>
        <source>States i&amp;nformed</source>
        <translation>Уведомленные &amp;государства</translation>
    </message>
    <message>
        <source>e.g. note verbale, seizure record</source>
        <translation>напр. вербальная нота, протокол изъятия</translation>
    </message>
    <message>
        <source>Kn&amp;own:</source>
        <translation>Известн&amp;а:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>Ист&amp;очник:</translation>
    </message>
    <message>
        <source>Source &amp;reference:</source>
        <translation>&amp;Номер источника:</translation>
    </message>
    <message>
        <source>Date of the incident:</source>
        <translation>Дата инцидента:</translation>
    </message>
    <message>
        <source>Date l&amp;earned:</source>
        <translation>Дата получения &amp;сведений:</translation>
    </message>
    <message>
        <source>&amp;Country where it happened:</source>
        <translation>Ст&amp;рана, где это произошло:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>О&amp;писание:</translation>
    </message>
    <message>
        <source>Cannot search the licences</source>
        <translation>Не удается выполнить поиск лицензий</translation>
    </message>
    <message>
        <source>Licence number, case reference or destination</source>
        <translation>Номер лицензии, номер дела или назначение</translation>
    </message>
    <message>
        <source>&amp;Add licence</source>
        <translation>&amp;Добавить лицензию</translation>
    </message>
    <message>
        <source>Remo&amp;ve licence</source>
        <translation>&amp;Удалить лицензию</translation>
    </message>
    <message>
        <source>Name (as the source gives it)</source>
        <translation>Наименование (как в источнике)</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Add pa&amp;rty</source>
        <translation>Добавить с&amp;торону</translation>
    </message>
    <message>
        <source>Remove part&amp;y</source>
        <translation>Удалить стор&amp;ону</translation>
    </message>
    <message>
        <source>Licences involved (by number):</source>
        <translation>Затронутые лицензии (по номерам):</translation>
    </message>
    <message>
        <source>Parties involved: valid licences of cases with a matching party (similar name, same country) are put up for reassessment too.</source>
        <translation>Затронутые стороны: действующие лицензии по делам с совпадающей стороной (похожее наименование, та же страна) также включаются в список на повторную оценку.</translation>
    </message>
    <message>
        <source>Items involved</source>
        <translation>Затронутые изделия</translation>
    </message>
    <message>
        <source>ATT category (e.g. VIII.SA.4)</source>
        <translation>Категория ДТО (напр. VIII.SA.4)</translation>
    </message>
    <message>
        <source>Add ite&amp;m</source>
        <translation>&amp;Добавить изделие</translation>
    </message>
    <message>
        <source>Remove i&amp;tem</source>
        <translation>&amp;Удалить изделие</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Ответная мера</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Лицензия</translation>
    </message>
    <message>
        <source>Referred to (Art. 14)</source>
        <translation>Куда передано (ст. 14)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Add r&amp;esponse</source>
        <translation>&amp;Добавить меру</translation>
    </message>
    <message>
        <source>Remove respon&amp;se</source>
        <translation>&amp;Удалить меру</translation>
    </message>
    <message>
        <source>State informed</source>
        <translation>Уведомленное государство</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Add &amp;State</source>
        <translation>&amp;Добавить государство</translation>
    </message>
    <message>
        <source>Remove St&amp;ate</source>
        <translation>&amp;Удалить государство</translation>
    </message>
    <message>
        <source>Incident %1 (closed)</source>
        <translation>Инцидент %1 (закрыт)</translation>
    </message>
    <message>
        <source>This incident was closed on %1 and can no longer be edited. Record what has been learned since as a new incident.</source>
        <translation>Инцидент закрыт %1, и его больше нельзя изменить. Зарегистрируйте новые сведения как новый инцидент.</translation>
    </message>
    <message>
        <source>Verification visit (%1): </source>
        <translation>Проверочный визит (%1): </translation>
    </message>
    <message>
        <source>Change licence %1?</source>
        <translation>Изменить лицензию %1?</translation>
    </message>
    <message>
        <source>Saving will make licence %1 %2 at once (Article 7(7)); the licence&apos;s history keeps it. Say why to go ahead:</source>
        <translation>При сохранении к лицензии %1 сразу будет применено: %2 (статья 7(7)); это сохранится в истории лицензии. Чтобы продолжить, укажите причину:</translation>
    </message>
    <message>
        <source>Not saved. Please correct:</source>
        <translation>Не сохранено. Исправьте:</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Не сохранено: %1</translation>
    </message>
</context>
<context>
    <name>Incidents</name>
    <message>
        <source>Diversion</source>
        <translation>Незаконное перенаправление</translation>
    </message>
    <message>
        <source>Suspected diversion</source>
        <translation>Подозрение на перенаправление</translation>
    </message>
    <message>
        <source>Unauthorised re-export</source>
        <translation>Несанкционированный реэкспорт</translation>
    </message>
    <message>
        <source>End-use breach</source>
        <translation>Нарушение условий конечного использования</translation>
    </message>
    <message>
        <source>Breach of licence conditions</source>
        <translation>Нарушение условий лицензии</translation>
    </message>
    <message>
        <source>Other incident</source>
        <translation>Другой инцидент</translation>
    </message>
    <message>
        <source>Customs seizure</source>
        <translation>Изъятие таможней</translation>
    </message>
    <message>
        <source>Intelligence</source>
        <translation>Разведданные</translation>
    </message>
    <message>
        <source>Another State&apos;s notification (Art. 11(4)–(5))</source>
        <translation>Уведомление другого государства (ст. 11(4)–(5))</translation>
    </message>
    <message>
        <source>UN panel of experts report</source>
        <translation>Доклад группы экспертов ООН</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>СМИ</translation>
    </message>
    <message>
        <source>Post-shipment verification</source>
        <translation>Проверка после поставки</translation>
    </message>
    <message>
        <source>Other source</source>
        <translation>Другой источник</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Пока нет</translation>
    </message>
    <message>
        <source>Licence suspended</source>
        <translation>Действие лицензии приостановлено</translation>
    </message>
    <message>
        <source>Licence revoked</source>
        <translation>Лицензия аннулирована</translation>
    </message>
    <message>
        <source>Enforcement referral (Art. 14)</source>
        <translation>Передано для обеспечения соблюдения (ст. 14)</translation>
    </message>
    <message>
        <source>Information shared</source>
        <translation>Информация передана</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыт</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Закрыт</translation>
    </message>
    <message>
        <source>Incident %1: %2 in %3</source>
        <translation>Инцидент %1: %2 (%3)</translation>
    </message>
    <message>
        <source>parties match: %1</source>
        <translation>совпадение сторон: %1</translation>
    </message>
    <message>
        <source>concerns this case&apos;s licence</source>
        <translation>касается лицензии по этому делу</translation>
    </message>
    <message>
        <source>same destination</source>
        <translation>то же назначение</translation>
    </message>
    <message>
        <source>learned on %1</source>
        <translation>сведения получены %1</translation>
    </message>
    <message>
        <source>licence %1</source>
        <translation>лицензия %1</translation>
    </message>
    <message>
        <source>Incident %1 (%2) concerns licence %3: to be reassessed (Art. 7(7))</source>
        <translation>Инцидент %1 (%2) касается лицензии %3: подлежит повторной оценке (ст. 7(7))</translation>
    </message>
    <message>
        <source>Incident %1 closed: %2</source>
        <translation>Инцидент %1 закрыт: %2</translation>
    </message>
    <message>
        <source>Incident %1 updated: %2</source>
        <translation>Инцидент %1 обновлен: %2</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>вид</translation>
    </message>
    <message>
        <source>source</source>
        <translation>источник</translation>
    </message>
    <message>
        <source>source reference</source>
        <translation>номер источника</translation>
    </message>
    <message>
        <source>date of the incident</source>
        <translation>дата инцидента</translation>
    </message>
    <message>
        <source>date learned</source>
        <translation>дата получения сведений</translation>
    </message>
    <message>
        <source>description</source>
        <translation>описание</translation>
    </message>
    <message>
        <source>country</source>
        <translation>страна</translation>
    </message>
    <message>
        <source>licences</source>
        <translation>лицензии</translation>
    </message>
    <message>
        <source>parties</source>
        <translation>стороны</translation>
    </message>
    <message>
        <source>items</source>
        <translation>изделия</translation>
    </message>
    <message>
        <source>responses</source>
        <translation>ответные меры</translation>
    </message>
    <message>
        <source>States informed</source>
        <translation>уведомленные государства</translation>
    </message>
</context>
<context>
    <name>IncidentsCasePanel</name>
    <message>
        <source>Diversion and breach incidents involving this case&apos;s parties (similar names, same country), its destination or its licences. Weigh them in the assessment (Article 11).</source>
        <translation>Инциденты незаконного перенаправления и нарушений, связанные со сторонами этого дела (похожие наименования, та же страна), его назначением или лицензиями. Учитывайте их при оценке (статья 11).</translation>
    </message>
    <message>
        <source>No incident concerns this case.</source>
        <translation>Инцидентов по этому делу нет.</translation>
    </message>
    <message>
        <source>Incidents (%1)</source>
        <translation>Инциденты (%1)</translation>
    </message>
</context>
<context>
    <name>IncidentsWindow</name>
    <message>
        <source>Diversion and breach incidents</source>
        <translation>Инциденты перенаправления и нарушений</translation>
    </message>
    <message>
        <source>Diversions and breaches learned of (Article 11(4)–(5)), how they were answered (Article 14) and which States were informed. Each puts the valid licences it touches up for reassessment (Article 7(7)).</source>
        <translation>Выявленные случаи незаконного перенаправления и нарушений (статья 11(4)–(5)), принятые ответные меры (статья 14) и уведомленные государства. Каждый инцидент включает затронутые действующие лицензии в список на повторную оценку (статья 7(7)).</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Инцидент</translation>
    </message>
    <message>
        <source>Learned</source>
        <translation>Сведения получены</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Only a licensing officer, a committee member or the deciding authority records incidents.</source>
        <translation>Инциденты регистрирует только специалист по лицензированию, член комиссии или лицо, принимающее решение.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыт</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Закрыт</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>Every kind</source>
        <translation>Все виды</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>Стат&amp;ус:</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>&amp;Страна:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <source>&amp;New incident…</source>
        <translation>&amp;Новый инцидент…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>C&amp;lose incident…</source>
        <translation>&amp;Закрыть инцидент…</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Лицензия</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <source>To reassess</source>
        <translation>На повторную оценку</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Почему</translation>
    </message>
    <message>
        <source>Open the Article 7(7) &amp;reassessment…</source>
        <translation>Открыть &amp;повторную оценку (статья 7(7))…</translation>
    </message>
    <message>
        <source>Licences this incident touches:</source>
        <translation>Лицензии, затронутые этим инцидентом:</translation>
    </message>
    <message>
        <source>A closed incident can no longer be edited: record new facts as a new incident. Double-click it to read it.</source>
        <translation>Закрытый инцидент больше нельзя изменить: зарегистрируйте новые факты как новый инцидент. Дважды щелкните, чтобы просмотреть его.</translation>
    </message>
    <message>
        <source>No incident matches the filters.</source>
        <translation>Нет инцидентов, соответствующих фильтрам.</translation>
    </message>
    <message>
        <source>named by the incident</source>
        <translation>указана в инциденте</translation>
    </message>
    <message>
        <source>party matches: %1</source>
        <translation>совпадение стороны: %1</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Источник: %1</translation>
    </message>
    <message>
        <source>Happened on %1, learned on %2</source>
        <translation>Произошел %1, сведения получены %2</translation>
    </message>
    <message>
        <source>Parties: %1</source>
        <translation>Стороны: %1</translation>
    </message>
    <message>
        <source>Items: %1</source>
        <translation>Изделия: %1</translation>
    </message>
    <message>
        <source>Informed %1 on %2 (%3)</source>
        <translation>Уведомлено: %1, %2 (%3)</translation>
    </message>
    <message>
        <source>Closed: %1</source>
        <translation>Закрыт: %1</translation>
    </message>
    <message>
        <source>Incident %1 recorded</source>
        <translation>Инцидент %1 зарегистрирован</translation>
    </message>
    <message>
        <source>These valid licences are now listed for Article 7(7) reassessment:
%1</source>
        <translation>Следующие действующие лицензии включены в список на повторную оценку по статье 7(7):
%1</translation>
    </message>
    <message>
        <source>No valid licence is touched by this incident.</source>
        <translation>Этот инцидент не затрагивает ни одной действующей лицензии.</translation>
    </message>
    <message>
        <source>Close incident %1</source>
        <translation>Закрыть инцидент %1</translation>
    </message>
    <message>
        <source>How was it settled? Its licences stay listed for reassessment until each is reassessed.</source>
        <translation>Как он был урегулирован? Его лицензии остаются в списке на повторную оценку, пока каждая из них не будет оценена повторно.</translation>
    </message>
    <message>
        <source>The incident was not closed</source>
        <translation>Инцидент не закрыт</translation>
    </message>
</context>
<context>
    <name>ItemCard</name>
    <message>
        <source>e.g. Assault rifle, 5.56 mm</source>
        <extracomment>Currencies offered first; any three-letter ISO 4217 code may be typed. Units offered; any other unit may be typed. A card&apos;s fields as typed, in a fixed order, for moving cards and noticing changes.</extracomment>
        <translation>напр. автомат, 5,56 мм</translation>
    </message>
    <message>
        <source>Manufacturer&apos;s model or type</source>
        <translation>Модель или тип по данным изготовителя</translation>
    </message>
    <message>
        <source>e.g. 250</source>
        <translation>напр. 250</translation>
    </message>
    <message>
        <source>e.g. 1250000.00</source>
        <translation>напр. 1250000.00</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Необязательно</translation>
    </message>
    <message>
        <source>Withhold from the published annual report</source>
        <translation>Не включать в опубликованный ежегодный доклад</translation>
    </message>
    <message>
        <source>Reason, e.g. commercially sensitive</source>
        <translation>Причина, напр. коммерческая тайна</translation>
    </message>
    <message>
        <source>Optional, e.g. temporary export for demonstration, to be returned</source>
        <translation>Необязательно, напр. временный экспорт для демонстрации с последующим возвратом</translation>
    </message>
    <message>
        <source>Printed in the annual report&apos;s column “Comments on the transfer” for this item&apos;s row; never printed when the item is withheld.</source>
        <translation>Печатается в графе «Комментарии к передаче» строки этого изделия в ежегодном докладе; если изделие не включено в доклад, не печатается.</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Вверх</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Вниз</translation>
    </message>
    <message>
        <source>Remove item</source>
        <translation>Удалить изделие</translation>
    </message>
    <message>
        <source>Description *</source>
        <translation>Описание *</translation>
    </message>
    <message>
        <source>Model / type</source>
        <translation>Модель / тип</translation>
    </message>
    <message>
        <source>Control-list rating</source>
        <translation>Код по контрольному списку</translation>
    </message>
    <message>
        <source>ATT category, or why it is not reportable *</source>
        <translation>Категория ДТО или почему не подлежит отчетности *</translation>
    </message>
    <message>
        <source>State of origin</source>
        <translation>Государство происхождения</translation>
    </message>
    <message>
        <source>Quantity *</source>
        <translation>Количество *</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Единица</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Стоимость</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Comment for the annual report</source>
        <translation>Комментарий для ежегодного доклада</translation>
    </message>
    <message>
        <source>e.g. ML10.a</source>
        <translation>напр. ML10.a</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>ATT categories (reported)</source>
        <translation>Категории ДТО (подлежат отчетности)</translation>
    </message>
    <message>
        <source>Not reportable, because it is:</source>
        <translation>Не подлежит отчетности, поскольку это:</translation>
    </message>
    <message>
        <source>Line item %1</source>
        <translation>Позиция %1</translation>
    </message>
    <message>
        <source>%1 (not in the current list)</source>
        <translation>%1 (нет в текущем списке)</translation>
    </message>
    <message>
        <source>enter the quantity</source>
        <translation>укажите количество</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not in the list of countries; choose one from the list</source>
        <translation>«%1» нет в списке стран; выберите страну из списка</translation>
    </message>
    <message>
        <source>Item %1: description</source>
        <translation>Позиция %1: описание</translation>
    </message>
    <message>
        <source>Item %1: model / type</source>
        <translation>Позиция %1: модель / тип</translation>
    </message>
    <message>
        <source>Item %1: control-list rating</source>
        <translation>Позиция %1: код по контрольному списку</translation>
    </message>
    <message>
        <source>Item %1: ATT category</source>
        <translation>Позиция %1: категория ДТО</translation>
    </message>
    <message>
        <source>Item %1: State of origin</source>
        <translation>Позиция %1: государство происхождения</translation>
    </message>
    <message>
        <source>Item %1: quantity</source>
        <translation>Позиция %1: количество</translation>
    </message>
    <message>
        <source>Item %1: unit</source>
        <translation>Позиция %1: единица</translation>
    </message>
    <message>
        <source>Item %1: value</source>
        <translation>Позиция %1: стоимость</translation>
    </message>
    <message>
        <source>Item %1: currency</source>
        <translation>Позиция %1: валюта</translation>
    </message>
    <message>
        <source>Item %1: reason for withholding</source>
        <translation>Позиция %1: причина невключения в доклад</translation>
    </message>
    <message>
        <source>Item %1: comment for the annual report</source>
        <translation>Позиция %1: комментарий для ежегодного доклада</translation>
    </message>
    <message>
        <source>Item %1</source>
        <translation>Позиция %1</translation>
    </message>
</context>
<context>
    <name>ItemsEditor</name>
    <message>
        <source>Add line &amp;item</source>
        <translation>Доб&amp;авить позицию</translation>
    </message>
    <message>
        <source>Give each item its ATT category, or say why it is not reportable (ammunition, parts and components, dual-use, national list only).</source>
        <translation>Укажите для каждого изделия категорию ДТО или причину, по которой оно не подлежит отчетности (боеприпасы, части и компоненты, двойное назначение, только национальный список).</translation>
    </message>
    <message>
        <source>No line items yet. Press “Add line item”.</source>
        <translation>Позиций пока нет. Нажмите «Добавить позицию».</translation>
    </message>
    <message>
        <source>Line items</source>
        <translation>Позиции</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Main toolbar</source>
        <extracomment>Builds the assessment wizard for one case: (db, case id, language, parent, prompter, actor). Tests pass their own, with scripted answers to the wizard&apos;s questions. Emitted after the register was re-queried (tests wait on it). The database, paths, settings, signed-in person, language and prompter. Open assessment wizards by case id: one per case, non-modal. Sign-in, switch user and the idle lock (the application installs them). Help → User guide and F1 (ui/help.py).</extracomment>
        <translation>Основная панель инструментов</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n дело</numerusform>
            <numerusform>%n дела</numerusform>
            <numerusform>%n дел</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot open the case</source>
        <translation>Не удается открыть дело</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>Открыть дело</translation>
    </message>
    <message>
        <source>Case reference (for example EXP/2026/00042):</source>
        <translation>Номер дела (например, EXP/2026/00042):</translation>
    </message>
    <message>
        <source>Case not found</source>
        <translation>Дело не найдено</translation>
    </message>
    <message>
        <source>Assessment open</source>
        <translation>Оценка открыта</translation>
    </message>
    <message>
        <source>The assessment of %1 is open. Save and close it before you edit the application, then open the assessment again.</source>
        <translation>Оценка дела %1 открыта. Сохраните и закройте ее, прежде чем изменять заявление, а затем снова откройте оценку.</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>Недоступно</translation>
    </message>
    <message>
        <source>The application form could not be loaded: %1</source>
        <translation>Не удалось загрузить форму заявления: %1</translation>
    </message>
    <message>
        <source>Cannot open the assessment</source>
        <translation>Не удается открыть оценку</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Открыть базу данных</translation>
    </message>
    <message>
        <source>ATT Desktop databases (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>Базы данных ATT Desktop (*.sqlite3 *.sqlite *.db);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Database upgraded</source>
        <translation>База данных обновлена</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Не удается открыть базу данных</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Открытие %1…</translation>
    </message>
    <message>
        <source>Opening the database</source>
        <translation>Открытие базы данных</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>База данных: %1</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Заблокировано</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>The language was changed to %1. It applies the next time you start %2.</source>
        <translation>Язык изменен на %1. Изменение вступит в силу при следующем запуске %2.</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>Настройки не сохранены</translation>
    </message>
    <message>
        <source>Your settings could not be saved: %1</source>
        <translation>Не удалось сохранить настройки: %1</translation>
    </message>
    <message>
        <source>Only the national focal point builds the annual report.</source>
        <extracomment>The window attribute that holds it (``window.action_new``). Dotted path from the window to a callable taking no argument, looked up when triggered (``&quot;committee.open_sessions&quot;``, ``&quot;sessions.switch_user&quot;``). Offered to whoever holds any one of these permissions; () offers it to everyone. The tooltip of a greyed-out action: who may use it. Hidden (rather than greyed out) from those who are not offered it. Shown only once a sign-in is installed (the account actions). Enabled only while someone is signed in (not while the workstation is locked). The translation context holding ``text`` and ``tooltip``. Window attribute: a mapping of its actions, in order. A separator line in a menu or the toolbar. The window attribute that holds the menu, if the window needs it.</extracomment>
        <translation>Ежегодный доклад составляет только национальный координатор.</translation>
    </message>
    <message>
        <source>Only the national focal point builds the national and Wassenaar reports.</source>
        <translation>Национальный доклад и доклад по Вассенаарским договоренностям составляет только национальный координатор.</translation>
    </message>
    <message>
        <source>Only a licensing officer or the national focal point records shipments and imports.</source>
        <translation>Отгрузки и импорт регистрирует только специалист по лицензированию или национальный координатор.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;New application…</source>
        <translation>&amp;Новое заявление…</translation>
    </message>
    <message>
        <source>Register a new application (Ctrl+N)</source>
        <translation>Зарегистрировать новое заявление (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Open case…</source>
        <translation>&amp;Открыть дело…</translation>
    </message>
    <message>
        <source>Open a case by its reference (Ctrl+O)</source>
        <translation>Открыть дело по номеру (Ctrl+O)</translation>
    </message>
    <message>
        <source>Open &amp;database…</source>
        <translation>Открыть &amp;базу данных…</translation>
    </message>
    <message>
        <source>Connect to a database &amp;server…</source>
        <translation>Подключиться к &amp;серверу базы данных…</translation>
    </message>
    <message>
        <source>Open a database file or a shared PostgreSQL server, after testing it</source>
        <translation>Открыть файл базы данных или общий сервер PostgreSQL после проверки подключения</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Найти</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>&amp;Clear filters</source>
        <translation>&amp;Сбросить фильтры</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>&amp;Дело</translation>
    </message>
    <message>
        <source>&amp;Edit case…</source>
        <translation>&amp;Изменить дело…</translation>
    </message>
    <message>
        <source>Add &amp;document…</source>
        <translation>Добавить &amp;документ…</translation>
    </message>
    <message>
        <source>&amp;Assess…</source>
        <translation>&amp;Оценить…</translation>
    </message>
    <message>
        <source>Open the assessment of the selected case (Ctrl+Shift+A)</source>
        <translation>Открыть оценку выбранного дела (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>C&amp;omplete assessment</source>
        <translation>&amp;Завершить оценку</translation>
    </message>
    <message>
        <source>&amp;Submit to the committee…</source>
        <translation>&amp;Передать в комиссию…</translation>
    </message>
    <message>
        <source>Licence &amp;follow-up…</source>
        <translation>Последующий &amp;контроль лицензий…</translation>
    </message>
    <message>
        <source>Delivery verification certificates, verification visits and assurances of every licence (Ctrl+Shift+U)</source>
        <translation>Сертификаты подтверждения доставки, проверочные визиты и заверения по всем лицензиям (Ctrl+Shift+U)</translation>
    </message>
    <message>
        <source>Assessmen&amp;t</source>
        <translation>&amp;Оценка</translation>
    </message>
    <message>
        <source>Article 7(7) &amp;reassessment…</source>
        <translation>&amp;Повторная оценка (статья 7(7))…</translation>
    </message>
    <message>
        <source>&amp;Embargo reference data…</source>
        <translation>&amp;Справочные данные об эмбарго…</translation>
    </message>
    <message>
        <source>&amp;Denials notified by other States…</source>
        <translation>&amp;Уведомления об отказах других государств…</translation>
    </message>
    <message>
        <source>&amp;UN sanctions list and hits…</source>
        <translation>Са&amp;нкционный перечень ООН и совпадения…</translation>
    </message>
    <message>
        <source>Destination &amp;files…</source>
        <translation>&amp;Досье стран назначения…</translation>
    </message>
    <message>
        <source>Diversion and breach &amp;incidents…</source>
        <translation>&amp;Инциденты перенаправления и нарушений…</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>О&amp;тчеты</translation>
    </message>
    <message>
        <source>&amp;Annual report…</source>
        <translation>&amp;Ежегодный доклад…</translation>
    </message>
    <message>
        <source>Na&amp;tional report on licence decisions…</source>
        <translation>&amp;Национальный доклад о решениях по лицензиям…</translation>
    </message>
    <message>
        <source>&amp;Wassenaar Arrangement report…</source>
        <translation>Доклад по &amp;Вассенаарским договоренностям…</translation>
    </message>
    <message>
        <source>U&amp;N Register of Conventional Arms report…</source>
        <translation>Док&amp;лад в Регистр обычных вооружений ООН…</translation>
    </message>
    <message>
        <source>&amp;EU annual report on arms exports…</source>
        <translation>Ежегодный доклад &amp;ЕС об экспорте вооружений…</translation>
    </message>
    <message>
        <source>Reporting &amp;calendar…</source>
        <translation>&amp;Календарь отчетности…</translation>
    </message>
    <message>
        <source>Record a &amp;shipment…</source>
        <translation>Зарегистрировать &amp;отгрузку…</translation>
    </message>
    <message>
        <source>Import shipments from a c&amp;ustoms file…</source>
        <translation>&amp;Импорт отгрузок из таможенного файла…</translation>
    </message>
    <message>
        <source>&amp;Imports: authorisations and actual imports…</source>
        <translation>Импорт: &amp;разрешения и фактический импорт…</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Настройки</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>&amp;Authority…</source>
        <translation>&amp;Орган…</translation>
    </message>
    <message>
        <source>The authority&apos;s name, letterhead and signatory on every document</source>
        <translation>Наименование органа, шапка бланка и подписант на каждом документе</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Руководство пользователя</translation>
    </message>
    <message>
        <source>The user guide, at the section for where you are (F1)</source>
        <translation>Руководство пользователя, открытое на разделе для текущего окна (F1)</translation>
    </message>
    <message>
        <source>&amp;About %1</source>
        <translation>&amp;О программе %1</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>О &amp;Qt</translation>
    </message>
</context>
<context>
    <name>MandateDialog</name>
    <message>
        <source>Mandate of %1</source>
        <translation>Мандат: %1</translation>
    </message>
    <message>
        <source>Phone, e-mail</source>
        <translation>Телефон, эл. почта</translation>
    </message>
    <message>
        <source>One question per line</source>
        <translation>По одному вопросу в строке</translation>
    </message>
    <message>
        <source>&amp;Mandate:</source>
        <translation>&amp;Мандат:</translation>
    </message>
    <message>
        <source>Contact &amp;person:</source>
        <translation>&amp;Контактное лицо:</translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation>К&amp;онтакты:</translation>
    </message>
    <message>
        <source>&amp;Questions it answers:</source>
        <translation>&amp;Вопросы, на которые отвечает:</translation>
    </message>
</context>
<context>
    <name>MatchCard</name>
    <message>
        <source>Party screened</source>
        <extracomment>The follow-ups an officer can record, per effect the screen could not settle alone. The follow-ups that need the committee&apos;s evidence (reference, date) to clear a match. Runs the service&apos;s screen as at a date and merges it into the given answers.</extracomment>
        <translation>Проверенная сторона</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Правовое основание</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Охват</translation>
    </message>
    <message>
        <source>in force</source>
        <translation>действует</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Даты</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Пояснение</translation>
    </message>
    <message>
        <source>Why: the committee&apos;s reply, the end use, the region…</source>
        <translation>Почему: ответ комитета, конечное использование, регион…</translation>
    </message>
    <message>
        <source>Officer&apos;s confirmation</source>
        <translation>Подтверждение специалиста</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>Обоснование</translation>
    </message>
    <message>
        <source>The sanctions committee&apos;s reference, e.g. S/AC.47/2026/OC.3</source>
        <translation>Номер комитета по санкциям, напр. S/AC.47/2026/OC.3</translation>
    </message>
    <message>
        <source>not stated in the embargo entry: record when no objection had been received</source>
        <translation>не указан в записи об эмбарго: укажите дату, к которой возражений не поступило</translation>
    </message>
    <message>
        <source>%1 day(s) after the notification</source>
        <translation>через %1 дн. после уведомления</translation>
    </message>
    <message>
        <source>Committee reference</source>
        <translation>Номер комитета</translation>
    </message>
    <message>
        <source>Date of approval or notification</source>
        <translation>Дата одобрения или уведомления</translation>
    </message>
    <message>
        <source>Waiting period</source>
        <translation>Срок ожидания</translation>
    </message>
    <message>
        <source>No objection received by</source>
        <translation>Возражений не поступило до</translation>
    </message>
</context>
<context>
    <name>MeasureCard</name>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Why it does or does not reduce this risk</source>
        <translation>Почему снижает или не снижает этот риск</translation>
    </message>
    <message>
        <source>Why a measure of this kind can address this risk (authority policy)</source>
        <translation>Почему мера такого вида может устранять этот риск (политика органа)</translation>
    </message>
    <message>
        <source>Measure %1</source>
        <translation>Мера %1</translation>
    </message>
    <message>
        <source>What is agreed, with whom, and how it is verified</source>
        <translation>Что согласовано, с кем и как проверяется</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Риск</translation>
    </message>
    <message>
        <source>Reliably reduces this risk?</source>
        <translation>Надежно снижает этот риск?</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Почему</translation>
    </message>
    <message>
        <source>How the measure works and is verified</source>
        <translation>Как мера действует и проверяется</translation>
    </message>
    <message>
        <source>Remove this measure</source>
        <translation>Удалить эту меру</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Risks addressed, judged one by one</source>
        <translation>Риски, на которые направлена мера (оцениваются по отдельности)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message>
        <source>A measure of this kind is not one the treaty names against this risk (Article 7(2), 11(2)). Your authority allows it to count on your stated reason: give it below.</source>
        <translation>Мера такого вида не названа в Договоре в отношении этого риска (статьи 7(2), 11(2)). Ваш орган разрешает учитывать ее при указании причины: укажите ее ниже.</translation>
    </message>
    <message>
        <source>A measure of this kind cannot lower this risk (Article 7(2), 11(2)): it will not be counted.</source>
        <translation>Мера такого вида не может снизить этот риск (статьи 7(2), 11(2)): она не будет учтена.</translation>
    </message>
    <message>
        <source>Carried over from one judgement for the whole measure: confirm it for this risk.</source>
        <translation>Перенесено из общей оценки всей меры: подтвердите для этого риска.</translation>
    </message>
</context>
<context>
    <name>MissingAnswers</name>
    <message>
        <source>Article 6(1) embargo screen</source>
        <extracomment>The domain catalogue&apos;s English words, marked for lupdate (a test checks they agree).</extracomment>
        <translation>Статья 6(1): проверка на эмбарго</translation>
    </message>
    <message>
        <source>Article 6(2) other international obligations</source>
        <translation>Статья 6(2): другие международные обязательства</translation>
    </message>
    <message>
        <source>Article 6(3) knowledge of atrocity crimes</source>
        <translation>Статья 6(3): осведомленность о злодеяниях</translation>
    </message>
    <message>
        <source>Article 6(1) embargo {name}</source>
        <translation>Статья 6(1): эмбарго {name}</translation>
    </message>
    <message>
        <source>Article 7(1)(a) peace and security</source>
        <translation>Статья 7(1)(a): мир и безопасность</translation>
    </message>
    <message>
        <source>Article 7(1)(b)(i) international humanitarian law</source>
        <translation>Статья 7(1)(b)(i): международное гуманитарное право</translation>
    </message>
    <message>
        <source>Article 7(1)(b)(ii) international human rights law</source>
        <translation>Статья 7(1)(b)(ii): международное право прав человека</translation>
    </message>
    <message>
        <source>Article 7(1)(b)(iii) terrorism</source>
        <translation>Статья 7(1)(b)(iii): терроризм</translation>
    </message>
    <message>
        <source>Article 7(1)(b)(iv) transnational organised crime</source>
        <translation>Статья 7(1)(b)(iv): транснациональная организованная преступность</translation>
    </message>
    <message>
        <source>GBV flowchart step 1, prevalent GBV/VAWC</source>
        <translation>Схема ГН, шаг 1: распространенные ГН/НЖД</translation>
    </message>
    <message>
        <source>GBV flowchart step 2, seriousness</source>
        <translation>Схема ГН, шаг 2: серьезность</translation>
    </message>
    <message>
        <source>GBV flowchart step 3, preventive action</source>
        <translation>Схема ГН, шаг 3: меры предупреждения</translation>
    </message>
    <message>
        <source>GBV flowchart, risk before mitigation</source>
        <translation>Схема ГН: риск до снижения</translation>
    </message>
    <message>
        <source>GBV flowchart step 5, mitigation</source>
        <translation>Схема ГН, шаг 5: снижение риска</translation>
    </message>
    <message>
        <source>GBV flowchart step 4, overriding risk</source>
        <translation>Схема ГН, шаг 4: преобладающий риск</translation>
    </message>
    <message>
        <source>Article 11 diversion, manufacture</source>
        <translation>Статья 11, перенаправление: производство</translation>
    </message>
    <message>
        <source>Article 11 diversion, before transfer</source>
        <translation>Статья 11, перенаправление: до передачи</translation>
    </message>
    <message>
        <source>Article 11 diversion, in transit</source>
        <translation>Статья 11, перенаправление: в пути</translation>
    </message>
    <message>
        <source>Article 11 diversion, post-delivery storage</source>
        <translation>Статья 11, перенаправление: хранение после доставки</translation>
    </message>
    <message>
        <source>Article 11 diversion, end use</source>
        <translation>Статья 11, перенаправление: конечное использование</translation>
    </message>
    <message>
        <source>Article 11 diversion, disposal</source>
        <translation>Статья 11, перенаправление: утилизация</translation>
    </message>
    <message>
        <source>Red flag: unusual routing</source>
        <translation>Тревожный признак: необычный маршрут</translation>
    </message>
    <message>
        <source>Red flag: unknown broker</source>
        <translation>Тревожный признак: неизвестный брокер</translation>
    </message>
    <message>
        <source>Red flag: items do not match the end user&apos;s needs</source>
        <translation>Тревожный признак: изделия не соответствуют потребностям конечного пользователя</translation>
    </message>
    <message>
        <source>Red flag: vague end-use information</source>
        <translation>Тревожный признак: расплывчатые сведения о конечном использовании</translation>
    </message>
    <message>
        <source>Red flag: unusual payment terms</source>
        <translation>Тревожный признак: необычные условия оплаты</translation>
    </message>
    <message>
        <source>Red flag: past diversion</source>
        <translation>Тревожный признак: прежние случаи перенаправления</translation>
    </message>
    <message>
        <source>Red flag: weak stockpile security</source>
        <translation>Тревожный признак: слабая защищенность запасов</translation>
    </message>
    <message>
        <source>Red flag: other</source>
        <translation>Тревожный признак: другое</translation>
    </message>
    <message>
        <source>Article 11 end-user certificate</source>
        <translation>Статья 11: сертификат конечного пользователя</translation>
    </message>
    <message>
        <source>Mitigation measure {name}</source>
        <translation>Мера по снижению риска {name}</translation>
    </message>
    <message>
        <source>run the screen as at the decision date</source>
        <translation>проведите проверку по состоянию на дату решения</translation>
    </message>
    <message>
        <source>the answer</source>
        <translation>ответ</translation>
    </message>
    <message>
        <source>reasoning for the answer</source>
        <translation>обоснование ответа</translation>
    </message>
    <message>
        <source>reasoning and at least one source</source>
        <translation>обоснование и хотя бы один источник</translation>
    </message>
    <message>
        <source>the prevalent types identified</source>
        <translation>выявленные распространенные виды</translation>
    </message>
    <message>
        <source>risk level before mitigation</source>
        <translation>уровень риска до снижения</translation>
    </message>
    <message>
        <source>reasoning for the finding</source>
        <translation>обоснование вывода</translation>
    </message>
    <message>
        <source>sources for the finding</source>
        <translation>источники вывода</translation>
    </message>
    <message>
        <source>confirm whether it applies</source>
        <translation>подтвердите, применяется ли оно</translation>
    </message>
    <message>
        <source>why it does not apply</source>
        <translation>почему не применяется</translation>
    </message>
    <message>
        <source>whether the linked measures reliably reduce the risk</source>
        <translation>надежно ли связанные меры снижают риск</translation>
    </message>
    <message>
        <source>reasoning for the overriding-risk determination</source>
        <translation>обоснование определения преобладающего риска</translation>
    </message>
    <message>
        <source>whether it is present</source>
        <translation>есть ли он</translation>
    </message>
    <message>
        <source>whether it was received</source>
        <translation>получен ли он</translation>
    </message>
    <message>
        <source>the risks it addresses</source>
        <translation>риски, на которые она направлена</translation>
    </message>
    <message>
        <source>whether it reliably reduces the risk</source>
        <translation>надежно ли она снижает риск</translation>
    </message>
    <message>
        <source>a measure with the same number</source>
        <translation>мера с тем же номером</translation>
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
        <translation>Для завершения оценки еще не хватает:</translation>
    </message>
    <message>
        <source>Go to this question</source>
        <translation>Перейти к этому вопросу</translation>
    </message>
</context>
<context>
    <name>MitigationPage</name>
    <message>
        <source>Consider measures that could mitigate the risks found (Article 7(2)): confidence-building measures, programmes jointly developed and agreed with the importing State, end-use assurances, re-export clauses, delivery verification. Link each measure to the risks it addresses and judge each risk on its own: does it reliably reduce this risk, and why? A measure judged unreliable changes nothing, and only the kinds the treaty names against a risk can lower it: 7(2) confidence-building measures and joint programmes for any risk, Article 11(2) assurances and verification for diversion.</source>
        <translation>Рассмотрите меры, которые могли бы снизить выявленные риски (статья 7(2)): меры укрепления доверия, программы, совместно разработанные и согласованные с государством-импортером, заверения о конечном использовании, оговорки о реэкспорте, подтверждение доставки. Свяжите каждую меру с рисками, на которые она направлена, и оцените каждый риск отдельно: надежно ли мера снижает этот риск и почему? Мера, признанная ненадежной, ничего не меняет, а снизить риск могут только меры тех видов, которые Договор называет в отношении этого риска: меры укрепления доверия и совместные программы по статье 7(2) — любой риск, заверения и проверки по статье 11(2) — риск перенаправления.</translation>
    </message>
    <message>
        <source>Add a measure</source>
        <translation>Добавить меру</translation>
    </message>
    <message>
        <source>Not offered: Article 6 prohibits this transfer (%1), and no mitigation measure can lift an Article 6 prohibition. Measures recorded here are not considered.</source>
        <translation>Не предлагается: статья 6 запрещает эту передачу (%1), и никакая мера по снижению риска не может снять запрет по статье 6. Меры, зарегистрированные здесь, не учитываются.</translation>
    </message>
</context>
<context>
    <name>MyWorkDock</name>
    <message>
        <source>My work</source>
        <extracomment>A report&apos;s item (application id 0): open that year&apos;s report submission.</extracomment>
        <translation>Мои задачи</translation>
    </message>
    <message>
        <source>Sign in to see the cases waiting for you.</source>
        <translation>Войдите, чтобы увидеть дела, ожидающие вас.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n case(s) waiting</source>
        <translation>
            <numerusform>%1: ожидает %n дело</numerusform>
            <numerusform>%1: ожидают %n дела</numerusform>
            <numerusform>%1: ожидают %n дел</numerusform>
        </translation>
    </message>
    <message>
        <source>(due %1)</source>
        <translation>(срок %1)</translation>
    </message>
</context>
<context>
    <name>NationalReportDialog</name>
    <message>
        <source>National report on licence decisions</source>
        <translation>Национальный доклад о решениях по лицензиям</translation>
    </message>
    <message>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <source>P&amp;eriod:</source>
        <translation>&amp;Период:</translation>
    </message>
    <message>
        <source>&amp;Rows:</source>
        <translation>&amp;Строки:</translation>
    </message>
    <message>
        <source>Colu&amp;mns:</source>
        <translation>Стол&amp;бцы:</translation>
    </message>
    <message>
        <source>Report c&amp;urrency:</source>
        <translation>&amp;Валюта доклада:</translation>
    </message>
    <message>
        <source>Document &amp;language:</source>
        <translation>&amp;Язык документа:</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Назначение</translation>
    </message>
    <message>
        <source>Control-list rating</source>
        <translation>Код по контрольному списку</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Критерий</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Период заканчивается раньше, чем начинается.</translation>
    </message>
    <message>
        <source>Choose at least one dimension for the rows.</source>
        <translation>Выберите хотя бы одно измерение для строк.</translation>
    </message>
    <message>
        <source>A dimension cannot be both a row and a column.</source>
        <translation>Измерение не может быть одновременно строкой и столбцом.</translation>
    </message>
    <message>
        <source>Give the report currency as a 3-letter ISO 4217 code.</source>
        <translation>Укажите валюту доклада трехбуквенным кодом ISO 4217.</translation>
    </message>
    <message>
        <source>%1: count</source>
        <translation>%1: количество</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>%1: value</source>
        <translation>%1: стоимость</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Стоимость</translation>
    </message>
    <message>
        <source>Total: count</source>
        <translation>Итого: количество</translation>
    </message>
    <message>
        <source>Total: value</source>
        <translation>Итого: стоимость</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <source>Nil report: no licence decisions in the period.</source>
        <translation>Нулевой доклад: за период решений по лицензиям нет.</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>Write a note; @username puts the case in that colleague&apos;s work queue</source>
        <extracomment>The database and the person acting, read when a button is pressed.</extracomment>
        <translation>Напишите заметку; @имя_пользователя добавляет дело в очередь задач этого коллеги</translation>
    </message>
    <message>
        <source>&amp;Add note</source>
        <translation>&amp;Добавить заметку</translation>
    </message>
    <message>
        <source>Add the note (Ctrl+Return)</source>
        <translation>Добавить заметку (Ctrl+Return)</translation>
    </message>
    <message>
        <source>&amp;Reassign case…</source>
        <translation>&amp;Передать дело…</translation>
    </message>
    <message>
        <source>Not assigned to anyone.</source>
        <translation>Ни за кем не закреплено.</translation>
    </message>
    <message>
        <source>Assigned to %1.</source>
        <translation>Закреплено за: %1.</translation>
    </message>
</context>
<context>
    <name>ObligationDialog</name>
    <message>
        <source>Licence %1 (%2): %3, due %4</source>
        <translation>Лицензия %1 (%2): %3, срок %4</translation>
    </message>
    <message>
        <source>Recei&amp;ved on:</source>
        <translation>Дата &amp;получения:</translation>
    </message>
    <message>
        <source>Certificate &amp;reference:</source>
        <translation>&amp;Номер сертификата:</translation>
    </message>
    <message>
        <source>&amp;Visited on:</source>
        <translation>&amp;Дата визита:</translation>
    </message>
    <message>
        <source>Visited &amp;by:</source>
        <translation>&amp;Кто посетил:</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Результат:</translation>
    </message>
    <message>
        <source>What was &amp;found:</source>
        <translation>&amp;Что выявлено:</translation>
    </message>
    <message>
        <source>Report &amp;reference:</source>
        <translation>Номер &amp;отчета:</translation>
    </message>
    <message>
        <source>&amp;Checked on:</source>
        <translation>Д&amp;ата проверки:</translation>
    </message>
    <message>
        <source>&amp;Evidence (reference):</source>
        <translation>Подт&amp;верждение (номер):</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>Пр&amp;имечание:</translation>
    </message>
    <message>
        <source>&amp;Why is it waived?</source>
        <translation>Поч&amp;ему снимается?</translation>
    </message>
    <message>
        <source>&amp;Licence:</source>
        <translation>&amp;Лицензия:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <source>&amp;Due (or planned) on:</source>
        <translation>&amp;Срок (или плановая дата):</translation>
    </message>
    <message>
        <source>What to &amp;check:</source>
        <translation>Что &amp;проверить:</translation>
    </message>
    <message>
        <source>Who is to &amp;visit:</source>
        <translation>&amp;Кто посетит:</translation>
    </message>
    <message>
        <source>&amp;Where:</source>
        <translation>&amp;Где:</translation>
    </message>
    <message>
        <source>Delivery verification certificate received</source>
        <translation>Получен сертификат подтверждения доставки</translation>
    </message>
    <message>
        <source>Verification visit: result</source>
        <translation>Проверочный визит: результат</translation>
    </message>
    <message>
        <source>Assurance checked</source>
        <translation>Заверение проверено</translation>
    </message>
    <message>
        <source>Waive a follow-up obligation</source>
        <translation>Снять обязательство последующего контроля</translation>
    </message>
    <message>
        <source>Add a follow-up obligation</source>
        <translation>Добавить обязательство последующего контроля</translation>
    </message>
    <message>
        <source>Record &amp;certificate</source>
        <translation>&amp;Зарегистрировать сертификат</translation>
    </message>
    <message>
        <source>Record v&amp;isit</source>
        <translation>&amp;Зарегистрировать визит</translation>
    </message>
    <message>
        <source>Record c&amp;heck</source>
        <translation>&amp;Зарегистрировать проверку</translation>
    </message>
    <message>
        <source>W&amp;aive</source>
        <translation>&amp;Снять</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Добавить</translation>
    </message>
    <message>
        <source>This case has no licence to follow up.</source>
        <translation>По этому делу нет лицензии для последующего контроля.</translation>
    </message>
</context>
<context>
    <name>ObligationModel</name>
    <message>
        <source>Due</source>
        <extracomment>Columns and the service&apos;s sort key for each (&quot;&quot; when the column cannot be sorted on).</extracomment>
        <translation>Срок</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Лицензия</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Назначение</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
</context>
<context>
    <name>ObligationsPanel</name>
    <message>
        <source>Certificate &amp;received…</source>
        <extracomment>Something was recorded on the obligations of this case (its id). Double click in the register: open this case.</extracomment>
        <translation>&amp;Сертификат получен…</translation>
    </message>
    <message>
        <source>&amp;Visit result…</source>
        <translation>&amp;Результат визита…</translation>
    </message>
    <message>
        <source>Assurance c&amp;hecked…</source>
        <translation>&amp;Заверение проверено…</translation>
    </message>
    <message>
        <source>&amp;Waive…</source>
        <translation>С&amp;нять…</translation>
    </message>
    <message>
        <source>&amp;Add obligation or visit…</source>
        <translation>&amp;Добавить обязательство…</translation>
    </message>
    <message>
        <source>Record as &amp;incident…</source>
        <translation>Оформить &amp;инцидент…</translation>
    </message>
    <message>
        <source>Open a new diversion or breach incident for this licence, with the visit&apos;s findings: it puts the licence up for reassessment (Article 7(7)).</source>
        <translation>Открыть новый инцидент незаконного перенаправления или нарушения по этой лицензии с выводами визита: лицензия будет включена в список на повторную оценку (статья 7(7)).</translation>
    </message>
    <message>
        <source>No follow-up obligations yet. A delivery verification certificate is added with each shipment when the licence calls for one; add others below.</source>
        <translation>Обязательств последующего контроля пока нет. Сертификат подтверждения доставки добавляется с каждой отгрузкой, если этого требует лицензия; другие обязательства добавьте ниже.</translation>
    </message>
    <message>
        <source>Only a licensing officer or the focal point records this.</source>
        <translation>Это регистрирует только специалист по лицензированию или координатор.</translation>
    </message>
</context>
<context>
    <name>OpinionDialog</name>
    <message>
        <source>Opinion on %1</source>
        <translation>Заключение по делу %1</translation>
    </message>
    <message>
        <source>%1 gives the opinion of %2.</source>
        <translation>%1 дает заключение от имени: %2.</translation>
    </message>
    <message>
        <source>no agency</source>
        <translation>без ведомства</translation>
    </message>
    <message>
        <source>Why: the facts and sources your agency relies on</source>
        <translation>Почему: факты и источники, на которые опирается ваше ведомство</translation>
    </message>
    <message>
        <source>Conditions, one per line (e.g. post-shipment verification)</source>
        <translation>Условия, по одному в строке (напр. проверка после поставки)</translation>
    </message>
    <message>
        <source>Opinion:</source>
        <translation>Заключение:</translation>
    </message>
    <message>
        <source>&amp;Reasons:</source>
        <translation>&amp;Обоснование:</translation>
    </message>
    <message>
        <source>&amp;Conditions:</source>
        <translation>&amp;Условия:</translation>
    </message>
    <message>
        <source>The assessment under review:</source>
        <translation>Рассматриваемая оценка:</translation>
    </message>
    <message>
        <source>This case has no assessment yet.</source>
        <translation>По этому делу оценки пока нет.</translation>
    </message>
    <message>
        <source>Revision %1, %2</source>
        <translation>Редакция %1, %2</translation>
    </message>
    <message>
        <source>Recommendation: %1</source>
        <translation>Рекомендация: %1</translation>
    </message>
    <message>
        <source>Choose an opinion.</source>
        <translation>Выберите заключение.</translation>
    </message>
</context>
<context>
    <name>Ops</name>
    <message>
        <source>Something unexpected went wrong, and this action was not completed. The details were written to the log; please tell your administrator.</source>
        <extracomment>What the op disables while it runs (and gives back its previous state afterwards). Ops that have not delivered yet. Ops until their thread has ended: a worker must outlive the window that started it (a QThread destroyed while it runs aborts the program).</extracomment>
        <translation>Произошла непредвиденная ошибка, и действие не выполнено. Подробности записаны в журнал; сообщите администратору.</translation>
    </message>
</context>
<context>
    <name>PartiesEditor</name>
    <message>
        <source>Role</source>
        <extracomment>A party row as typed: role, type, name, country text, address, and the number of the row it acts for (&quot;&quot; if none). Used to move rows and to tell whether anything changed. The row of the government this consignee acts for (followed when rows move).</extracomment>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Acts for</source>
        <translation>От имени</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Стороны</translation>
    </message>
    <message>
        <source>Add part&amp;y</source>
        <translation>&amp;Добавить сторону</translation>
    </message>
    <message>
        <source>Re&amp;move party</source>
        <translation>&amp;Удалить сторону</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Вверх</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>В&amp;низ</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not in the list of countries; choose one from the list</source>
        <translation>«%1» нет в списке стран; выберите страну из списка</translation>
    </message>
    <message>
        <source>Party %1: role</source>
        <translation>Сторона %1: роль</translation>
    </message>
    <message>
        <source>Party %1: type</source>
        <translation>Сторона %1: тип</translation>
    </message>
    <message>
        <source>Party %1: name</source>
        <translation>Сторона %1: наименование</translation>
    </message>
    <message>
        <source>Party %1: country</source>
        <translation>Сторона %1: страна</translation>
    </message>
    <message>
        <source>Party %1: address</source>
        <translation>Сторона %1: адрес</translation>
    </message>
    <message>
        <source>Party %1: acts for</source>
        <translation>Сторона %1: от имени</translation>
    </message>
    <message>
        <source>Party %1</source>
        <translation>Сторона %1</translation>
    </message>
    <message>
        <source>Name of the party</source>
        <translation>Наименование стороны</translation>
    </message>
    <message>
        <source>For a commercial consignee importing for a government end user of this case: the Article 6 screen then treats it as that government.</source>
        <translation>Для коммерческого грузополучателя, импортирующего для государственного конечного пользователя по этому делу: при проверке по статье 6 он тогда рассматривается как это государство.</translation>
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
        <translation>&amp;Открыть</translation>
    </message>
</context>
<context>
    <name>ReassessmentDialog</name>
    <message>
        <source>Article 7(7) reassessment of valid licences</source>
        <translation>Повторная оценка действующих лицензий (статья 7(7))</translation>
    </message>
    <message>
        <source>When an embargo is imposed or new information about a destination is recorded, every valid licence it concerns is listed here. Reassess each one, possibly after consulting the importing State, and record what you decided: the licence stands, or is suspended, revoked or amended. Every step is kept in the licence&apos;s history. A licence that an embargo now prohibits cannot stand.</source>
        <translation>При введении эмбарго или регистрации новой информации о стране назначения здесь перечисляются все затронутые действующие лицензии. Проведите повторную оценку каждой — при необходимости после консультаций с государством-импортером — и зарегистрируйте решение: лицензия остается в силе, приостанавливается, аннулируется или изменяется. Каждый шаг сохраняется в истории лицензии. Лицензия, которую теперь запрещает эмбарго, не может оставаться в силе.</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Лицензия</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Назначение</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Действует до</translation>
    </message>
    <message>
        <source>Why it is listed</source>
        <translation>Причина включения</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>&amp;Embargo data…</source>
        <translation>Данные об &amp;эмбарго…</translation>
    </message>
    <message>
        <source>Amended terms</source>
        <translation>Измененные условия</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Поз.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Record the &amp;amendment</source>
        <translation>Зарегистрировать &amp;изменение</translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation>Действует до:</translation>
    </message>
    <message>
        <source>Quantities:</source>
        <translation>Количества:</translation>
    </message>
    <message>
        <source>Conditions (one per line):</source>
        <translation>Условия (по одному в строке):</translation>
    </message>
    <message>
        <source>Reassess the selected licence</source>
        <translation>Повторная оценка выбранной лицензии</translation>
    </message>
    <message>
        <source>Your conclusion and its reasons (what the new information changes, whom you consulted). It is kept as the reason of the step you record.</source>
        <translation>Ваш вывод и его причины (что меняет новая информация, с кем вы консультировались). Сохраняется как причина регистрируемого шага.</translation>
    </message>
    <message>
        <source>&amp;Conclusion and reasons:</source>
        <translation>&amp;Вывод и причины:</translation>
    </message>
    <message>
        <source>Licence &amp;stands</source>
        <translation>Лицензия оста&amp;ется в силе</translation>
    </message>
    <message>
        <source>S&amp;uspend</source>
        <translation>&amp;Приостановить</translation>
    </message>
    <message>
        <source>Re&amp;voke</source>
        <translation>&amp;Аннулировать</translation>
    </message>
    <message>
        <source>&amp;Amend…</source>
        <translation>И&amp;зменить…</translation>
    </message>
    <message>
        <source>I confirm the revocation: a revoked licence cannot be reinstated</source>
        <translation>Подтверждаю аннулирование: аннулированную лицензию нельзя восстановить</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>History of the licence:</source>
        <translation>История лицензии:</translation>
    </message>
    <message>
        <source>Record new information about a destination</source>
        <translation>Зарегистрировать новую информацию о стране назначения</translation>
    </message>
    <message>
        <source>e.g. UN report of abuses by the receiving unit, or a coup d&apos;état</source>
        <translation>напр. доклад ООН о нарушениях со стороны подразделения-получателя или государственный переворот</translation>
    </message>
    <message>
        <source>Source: title, date, reference</source>
        <translation>Источник: название, дата, номер</translation>
    </message>
    <message>
        <source>Record &amp;information</source>
        <translation>Зарегистрировать ин&amp;формацию</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>&amp;Государство:</translation>
    </message>
    <message>
        <source>&amp;Information:</source>
        <translation>&amp;Сведения:</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>Исто&amp;чник:</translation>
    </message>
    <message>
        <source>Your conclusion or information is not recorded yet. Record it, or close again to discard it.</source>
        <translation>Ваш вывод или информация еще не зарегистрированы. Зарегистрируйте их или закройте окно еще раз, чтобы отказаться от них.</translation>
    </message>
    <message>
        <source>EMBARGO — suspend or revoke.</source>
        <translation>ЭМБАРГО — приостановите или аннулируйте.</translation>
    </message>
    <message>
        <source>%1 valid licence(s) to reassess as at %2.</source>
        <translation>Действующих лицензий на повторную оценку по состоянию на %2: %1.</translation>
    </message>
    <message>
        <source>No valid licence needs reassessing as at %1.</source>
        <translation>По состоянию на %1 ни одна действующая лицензия не требует повторной оценки.</translation>
    </message>
    <message>
        <source>Select a licence in the list.</source>
        <translation>Выберите лицензию в списке.</translation>
    </message>
    <message>
        <source>Licence %1 (%2), version %3, %4.</source>
        <translation>Лицензия %1 (%2), версия %3, %4.</translation>
    </message>
    <message>
        <source>An embargo now prohibits this transfer (Article 6): it cannot stand and no mitigation lifts it. Suspend or revoke it and stop further shipments.</source>
        <translation>Эмбарго теперь запрещает эту передачу (статья 6): лицензия не может оставаться в силе, и никакие меры по снижению риска этого не изменят. Приостановите или аннулируйте ее и прекратите дальнейшие отгрузки.</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>действует</translation>
    </message>
    <message>
        <source>suspended</source>
        <translation>приостановлена</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>аннулирована</translation>
    </message>
    <message>
        <source>Write your conclusion and its reasons first: they are kept.</source>
        <translation>Сначала напишите вывод и его причины: они сохраняются.</translation>
    </message>
    <message>
        <source>Licence %1 is %2 and no longer needs reassessing.</source>
        <translation>Лицензия %1: %2; повторная оценка больше не требуется.</translation>
    </message>
    <message>
        <source>Not recorded: %1</source>
        <translation>Не зарегистрировано: %1</translation>
    </message>
    <message>
        <source>Recorded: licence %1 stands.</source>
        <translation>Зарегистрировано: лицензия %1 остается в силе.</translation>
    </message>
    <message>
        <source>Tick the confirmation first: a revocation cannot be undone.</source>
        <translation>Сначала отметьте подтверждение: аннулирование нельзя отменить.</translation>
    </message>
    <message>
        <source>Recorded: licence %1 is now %2.</source>
        <translation>Зарегистрировано: лицензия %1 теперь %2.</translation>
    </message>
    <message>
        <source>Line %1: %2 is not a number.</source>
        <translation>Позиция %1: «%2» не является числом.</translation>
    </message>
    <message>
        <source>Recorded: licence %1 amended.</source>
        <translation>Зарегистрировано: лицензия %1 изменена.</translation>
    </message>
    <message>
        <source>The information was not recorded: %1</source>
        <translation>Информация не зарегистрирована: %1</translation>
    </message>
    <message>
        <source>Information recorded; %1 valid licence(s) concern that State.</source>
        <translation>Информация зарегистрирована; действующих лицензий, касающихся этого государства: %1.</translation>
    </message>
</context>
<context>
    <name>ReassignDialog</name>
    <message>
        <source>Reassign %1</source>
        <translation>Передать дело %1</translation>
    </message>
    <message>
        <source>e.g. officer transferred to another post</source>
        <translation>напр. специалист переведен на другую должность</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Кому:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Причина:</translation>
    </message>
    <message>
        <source>Choose the colleague who takes the case over.</source>
        <translation>Выберите коллегу, который примет дело.</translation>
    </message>
</context>
<context>
    <name>RecordRequestDialog</name>
    <message>
        <source>Record a change request</source>
        <translation>Регистрация запроса на изменение</translation>
    </message>
    <message>
        <source>The new end use or location, in words</source>
        <translation>Новое конечное использование или местонахождение (словами)</translation>
    </message>
    <message>
        <source>Licensed item</source>
        <translation>Изделие по лицензии</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>One document per line (title or reference)</source>
        <translation>По одному документу в строке (название или номер)</translation>
    </message>
    <message>
        <source>&amp;Licence:</source>
        <translation>&amp;Лицензия:</translation>
    </message>
    <message>
        <source>&amp;Request:</source>
        <translation>&amp;Запрос:</translation>
    </message>
    <message>
        <source>Asked &amp;by:</source>
        <translation>&amp;Кто запросил:</translation>
    </message>
    <message>
        <source>Recei&amp;ved on:</source>
        <translation>Дата &amp;получения:</translation>
    </message>
    <message>
        <source>New &amp;country:</source>
        <translation>Новая &amp;страна:</translation>
    </message>
    <message>
        <source>New &amp;end user:</source>
        <translation>&amp;Новый конечный пользователь:</translation>
    </message>
    <message>
        <source>New end use or l&amp;ocation:</source>
        <translation>Новое конечное использование или &amp;местонахождение:</translation>
    </message>
    <message>
        <source>&amp;Items concerned:</source>
        <translation>Затронутые &amp;изделия:</translation>
    </message>
    <message>
        <source>&amp;Justification:</source>
        <translation>&amp;Обоснование:</translation>
    </message>
    <message>
        <source>Docu&amp;ments:</source>
        <translation>&amp;Документы:</translation>
    </message>
    <message>
        <source>(licensed: %1)</source>
        <translation>(по лицензии: %1)</translation>
    </message>
    <message>
        <source>Type each quantity as a number, e.g. 10 or 2.5.</source>
        <translation>Вводите каждое количество числом, например 10 или 2.5.</translation>
    </message>
</context>
<context>
    <name>RegisterFilters</name>
    <message>
        <source>Search reference, exporter, end user…</source>
        <translation>Поиск по номеру, экспортеру, конечному пользователю…</translation>
    </message>
    <message>
        <source>Year the application was received</source>
        <translation>Год получения заявления</translation>
    </message>
    <message>
        <source>Case status</source>
        <translation>Статус дела</translation>
    </message>
    <message>
        <source>Final importing State</source>
        <translation>Конечное государство-импортер</translation>
    </message>
    <message>
        <source>ATT category of any line item</source>
        <translation>Категория ДТО любой позиции</translation>
    </message>
    <message>
        <source>Exporter or applicant</source>
        <translation>Экспортер или заявитель</translation>
    </message>
    <message>
        <source>Transfer type</source>
        <translation>Вид передачи</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Сбросить</translation>
    </message>
    <message>
        <source>Show every case again</source>
        <translation>Снова показать все дела</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Все годы</translation>
    </message>
    <message>
        <source>All destinations</source>
        <translation>Все назначения</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Все категории</translation>
    </message>
    <message>
        <source>All exporters</source>
        <translation>Все экспортеры</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <source>All transfer types</source>
        <translation>Все виды передачи</translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <source>Could not read this case: %1</source>
        <extracomment>The case&apos;s database id, for opening it. At most this many pages stay in memory (5,000 rows). Pages that could not be read, with the reason (kept until the next reset). How many pages were fetched since the last reset (benchmarks and tests read it).</extracomment>
        <translation>Не удалось прочитать это дело: %1</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Exporter / applicant</source>
        <translation>Экспортер / заявитель</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Назначение</translation>
    </message>
    <message>
        <source>End user</source>
        <translation>Конечный пользователь</translation>
    </message>
    <message>
        <source>ATT categories</source>
        <translation>Категории ДТО</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Стоимость</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Получено</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>The line items are valued in different currencies.</source>
        <translation>Позиции оценены в разных валютах.</translation>
    </message>
</context>
<context>
    <name>ReportBuilder</name>
    <message>
        <source>Category / sub-category</source>
        <translation>Категория / подкатегория</translation>
    </message>
    <message>
        <source>Final importing State</source>
        <translation>Конечное государство-импортер</translation>
    </message>
    <message>
        <source>Exporting State</source>
        <translation>Государство-экспортер</translation>
    </message>
    <message>
        <source>Number of items</source>
        <translation>Количество единиц</translation>
    </message>
    <message>
        <source>Value (%1)</source>
        <translation>Стоимость (%1)</translation>
    </message>
    <message>
        <source>State of origin (if not exporter)</source>
        <translation>Государство происхождения (если не экспортер)</translation>
    </message>
    <message>
        <source>Intermediate location (if any)</source>
        <translation>Промежуточный пункт (если есть)</translation>
    </message>
    <message>
        <source>Description of item</source>
        <translation>Описание изделия</translation>
    </message>
    <message>
        <source>Comments on the transfer</source>
        <translation>Комментарии к передаче</translation>
    </message>
    <message>
        <source>Some values of this row are left out: no value recorded, or no exchange rate into the report currency. See the findings.</source>
        <translation>Некоторые значения этой строки не учтены: стоимость не указана или нет обменного курса к валюте доклада. См. замечания.</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(не указано)</translation>
    </message>
    <message>
        <source>authorised</source>
        <translation>разрешенный</translation>
    </message>
    <message>
        <source>actual</source>
        <translation>фактический</translation>
    </message>
    <message>
        <source>Exports (%1), %2</source>
        <translation>Экспорт (%1), %2</translation>
    </message>
    <message>
        <source>Imports (%1), %2</source>
        <translation>Импорт (%1), %2</translation>
    </message>
    <message>
        <source>Nil report on exports: nothing to report for %1.</source>
        <translation>Нулевой доклад по экспорту: за %1 сообщать не о чем.</translation>
    </message>
    <message>
        <source>Nil report on imports: nothing to report for %1.</source>
        <translation>Нулевой доклад по импорту: за %1 сообщать не о чем.</translation>
    </message>
    <message>
        <source>The report will include a nil report (Annex 3).</source>
        <translation>Доклад будет включать нулевой доклад (приложение 3).</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>* value incomplete (see findings)</source>
        <translation>* стоимость неполная (см. замечания)</translation>
    </message>
    <message>
        <source>Total: </source>
        <translation>Итого: </translation>
    </message>
    <message>
        <source>Choose the options, then press Preview to see this table.</source>
        <translation>Выберите параметры и нажмите «Просмотр», чтобы увидеть эту таблицу.</translation>
    </message>
</context>
<context>
    <name>ReportBuilderDialog</name>
    <message>
        <source>Annual report (Article 13(3))</source>
        <extracomment>Builds the report (``services.reporting.collect``); run on a worker thread. The application (case) id of a record to fix; the main window opens it. A file was written: its path. A preview was built (tests and the main window may listen).</extracomment>
        <translation>Ежегодный доклад (статья 13(3))</translation>
    </message>
    <message>
        <source>&amp;Open the record to fix</source>
        <extracomment>The preview being built or the file being written, if any.</extracomment>
        <translation>&amp;Открыть запись для исправления</translation>
    </message>
    <message>
        <source>Exported items per year, by category</source>
        <translation>Экспортированные единицы по годам, по категориям</translation>
    </message>
    <message>
        <source>Exported items per year, by region</source>
        <translation>Экспортированные единицы по годам, по регионам</translation>
    </message>
    <message>
        <source>E&amp;xports table</source>
        <translation>Таблица экспор&amp;та</translation>
    </message>
    <message>
        <source>I&amp;mports table</source>
        <translation>Таблица и&amp;мпорта</translation>
    </message>
    <message>
        <source>Fin&amp;dings</source>
        <translation>&amp;Замечания</translation>
    </message>
    <message>
        <source>C&amp;harts</source>
        <translation>&amp;Диаграммы</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>&amp;Просмотр</translation>
    </message>
    <message>
        <source>Allow a dra&amp;ft despite errors</source>
        <translation>Разрешить &amp;черновик, несмотря на ошибки</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Экспорт в &amp;PDF…</translation>
    </message>
    <message>
        <source>Export &amp;XLSX…</source>
        <translation>Экспорт в &amp;XLSX…</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Экспорт в &amp;CSV…</translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation>Экспорт в &amp;JSON…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>S&amp;ubmission…</source>
        <extracomment>The report as submitted: contributions, approval, the frozen copy (issue 14).</extracomment>
        <translation>П&amp;редставление…</translation>
    </message>
    <message>
        <source>Cancel the preview</source>
        <extracomment>Stops a preview being built (shown only meanwhile; files are written to the end).</extracomment>
        <translation>Отменить просмотр</translation>
    </message>
    <message>
        <source>The choices changed since the preview: press Preview again to export.</source>
        <translation>Параметры изменились после просмотра: для экспорта нажмите «Просмотр» еще раз.</translation>
    </message>
    <message numerus="yes">
        <source>Due to the ATT Secretariat by %1: %n day(s) left.</source>
        <translation>
            <numerusform>Срок представления в секретариат ДТО — %1: остался %n день.</numerusform>
            <numerusform>Срок представления в секретариат ДТО — %1: осталось %n дня.</numerusform>
            <numerusform>Срок представления в секретариат ДТО — %1: осталось %n дней.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Due to the ATT Secretariat by %1: %n day(s) overdue.</source>
        <translation>
            <numerusform>Срок представления в секретариат ДТО — %1: просрочено на %n день.</numerusform>
            <numerusform>Срок представления в секретариат ДТО — %1: просрочено на %n дня.</numerusform>
            <numerusform>Срок представления в секретариат ДТО — %1: просрочено на %n дней.</numerusform>
        </translation>
    </message>
    <message>
        <source>Annual report</source>
        <translation>Ежегодный доклад</translation>
    </message>
    <message>
        <source>Reading the records of %1…</source>
        <translation>Чтение записей за %1…</translation>
    </message>
    <message>
        <source>The preview was cancelled.</source>
        <translation>Просмотр отменен.</translation>
    </message>
    <message>
        <source>Laying out the tables…</source>
        <translation>Формирование таблиц…</translation>
    </message>
    <message>
        <source> Information withheld: the title page declares it.</source>
        <translation> Часть информации не раскрыта: это указано на титульной странице.</translation>
    </message>
    <message numerus="yes">
        <source>Preview ready: %n error(s) to fix before export.</source>
        <translation>
            <numerusform>Просмотр готов: перед экспортом нужно исправить %n ошибку.</numerusform>
            <numerusform>Просмотр готов: перед экспортом нужно исправить %n ошибки.</numerusform>
            <numerusform>Просмотр готов: перед экспортом нужно исправить %n ошибок.</numerusform>
        </translation>
    </message>
    <message>
        <source>Preview ready: no errors.</source>
        <translation>Просмотр готов: ошибок нет.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Предупреждение</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n ошибка</numerusform>
            <numerusform>%n ошибки</numerusform>
            <numerusform>%n ошибок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n предупреждение</numerusform>
            <numerusform>%n предупреждения</numerusform>
            <numerusform>%n предупреждений</numerusform>
        </translation>
    </message>
    <message>
        <source>Double-click a finding (or press Enter) to open the record to fix.</source>
        <translation>Дважды щелкните по замечанию (или нажмите Enter), чтобы открыть запись для исправления.</translation>
    </message>
    <message>
        <source>Fin&amp;dings (%1)</source>
        <translation>&amp;Замечания (%1)</translation>
    </message>
    <message>
        <source>Nothing exported in these years.</source>
        <translation>В эти годы экспорта не было.</translation>
    </message>
    <message>
        <source>Enter the %1 rate into %2 for %3, then save it and preview again.</source>
        <translation>Введите курс %1 к %2 за %3, сохраните его и снова выполните просмотр.</translation>
    </message>
    <message>
        <source>Preview the report before exporting it.</source>
        <translation>Перед экспортом выполните просмотр доклада.</translation>
    </message>
    <message>
        <source>The report has errors (see Findings). Fix them, or tick “Allow a draft despite errors” to write a draft.</source>
        <translation>В докладе есть ошибки (см. «Замечания»). Исправьте их или отметьте «Разрешить черновик, несмотря на ошибки», чтобы записать черновик.</translation>
    </message>
    <message>
        <source>Export the annual report</source>
        <translation>Экспорт ежегодного доклада</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Запись %1…</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Записано: %1</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <extracomment>``(parent, title, suggested path, filter) -&gt; chosen path or None``: tests replace it.</extracomment>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
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
        <translation>Не удалось записать %1: %2</translation>
    </message>
    <message>
        <source>The %1 file could not be written: %2
The details are in the log.</source>
        <translation>Не удалось записать файл %1: %2
Подробности — в журнале.</translation>
    </message>
    <message>
        <source>Authorised (licences issued in the year)</source>
        <translation>Разрешенный (лицензии за год)</translation>
    </message>
    <message>
        <source>Actual (shipments made in the year)</source>
        <translation>Фактический (отгрузки за год)</translation>
    </message>
    <message>
        <source>Number of items and value</source>
        <translation>Количество единиц и стоимость</translation>
    </message>
    <message>
        <source>Number of items</source>
        <translation>Количество единиц</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Стоимость</translation>
    </message>
    <message>
        <source>Include small arms for &amp;civilian end users</source>
        <translation>Включить стрелковое оружие для гра&amp;жданских пользователей</translation>
    </message>
    <message>
        <source>Add voluntary &amp;national categories</source>
        <translation>Добавить добровольные &amp;национальные категории</translation>
    </message>
    <message>
        <source>From the settings, e.g. SE</source>
        <translation>Из настроек, напр. SE</translation>
    </message>
    <message>
        <source>Add the charts annex to the PDF</source>
        <translation>Добавить в PDF приложение с диаграммами</translation>
    </message>
    <message>
        <source>Report &amp;year:</source>
        <translation>&amp;Год доклада:</translation>
    </message>
    <message>
        <source>&amp;Exports:</source>
        <translation>&amp;Экспорт:</translation>
    </message>
    <message>
        <source>&amp;Imports:</source>
        <translation>&amp;Импорт:</translation>
    </message>
    <message>
        <source>&amp;Figures:</source>
        <translation>Пок&amp;азатели:</translation>
    </message>
    <message>
        <source>Report c&amp;urrency:</source>
        <translation>&amp;Валюта доклада:</translation>
    </message>
    <message>
        <source>Reporting &amp;State:</source>
        <translation>Государ&amp;ство:</translation>
    </message>
    <message>
        <source>Contact &amp;name:</source>
        <translation>&amp;ФИО контактного лица:</translation>
    </message>
    <message>
        <source>Position:</source>
        <translation>Должность:</translation>
    </message>
    <message>
        <source>Contact &amp;organisation:</source>
        <translation>Организа&amp;ция:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Адрес:</translation>
    </message>
    <message>
        <source>Telephone:</source>
        <translation>Телефон:</translation>
    </message>
    <message>
        <source>Contact e-&amp;mail:</source>
        <translation>Э&amp;л. почта:</translation>
    </message>
    <message>
        <source>Chart &amp;years:</source>
        <translation>Год&amp;ы для диаграмм:</translation>
    </message>
    <message>
        <source>Report &amp;language:</source>
        <translation>&amp;Язык доклада:</translation>
    </message>
    <message>
        <source>Exports form may be made &amp;public</source>
        <translation>Форма по экспорту может быть &amp;опубликована</translation>
    </message>
    <message>
        <source>Imports form may be made pu&amp;blic</source>
        <translation>Форма по импорту может быть о&amp;публикована</translation>
    </message>
    <message>
        <source>Annex 2: national definitions of categories</source>
        <translation>Приложение 2: национальные определения категорий</translation>
    </message>
    <message>
        <source>How your national definition is wider than the UN Register&apos;s</source>
        <translation>Чем национальное определение шире определения Регистра ООН</translation>
    </message>
    <message>
        <source>Add definition</source>
        <translation>Добавить определение</translation>
    </message>
    <message>
        <source>Remove definition</source>
        <translation>Удалить определение</translation>
    </message>
    <message>
        <source>Cate&amp;gory:</source>
        <translation>&amp;Категория:</translation>
    </message>
    <message>
        <source>Defini&amp;tion:</source>
        <translation>Опр&amp;еделение:</translation>
    </message>
    <message>
        <source>The file was written, but the contact point and definitions were not kept for next time: %1</source>
        <translation>Файл записан, но контактные данные и определения не сохранены для следующего раза: %1</translation>
    </message>
    <message>
        <source>Exchange rates into the report currency</source>
        <translation>Обменные курсы к валюте доклада</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Rate (1 unit =)</source>
        <translation>Курс (1 ед. =)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>e.g. 0.92</source>
        <translation>напр. 0.92</translation>
    </message>
    <message>
        <source>e.g. Central bank annual average</source>
        <translation>напр. среднегодовой курс центрального банка</translation>
    </message>
    <message>
        <source>Save &amp;rate</source>
        <translation>Сохранить к&amp;урс</translation>
    </message>
    <message>
        <source>Values in other currencies are added to no total until their rate for the year is recorded.</source>
        <translation>Стоимость в других валютах не включается в итоги, пока не указан ее курс за этот год.</translation>
    </message>
    <message>
        <source>Curre&amp;ncy:</source>
        <translation>Вал&amp;юта:</translation>
    </message>
    <message>
        <source>R&amp;ate:</source>
        <translation>Обменны&amp;й курс:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Источник:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>Exchange rates</source>
        <translation>Обменные курсы</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number; write the rate like 0.92</source>
        <translation>«%1» не является числом; вводите курс в виде 0.92</translation>
    </message>
    <message>
        <source>Saved: 1 %1 = %2 %3 for %4. Preview again to use it.</source>
        <translation>Сохранено: 1 %1 = %2 %3 за %4. Чтобы применить, выполните просмотр еще раз.</translation>
    </message>
</context>
<context>
    <name>ReportingCalendarDialog</name>
    <message>
        <source>Reporting calendar</source>
        <translation>Календарь отчетности</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Не начато</translation>
    </message>
    <message>
        <source>Collecting data</source>
        <translation>Сбор данных</translation>
    </message>
    <message>
        <source>Inter-agency check</source>
        <translation>Межведомственная проверка</translation>
    </message>
    <message>
        <source>Signed off</source>
        <translation>Утверждено</translation>
    </message>
    <message>
        <source>Submitted to the ATT Secretariat</source>
        <translation>Представлен в секретариат ДТО</translation>
    </message>
    <message>
        <source>&amp;Collect data by:</source>
        <translation>&amp;Сбор данных до:</translation>
    </message>
    <message>
        <source>&amp;Inter-agency check by:</source>
        <translation>&amp;Межведомственная проверка до:</translation>
    </message>
    <message>
        <source>Si&amp;gn-off by:</source>
        <translation>&amp;Утверждение до:</translation>
    </message>
    <message>
        <source>Report &amp;year:</source>
        <translation>&amp;Год доклада:</translation>
    </message>
    <message>
        <source>&amp;Status of the report:</source>
        <translation>Ста&amp;тус доклада:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Со&amp;хранить</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>The %1 report was submitted (due %2).</source>
        <translation>Доклад за %1 представлен (срок: %2).</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left to submit the %1 report (due %2).</source>
        <translation>
            <numerusform>До представления доклада за %1 остался %n день (срок: %2).</numerusform>
            <numerusform>До представления доклада за %1 осталось %n дня (срок: %2).</numerusform>
            <numerusform>До представления доклада за %1 осталось %n дней (срок: %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %1 report is %n day(s) overdue (due %2).</source>
        <translation>
            <numerusform>Доклад за %1 просрочен на %n день (срок: %2).</numerusform>
            <numerusform>Доклад за %1 просрочен на %n дня (срок: %2).</numerusform>
            <numerusform>Доклад за %1 просрочен на %n дней (срок: %2).</numerusform>
        </translation>
    </message>
    <message>
        <source>done</source>
        <translation>выполнено</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <translation>
            <numerusform>опоздание на %n день</numerusform>
            <numerusform>опоздание на %n дня</numerusform>
            <numerusform>опоздание на %n дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>через %n день</numerusform>
            <numerusform>через %n дня</numerusform>
            <numerusform>через %n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>Collect data</source>
        <translation>Сбор данных</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>Утверждение</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <source>Urgent: %1</source>
        <translation>Срочно: %1</translation>
    </message>
    <message>
        <source>Overdue: %1</source>
        <translation>Просрочено: %1</translation>
    </message>
    <message>
        <source>Agency</source>
        <extracomment>The case changed here (submitted, decided): the window refreshes register and case. The database and the person acting, read when a button is pressed.</extracomment>
        <translation>Ведомство</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Ответ дан</translation>
    </message>
    <message>
        <source>Opinion</source>
        <translation>Заключение</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Обоснование</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Условия</translation>
    </message>
    <message>
        <source>&amp;Submit for review…</source>
        <translation>&amp;Передать в комиссию…</translation>
    </message>
    <message>
        <source>Give &amp;opinion…</source>
        <translation>Дать &amp;заключение…</translation>
    </message>
    <message>
        <source>&amp;Decide…</source>
        <translation>Принять &amp;решение…</translation>
    </message>
    <message>
        <source>This case has not been submitted to the committee.</source>
        <translation>Это дело не передавалось в комиссию.</translation>
    </message>
    <message>
        <source>the majority approves</source>
        <translation>большинство одобряет</translation>
    </message>
    <message>
        <source>the majority refuses</source>
        <translation>большинство отклоняет</translation>
    </message>
    <message>
        <source>no majority</source>
        <translation>большинства нет</translation>
    </message>
    <message>
        <source>quorum met</source>
        <translation>кворум есть</translation>
    </message>
    <message>
        <source>quorum not met</source>
        <translation>кворума нет</translation>
    </message>
    <message>
        <source>%1 of %2 agencies answered; %3 needed (%4); %5.</source>
        <translation>Ответили ведомств: %1 из %2; требуется %3 (%4); %5.</translation>
    </message>
    <message>
        <source>Waiting for: %1</source>
        <translation>Ожидаются: %1</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>Заменено</translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <source>Delivery verification certificates</source>
        <translation>Сертификаты подтверждения доставки</translation>
    </message>
    <message>
        <source> days after the shipment</source>
        <translation> дн. после отгрузки</translation>
    </message>
    <message>
        <source>&amp;Owed:</source>
        <translation>&amp;Требуется:</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>&amp;Срок:</translation>
    </message>
    <message>
        <source>Applies to shipments recorded from now on.</source>
        <translation>Применяется к отгрузкам, регистрируемым с этого момента.</translation>
    </message>
</context>
<context>
    <name>RulesTab</name>
    <message>
        <source>any case</source>
        <translation>любое дело</translation>
    </message>
    <message>
        <source>transit or trans-shipment States</source>
        <translation>государства транзита или перевалки</translation>
    </message>
    <message>
        <source>a serious GBV finding</source>
        <translation>вывод о серьезном ГН</translation>
    </message>
    <message>
        <source>a risk at a level</source>
        <translation>риск не ниже заданного уровня</translation>
    </message>
    <message>
        <source>an Article 6 concern</source>
        <translation>признаки запрета по статье 6</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Ведомство</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Почему</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Ret&amp;ire rule…</source>
        <translation>&amp;Отменить правило…</translation>
    </message>
    <message>
        <source>New rule</source>
        <translation>Новое правило</translation>
    </message>
    <message>
        <source>agency code, e.g. CUS</source>
        <translation>код ведомства, напр. CUS</translation>
    </message>
    <message>
        <source>any transfer type</source>
        <translation>любой вид передачи</translation>
    </message>
    <message>
        <source>any; or codes, e.g. BR, AR</source>
        <translation>любые; или коды, напр. BR, AR</translation>
    </message>
    <message>
        <source>why: the mandate or decree</source>
        <translation>почему: мандат или постановление</translation>
    </message>
    <message>
        <source>Add &amp;rule</source>
        <translation>Добавить &amp;правило</translation>
    </message>
    <message>
        <source>&amp;Agency:</source>
        <translation>&amp;Ведомство:</translation>
    </message>
    <message>
        <source>&amp;Transfer type:</source>
        <translation>Вид пере&amp;дачи:</translation>
    </message>
    <message>
        <source>&amp;Finding:</source>
        <translation>В&amp;ывод:</translation>
    </message>
    <message>
        <source>&amp;Destinations:</source>
        <translation>&amp;Назначения:</translation>
    </message>
    <message>
        <source>W&amp;hy:</source>
        <translation>Поч&amp;ему:</translation>
    </message>
    <message>
        <source>Sa&amp;ve due days</source>
        <translation>&amp;Сохранить сроки</translation>
    </message>
    <message>
        <source>Opinions due in (working days):</source>
        <translation>Срок заключений (рабочих дней):</translation>
    </message>
    <message>
        <source>urgent:</source>
        <translation>срочно:</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>Действует</translation>
    </message>
    <message>
        <source>No such agency yet</source>
        <translation>Такого ведомства пока нет</translation>
    </message>
    <message>
        <source>Rule added.</source>
        <translation>Правило добавлено.</translation>
    </message>
    <message>
        <source>Retire a consultation rule</source>
        <translation>Отмена правила консультаций</translation>
    </message>
    <message>
        <source>Why does this rule no longer apply? (It is kept, retired.)</source>
        <translation>Почему это правило больше не применяется? (Оно сохраняется как отмененное.)</translation>
    </message>
    <message>
        <source>Rule retired.</source>
        <translation>Правило отменено.</translation>
    </message>
    <message>
        <source>Due days saved.</source>
        <translation>Сроки сохранены.</translation>
    </message>
</context>
<context>
    <name>SanctionsHitsPanel</name>
    <message>
        <source>Party</source>
        <extracomment>A hit was reviewed or new hits were found: the case id (or 0 for every case).</extracomment>
        <translation>Сторона</translation>
    </message>
    <message>
        <source>Listed as</source>
        <translation>В перечне как</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Regime</source>
        <translation>Режим</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Сходство</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Почему</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <source>Why the selected hit is, or is not, the listed party (required)</source>
        <translation>Почему выбранное совпадение является или не является лицом из перечня (обязательно)</translation>
    </message>
    <message>
        <source>&amp;Confirm: same party</source>
        <translation>&amp;Подтвердить совпадение</translation>
    </message>
    <message>
        <source>&amp;Reject: someone else</source>
        <translation>&amp;Отклонить совпадение</translation>
    </message>
    <message>
        <source>&amp;Screen parties now</source>
        <translation>Проверить &amp;стороны</translation>
    </message>
    <message>
        <source>No UN Consolidated List has been imported: parties are not screened.</source>
        <translation>Сводный перечень ООН не импортирован: стороны не проверяются.</translation>
    </message>
    <message>
        <source>Screened against the UN Consolidated List generated %1.</source>
        <translation>Проверено по Сводному перечню ООН от %1.</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>На проверку</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Подтверждено</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Отклонено</translation>
    </message>
    <message>
        <source>Only a licensing officer reviews sanctions list hits.</source>
        <translation>Совпадения с санкционным перечнем проверяет только специалист по лицензированию.</translation>
    </message>
    <message>
        <source>Hit not reviewed</source>
        <translation>Совпадение не проверено</translation>
    </message>
    <message>
        <source>Screening parties</source>
        <translation>Проверка сторон</translation>
    </message>
    <message>
        <source>Screening parties against the UN Consolidated List…</source>
        <translation>Проверка сторон по Сводному перечню ООН…</translation>
    </message>
</context>
<context>
    <name>SanctionsListDialog</name>
    <message>
        <source>UN Security Council Consolidated List</source>
        <translation>Сводный санкционный перечень Совета Безопасности ООН</translation>
    </message>
    <message>
        <source>Every party of every case is screened against the Council&apos;s list of individuals and entities. Import the consolidated XML file downloaded from the Security Council&apos;s website; a new list re-screens valid licences and open cases.</source>
        <translation>Каждая сторона каждого дела проверяется по перечню физических лиц и организаций Совета. Импортируйте сводный XML-файл, загруженный с веб-сайта Совета Безопасности; новый перечень запускает повторную проверку действующих лицензий и открытых дел.</translation>
    </message>
    <message>
        <source>&amp;Import list file…</source>
        <translation>&amp;Импортировать файл перечня…</translation>
    </message>
    <message>
        <source>Only an administrator imports the list.</source>
        <translation>Перечень импортирует только администратор.</translation>
    </message>
    <message>
        <source>Import the UN Consolidated List</source>
        <translation>Импорт Сводного перечня ООН</translation>
    </message>
    <message>
        <source>Consolidated List (*.xml)</source>
        <translation>Сводный перечень (*.xml)</translation>
    </message>
    <message>
        <source>Importing the UN Consolidated List</source>
        <translation>Импорт Сводного перечня ООН</translation>
    </message>
    <message>
        <source>Reading the list and screening parties…</source>
        <translation>Чтение перечня и проверка сторон…</translation>
    </message>
    <message>
        <source>Imported %1 entries; %2 parties screened, %3 new hits.</source>
        <translation>Импортировано записей: %1; проверено сторон: %2; новых совпадений: %3.</translation>
    </message>
    <message>
        <source>Valid licences to reassess under Article 7(7) (Assessment → Article 7(7) reassessment): %1</source>
        <translation>Действующие лицензии для повторной оценки по статье 7(7) (Оценка → Повторная оценка (статья 7(7))): %1</translation>
    </message>
    <message>
        <source>List imported</source>
        <translation>Перечень импортирован</translation>
    </message>
</context>
<context>
    <name>SessionManager</name>
    <message>
        <source>The workstation is locked: sign in to continue.</source>
        <extracomment>Events that count as someone using the workstation (they postpone the idle lock). The full history verification waits this long after the start-up check. The signed-in session after a sign-in, or None after a lock or sign-out. The start-up history check has its ``AuditReport`` (it runs on a worker thread). The background full verification (every event since the first) has its report. The application context this manager sets the signed-in person on. The history check under way, if any. How long after the start-up check the full verification starts (tests: 0). Whose session the lock screen is covering (they may unlock it). Signed in with a one-time password; not usable until it is changed.</extracomment>
        <translation>Рабочее место заблокировано: войдите, чтобы продолжить.</translation>
    </message>
    <message>
        <source>Checking the event history</source>
        <translation>Проверка журнала событий</translation>
    </message>
    <message>
        <source>Checking the event history…</source>
        <translation>Проверка журнала событий…</translation>
    </message>
    <message>
        <source>Checking the whole event history…</source>
        <translation>Проверка всего журнала событий…</translation>
    </message>
    <message>
        <source>The history has been tampered with</source>
        <translation>Журнал событий был изменен</translation>
    </message>
    <message>
        <source>The event history of this database was changed outside ATT Desktop (problems at event %1). Keep the file as evidence, tell your administrator and run &apos;att-desktop audit verify&apos; for the details.</source>
        <translation>Журнал событий этой базы данных был изменен вне ATT Desktop (проблемы в событии %1). Сохраните файл как доказательство, сообщите администратору и выполните «att-desktop audit verify», чтобы узнать подробности.</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Заблокировано</translation>
    </message>
    <message>
        <source>Signed in: %1</source>
        <translation>Вход выполнен: %1</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>Не разрешено</translation>
    </message>
    <message>
        <source>S&amp;witch user…</source>
        <translation>Сменить &amp;пользователя…</translation>
    </message>
    <message>
        <source>Lock the window and let someone else sign in (Ctrl+L)</source>
        <translation>Заблокировать окно и позволить войти другому пользователю (Ctrl+L)</translation>
    </message>
    <message>
        <source>Loc&amp;k</source>
        <translation>&amp;Заблокировать</translation>
    </message>
    <message>
        <source>C&amp;hange password…</source>
        <translation>Сменить п&amp;ароль…</translation>
    </message>
    <message>
        <source>My &amp;training…</source>
        <translation>Мое об&amp;учение…</translation>
    </message>
    <message>
        <source>&amp;Users and agencies…</source>
        <translation>Пользователи и &amp;ведомства…</translation>
    </message>
</context>
<context>
    <name>ShipmentDialog</name>
    <message>
        <source>Record a shipment</source>
        <translation>Регистрация отгрузки</translation>
    </message>
    <message>
        <source>Licence number or case reference</source>
        <translation>Номер лицензии или дела</translation>
    </message>
    <message>
        <source>Customs declaration, e.g. MRN</source>
        <translation>Таможенная декларация, напр. MRN</translation>
    </message>
    <message>
        <source>I have read the warnings; record the shipment as it happened</source>
        <translation>Я ознакомился(-ась) с предупреждениями; зарегистрировать отгрузку так, как она произошла</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>Пр&amp;оверить</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Зарегистрировать</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Поз.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Изделие</translation>
    </message>
    <message>
        <source>Licensed</source>
        <translation>По лицензии</translation>
    </message>
    <message>
        <source>Shipped so far</source>
        <translation>Уже отгружено</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Остаток</translation>
    </message>
    <message>
        <source>This shipment</source>
        <translation>Эта отгрузка</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Стоимость</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Find &amp;licence:</source>
        <translation>Найти &amp;лицензию:</translation>
    </message>
    <message>
        <source>Shipped &amp;on:</source>
        <translation>&amp;Дата отгрузки:</translation>
    </message>
    <message>
        <source>C&amp;ustoms reference:</source>
        <translation>&amp;Таможенный номер:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Примечания:</translation>
    </message>
    <message>
        <source>Quantities and values shipped (&amp;this shipment):</source>
        <translation>Отгруженные количества и стоимость (&amp;эта отгрузка):</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>Предупреждения:</translation>
    </message>
    <message>
        <source>export</source>
        <translation>экспорт</translation>
    </message>
    <message>
        <source>import</source>
        <translation>импорт</translation>
    </message>
    <message>
        <source>Licence %1 (case %2), %3, valid %4 to %5.</source>
        <translation>Лицензия %1 (дело %2), %3, действует с %4 по %5.</translation>
    </message>
    <message>
        <source>Choose the licence first.</source>
        <translation>Сначала выберите лицензию.</translation>
    </message>
    <message>
        <source>Line %1: quantity and value must be numbers, e.g. 12 or 1500.50</source>
        <translation>Позиция %1: количество и стоимость должны быть числами, например 12 или 1500.50</translation>
    </message>
    <message>
        <source>Enter the quantity shipped on at least one line.</source>
        <translation>Укажите отгруженное количество хотя бы по одной позиции.</translation>
    </message>
    <message>
        <source>No warnings: the shipment is within the licence.</source>
        <translation>Предупреждений нет: отгрузка в пределах лицензии.</translation>
    </message>
    <message>
        <source>Nothing was saved: read the warnings, tick that you have read them, then record again.</source>
        <translation>Ничего не сохранено: прочитайте предупреждения, отметьте, что ознакомились с ними, и зарегистрируйте снова.</translation>
    </message>
    <message numerus="yes">
        <source>Shipment recorded (%n warning(s) acknowledged).</source>
        <translation>
            <numerusform>Отгрузка зарегистрирована (принято к сведению %n предупреждение).</numerusform>
            <numerusform>Отгрузка зарегистрирована (принято к сведению %n предупреждения).</numerusform>
            <numerusform>Отгрузка зарегистрирована (принято к сведению %n предупреждений).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignInForm</name>
    <message>
        <source>Sign in</source>
        <extracomment>The form&apos;s height may have changed (an error appeared): the lock screen refits.</extracomment>
        <translation>Вход</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Имя пользователя:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Заблокировано</translation>
    </message>
    <message>
        <source>This workstation is locked; %1 is signed in. Enter the password to continue, or sign in as yourself (the open windows of %1 are then closed).</source>
        <translation>Это рабочее место заблокировано; в системе работает %1. Введите пароль, чтобы продолжить, или войдите под своим именем (тогда открытые окна пользователя %1 будут закрыты).</translation>
    </message>
    <message>
        <source>This workstation is shared: sign in so your work is recorded in your name.</source>
        <translation>Это рабочее место общее: войдите, чтобы ваша работа регистрировалась под вашим именем.</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>Введите имя пользователя.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Введите пароль.</translation>
    </message>
</context>
<context>
    <name>SourcesTable</name>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Add source</source>
        <translation>Добавить источник</translation>
    </message>
    <message>
        <source>Remove source</source>
        <translation>Удалить источник</translation>
    </message>
    <message>
        <source>Choose the kind of source…</source>
        <translation>Выберите вид источника…</translation>
    </message>
    <message>
        <source>Title of the report or document</source>
        <translation>Название доклада или документа</translation>
    </message>
    <message>
        <source>URL, file or document number</source>
        <translation>URL, файл или номер документа</translation>
    </message>
    <message>
        <source>Incomplete: choose the kind of source</source>
        <translation>Не заполнено: выберите вид источника</translation>
    </message>
</context>
<context>
    <name>SubmissionDialog</name>
    <message>
        <source>Annual report as submitted</source>
        <extracomment>The submission was changed (opened, signed off, approved...): the year.</extracomment>
        <translation>Ежегодный доклад в представленном виде</translation>
    </message>
    <message>
        <source>&amp;Open for preparation</source>
        <extracomment>The newest files shown with &quot;Show as submitted&quot; (tests read them).</extracomment>
        <translation>&amp;Открыть для подготовки</translation>
    </message>
    <message>
        <source>Report &amp;year:</source>
        <translation>&amp;Год доклада:</translation>
    </message>
    <message>
        <source>&amp;Contributions</source>
        <translation>&amp;Вклады ведомств</translation>
    </message>
    <message>
        <source>C&amp;hoices</source>
        <translation>Пара&amp;метры</translation>
    </message>
    <message>
        <source>&amp;Approval and submission</source>
        <translation>&amp;Утверждение и представление</translation>
    </message>
    <message>
        <source>C&amp;larifications</source>
        <translation>Ра&amp;зъяснения</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>His&amp;tory</source>
        <translation>&amp;История</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Ведомство</translation>
    </message>
    <message>
        <source>Signed off by</source>
        <translation>Кем утверждено</translation>
    </message>
    <message>
        <source>Signed off on</source>
        <translation>Дата утверждения</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>Вклад</translation>
    </message>
    <message>
        <source>As&amp;k this agency to contribute</source>
        <translation>Запросить вклад &amp;этого ведомства</translation>
    </message>
    <message>
        <source>Your agency&apos;s notes on its data (e.g. actual exports confirmed by customs)</source>
        <translation>Примечания вашего ведомства к его данным (напр. фактический экспорт подтвержден таможней)</translation>
    </message>
    <message>
        <source>&amp;Sign off my agency&apos;s contribution</source>
        <translation>Утвердить вклад мо&amp;его ведомства</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Параметр</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Made by</source>
        <translation>Кем выбрано</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Почему</translation>
    </message>
    <message>
        <source>The report&apos;s choices as recorded when it was opened, with who made each and why. Opening it again records the choices that changed since.</source>
        <translation>Параметры доклада, зарегистрированные при его открытии, с указанием, кто и почему выбрал каждый. При повторном открытии регистрируются параметры, изменившиеся с тех пор.</translation>
    </message>
    <message>
        <source>&amp;Name as approver</source>
        <translation>&amp;ФИО утверждающего</translation>
    </message>
    <message>
        <source>I have read the report and appro&amp;ve it for submission</source>
        <translation>Я прочитал(а) доклад и одоб&amp;ряю его для представления</translation>
    </message>
    <message>
        <source>A&amp;pprove and freeze</source>
        <translation>Одобрить и зафиксирова&amp;ть</translation>
    </message>
    <message>
        <source>&amp;Mark as submitted</source>
        <translation>Отметить как &amp;представленный</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <source>Frozen on</source>
        <translation>Дата фиксации</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Кем</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Files (SHA-256)</source>
        <translation>Файлы (SHA-256)</translation>
    </message>
    <message>
        <source>Sho&amp;w as submitted</source>
        <translation>Показать в пред&amp;ставленном виде</translation>
    </message>
    <message>
        <source>Compare with the &amp;register</source>
        <translation>Сравнить с ре&amp;естром</translation>
    </message>
    <message>
        <source>Recor&amp;d a correction…</source>
        <translation>Зарегистрировать испр&amp;авление…</translation>
    </message>
    <message>
        <source>Approver:</source>
        <translation>Утверждающий:</translation>
    </message>
    <message>
        <source>S&amp;ent to the ATT Secretariat on:</source>
        <translation>&amp;Направлено в секретариат ДТО:</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Получено</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Запрос</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Дата ответа</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <source>Lo&amp;g the request</source>
        <translation>Зарегистрировать запро&amp;с</translation>
    </message>
    <message>
        <source>Record the a&amp;nswer to the selected request</source>
        <translation>Зарегистрировать отв&amp;ет на выбранный запрос</translation>
    </message>
    <message>
        <source>Received on:</source>
        <translation>Дата получения:</translation>
    </message>
    <message>
        <source>Secretariat&apos;s reference:</source>
        <translation>Номер секретариата:</translation>
    </message>
    <message>
        <source>Request:</source>
        <translation>Запрос:</translation>
    </message>
    <message>
        <source>Answer sent today:</source>
        <translation>Ответ, направленный сегодня:</translation>
    </message>
    <message>
        <source>Open the report for preparation</source>
        <translation>Открыть доклад для подготовки</translation>
    </message>
    <message>
        <source>Why these choices (recorded with them):</source>
        <translation>Почему выбраны эти параметры (регистрируется вместе с ними):</translation>
    </message>
    <message>
        <source>Building and freezing the report&apos;s files…</source>
        <translation>Формирование и фиксация файлов доклада…</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Одобрить</translation>
    </message>
    <message>
        <source>Record a correction</source>
        <translation>Регистрация исправления</translation>
    </message>
    <message>
        <source>What does the correction correct? The report as the register now stands is frozen as the next version; earlier versions stay as they were.</source>
        <translation>Что исправляет это исправление? Доклад в соответствии с текущим состоянием реестра фиксируется как следующая версия; прежние версии остаются без изменений.</translation>
    </message>
    <message>
        <source>The stored copy was changed</source>
        <translation>Сохраненная копия была изменена</translation>
    </message>
    <message>
        <source>No viewer opened the PDF; it is at %1</source>
        <translation>Ни одна программа просмотра не открыла PDF; файл находится здесь: %1</translation>
    </message>
    <message>
        <source>The register gives the same rows and totals as the report as sent.</source>
        <translation>Реестр дает те же строки и итоги, что и направленный доклад.</translation>
    </message>
    <message>
        <source>Select the request the answer is for.</source>
        <translation>Выберите запрос, на который дается ответ.</translation>
    </message>
    <message>
        <source>Exports reported as</source>
        <translation>Экспорт в докладе</translation>
    </message>
    <message>
        <source>Imports reported as</source>
        <translation>Импорт в докладе</translation>
    </message>
    <message>
        <source>Number of items and/or value</source>
        <translation>Количество единиц и (или) стоимость</translation>
    </message>
    <message>
        <source>Report currency</source>
        <translation>Валюта доклада</translation>
    </message>
    <message>
        <source>Small arms for civilian use included</source>
        <translation>Включено стрелковое оружие для гражданского использования</translation>
    </message>
    <message>
        <source>National categories included</source>
        <translation>Включены национальные категории</translation>
    </message>
    <message>
        <source>May be made public</source>
        <translation>Может быть опубликован</translation>
    </message>
    <message>
        <source>Exports form may be made public</source>
        <translation>Форма по экспорту может быть опубликована</translation>
    </message>
    <message>
        <source>Imports form may be made public</source>
        <translation>Форма по импорту может быть опубликована</translation>
    </message>
    <message>
        <source>Reporting State</source>
        <translation>Государство, представляющее доклад</translation>
    </message>
    <message>
        <source>National point of contact</source>
        <translation>Национальный контактный пункт</translation>
    </message>
    <message>
        <source>National definitions (Annex 2)</source>
        <translation>Национальные определения (приложение 2)</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, строка %2</translation>
    </message>
    <message>
        <source>Withheld: %1</source>
        <translation>Не включено в доклад: %1</translation>
    </message>
    <message>
        <source>Left out as not reportable: %1</source>
        <translation>Исключено как не подлежащее отчетности: %1</translation>
    </message>
    <message>
        <source>Comment printed with %1</source>
        <translation>Комментарий в докладе: %1</translation>
    </message>
    <message>
        <source>Exchange rate %1</source>
        <translation>Обменный курс %1</translation>
    </message>
    <message>
        <source>authorised</source>
        <translation>разрешенный</translation>
    </message>
    <message>
        <source>actual</source>
        <translation>фактический</translation>
    </message>
    <message>
        <source>number of items</source>
        <translation>количество единиц</translation>
    </message>
    <message>
        <source>value</source>
        <translation>стоимость</translation>
    </message>
    <message>
        <source>number of items and value</source>
        <translation>количество единиц и стоимость</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>withheld (commercially sensitive or national security)</source>
        <translation>не включено в доклад (коммерчески чувствительная информация или национальная безопасность)</translation>
    </message>
    <message>
        <source>not reportable</source>
        <translation>не подлежит отчетности</translation>
    </message>
    <message>
        <source>%1 definition(s)</source>
        <translation>Определений: %1</translation>
    </message>
    <message>
        <source>No report for %1 is in preparation yet.</source>
        <translation>Подготовка доклада за %1 еще не начата.</translation>
    </message>
    <message>
        <source>In preparation (opened by %1).</source>
        <translation>Идет подготовка (доклад открыл: %1).</translation>
    </message>
    <message>
        <source>Waiting for the sign-off of: %1.</source>
        <translation>Ожидается утверждение вкладов: %1.</translation>
    </message>
    <message>
        <source>Every agency asked has signed off.</source>
        <translation>Все запрошенные ведомства утвердили свои вклады.</translation>
    </message>
    <message>
        <source>Approver: %1.</source>
        <translation>Утверждающий: %1.</translation>
    </message>
    <message>
        <source>Approved by %1 on %2.</source>
        <translation>Одобрен: %1, %2.</translation>
    </message>
    <message>
        <source>Sent to the ATT Secretariat on %1.</source>
        <translation>Направлен в секретариат ДТО %1.</translation>
    </message>
    <message>
        <source>%1 versions (corrections).</source>
        <translation>Версий (с исправлениями): %1.</translation>
    </message>
    <message>
        <source>Exports</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>%1, %2: %3 row(s) in the report as sent, %4 in the register now</source>
        <translation>%1, %2: строк в направленном докладе — %3, в реестре сейчас — %4</translation>
    </message>
    <message>
        <source>items %1 → %2</source>
        <translation>единиц: %1 → %2</translation>
    </message>
    <message>
        <source>value %1 → %2</source>
        <translation>стоимость: %1 → %2</translation>
    </message>
    <message>
        <source>Report opened for preparation</source>
        <translation>Доклад открыт для подготовки</translation>
    </message>
    <message>
        <source>Choices recorded again: %1</source>
        <translation>Параметры зарегистрированы повторно: %1</translation>
    </message>
    <message>
        <source>Choice changed: %1</source>
        <translation>Параметр изменен: %1</translation>
    </message>
    <message>
        <source>Contribution asked of: %1</source>
        <translation>Запрошен вклад: %1</translation>
    </message>
    <message>
        <source>%1 signed off its contribution</source>
        <translation>%1: вклад утвержден</translation>
    </message>
    <message>
        <source>%1 named as approver</source>
        <translation>Назначен утверждающий: %1</translation>
    </message>
    <message>
        <source>Approved; version %1 frozen</source>
        <translation>Одобрено; версия %1 зафиксирована</translation>
    </message>
    <message>
        <source>Sent to the ATT Secretariat on %1</source>
        <translation>Направлено в секретариат ДТО %1</translation>
    </message>
    <message>
        <source>Correction frozen as version %1</source>
        <translation>Исправление зафиксировано как версия %1</translation>
    </message>
    <message>
        <source>Clarification requested on %1</source>
        <translation>Получен запрос на разъяснение: %1</translation>
    </message>
    <message>
        <source>Clarification answered on %1</source>
        <translation>Дан ответ на запрос на разъяснение: %1</translation>
    </message>
</context>
<context>
    <name>SubmitReviewDialog</name>
    <message>
        <source>Submit %1 for review</source>
        <translation>Передать дело %1 на рассмотрение</translation>
    </message>
    <message>
        <source>Send the completed assessment to these agencies for their opinion. The authority&apos;s rules tick the agencies this case needs; leaving one out, or adding another, needs a reason.</source>
        <translation>Направьте завершенную оценку этим ведомствам для получения заключения. Правила органа отмечают ведомства, необходимые для этого дела; чтобы исключить одно из них или добавить другое, нужна причина.</translation>
    </message>
</context>
<context>
    <name>TablePage</name>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n строка</numerusform>
            <numerusform>%n строки</numerusform>
            <numerusform>%n строк</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) withheld</source>
        <translation>
            <numerusform>%n строка не раскрыта</numerusform>
            <numerusform>%n строки не раскрыты</numerusform>
            <numerusform>%n строк не раскрыто</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>When / field</source>
        <translation>Когда / поле</translation>
    </message>
    <message>
        <source>Who / before</source>
        <translation>Кто / было</translation>
    </message>
    <message>
        <source>What / after</source>
        <translation>Что / стало</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>The history is append-only and hash-chained: nothing in it can be changed or removed without &apos;att-desktop audit verify&apos; noticing.</source>
        <translation>История ведется только на добавление и защищена цепочкой хешей: ничего в ней нельзя изменить или удалить так, чтобы этого не заметила команда «att-desktop audit verify».</translation>
    </message>
</context>
<context>
    <name>TrainingBanner</name>
    <message>
        <source>You have no recorded training on gender-based violence; the authority asks for it. Consider asking the gender adviser.</source>
        <translation>У вас нет зарегистрированного обучения по гендерному насилию, а орган его требует. Рекомендуем обратиться к советнику по гендерным вопросам.</translation>
    </message>
</context>
<context>
    <name>TrainingDialog</name>
    <message>
        <source>Training of %1</source>
        <translation>Обучение: %1</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Курс</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Организатор</translation>
    </message>
    <message>
        <source>Completed on</source>
        <translation>Дата окончания</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Действует до</translation>
    </message>
    <message>
        <source>Add a course completed</source>
        <translation>Добавить пройденный курс</translation>
    </message>
    <message>
        <source>Leave empty when the course does not expire</source>
        <translation>Оставьте пустым, если курс бессрочный</translation>
    </message>
    <message>
        <source>&amp;Add the course</source>
        <translation>&amp;Добавить курс</translation>
    </message>
    <message>
        <source>T&amp;opic</source>
        <translation>&amp;Тема</translation>
    </message>
    <message>
        <source>&amp;Course</source>
        <translation>&amp;Курс</translation>
    </message>
    <message>
        <source>&amp;Provider</source>
        <translation>&amp;Организатор</translation>
    </message>
    <message>
        <source>Valid until (optional)</source>
        <translation>Действует до (необязательно)</translation>
    </message>
    <message>
        <source>does not expire</source>
        <translation>бессрочно</translation>
    </message>
    <message>
        <source>GBV training recorded and valid today.</source>
        <translation>Обучение по ГН зарегистрировано и действует на сегодня.</translation>
    </message>
    <message>
        <source>No valid training on gender-based violence recorded: the GBV page of the assessment warns this person.</source>
        <translation>Действующее обучение по гендерному насилию не зарегистрировано: на странице ГН оценки этот сотрудник получит предупреждение.</translation>
    </message>
</context>
<context>
    <name>UnrocaBackgroundDialog</name>
    <message>
        <source>Background information %1</source>
        <translation>Справочная информация за %1 год</translation>
    </message>
    <message>
        <source>Military holdings</source>
        <translation>Военные запасы</translation>
    </message>
    <message>
        <source>Procurement through national production</source>
        <translation>Закупки за счет национального производства</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Сведения</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Number of items</source>
        <translation>Количество единиц</translation>
    </message>
    <message>
        <source>Description of item</source>
        <translation>Описание единицы</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>Optional background information for the UN Register, entered by hand: it is not in the licence register. Leave a row empty to report nothing for it.</source>
        <extracomment>(kind, category) of each row, and its three fields.</extracomment>
        <translation>Факультативная справочная информация для Регистра ООН, вводимая вручную: ее нет в реестре лицензий. Оставьте строку пустой, чтобы ничего по ней не сообщать.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Со&amp;хранить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number of items.</source>
        <translation>«%1» не является количеством единиц.</translation>
    </message>
</context>
<context>
    <name>UnrocaBuilderDialog</name>
    <message>
        <source>UN Register of Conventional Arms report</source>
        <translation>Доклад в Регистр обычных вооружений ООН</translation>
    </message>
    <message>
        <source>Calendar &amp;year:</source>
        <translation>Календарный &amp;год:</translation>
    </message>
    <message>
        <source>Report &amp;language:</source>
        <translation>&amp;Язык доклада:</translation>
    </message>
    <message>
        <source>The Register counts actual transfers: the shipments recorded in the calendar year (not the licences issued), in numbers of items, without values.</source>
        <translation>Регистр учитывает фактические поставки: отгрузки, зарегистрированные в календарном году (а не выданные лицензии), в количестве единиц, без стоимости.</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Государство</translation>
    </message>
    <message>
        <source>Number of items</source>
        <translation>Количество единиц</translation>
    </message>
    <message>
        <source>State of origin (if not exporter)</source>
        <translation>Государство происхождения (если не экспортер)</translation>
    </message>
    <message>
        <source>Intermediate location (if any)</source>
        <translation>Промежуточный пункт (если имеется)</translation>
    </message>
    <message>
        <source>Description of item</source>
        <translation>Описание единицы</translation>
    </message>
    <message>
        <source>Comments on the transfer</source>
        <translation>Комментарии о поставке</translation>
    </message>
    <message>
        <source>E&amp;xports I-VII</source>
        <translation>Э&amp;кспорт I-VII</translation>
    </message>
    <message>
        <source>I&amp;mports I-VII</source>
        <translation>И&amp;мпорт I-VII</translation>
    </message>
    <message>
        <source>SALW exports</source>
        <translation>Экспорт СОЛВ</translation>
    </message>
    <message>
        <source>SALW imports</source>
        <translation>Импорт СОЛВ</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Сведения</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>&amp;Enter background information…</source>
        <translation>&amp;Ввести справочную информацию…</translation>
    </message>
    <message>
        <source>&amp;Background information</source>
        <translation>&amp;Справочная информация</translation>
    </message>
    <message>
        <source>&amp;Open the record to fix</source>
        <translation>&amp;Открыть запись для исправления</translation>
    </message>
    <message>
        <source>Fin&amp;dings</source>
        <translation>&amp;Замечания</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>&amp;Просмотр</translation>
    </message>
    <message>
        <source>Allow a dra&amp;ft despite errors</source>
        <translation>Разрешить &amp;черновик, несмотря на ошибки</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Экспорт в &amp;PDF…</translation>
    </message>
    <message>
        <source>Export &amp;XLSX…</source>
        <translation>Экспорт в &amp;XLSX…</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Экспорт в &amp;CSV…</translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation>Экспорт в &amp;JSON…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>The year changed since the preview: press Preview again to export.</source>
        <translation>Год изменился после предварительного просмотра: нажмите «Предварительный просмотр» еще раз, чтобы экспортировать.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Предупреждение</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message numerus="yes">
        <source>Preview ready: %n error(s) to fix before export.</source>
        <translation>
            <numerusform>Просмотр готов: перед экспортом нужно исправить %n ошибку.</numerusform>
            <numerusform>Просмотр готов: перед экспортом нужно исправить %n ошибки.</numerusform>
            <numerusform>Просмотр готов: перед экспортом нужно исправить %n ошибок.</numerusform>
        </translation>
    </message>
    <message>
        <source>Preview ready: no errors.</source>
        <translation>Просмотр готов: ошибок нет.</translation>
    </message>
    <message>
        <source>Nil: nothing to report.</source>
        <translation>Нулевой доклад: сообщать не о чем.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <source>Military holdings</source>
        <translation>Военные запасы</translation>
    </message>
    <message>
        <source>Procurement through national production</source>
        <translation>Закупки за счет национального производства</translation>
    </message>
    <message>
        <source>Preview the report before exporting it.</source>
        <translation>Перед экспортом выполните просмотр доклада.</translation>
    </message>
    <message>
        <source>The report has errors (see Findings). Fix them, or tick “Allow a draft despite errors” to write a draft.</source>
        <translation>В докладе есть ошибки (см. «Замечания»). Исправьте их или отметьте «Разрешить черновик, несмотря на ошибки», чтобы записать черновик.</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
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
        <translation>Экспортировать доклад в Регистр ООН</translation>
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
        <translation>Разрешить</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>Отказать</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Status: %1 → %2</source>
        <translation>Статус: %1 → %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>agency: opinion</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Sent to the committee: %1</source>
        <translation>Передано в комиссию: %1</translation>
    </message>
    <message>
        <source>Licence %1, valid %2 to %3</source>
        <translation>Лицензия %1, действует с %2 по %3</translation>
    </message>
    <message>
        <source>%1 parties screened against the UN Consolidated List: %2 new hits</source>
        <translation>Проверено сторон по Сводному перечню ООН: %1; новых совпадений: %2</translation>
    </message>
    <message>
        <source>conditions: %1</source>
        <translation>условия: %1</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1&apos;s opinion: from %2 to %3</source>
        <translation>Заключение (%1): %2 → %3</translation>
    </message>
    <message>
        <source>%1&apos;s opinion: %2 left, nobody else can answer</source>
        <translation>Заключение (%1): %2 больше не работает, ответить больше некому</translation>
    </message>
    <message>
        <source>urgent: %1</source>
        <translation>срочно: %1</translation>
    </message>
    <message>
        <source>opinions due %1</source>
        <translation>срок заключений: %1</translation>
    </message>
    <message>
        <source>%1 not consulted although required: %2</source>
        <translation>%1 — не запрошено, хотя требуется: %2</translation>
    </message>
    <message>
        <source>%1 consulted although no rule requires it: %2</source>
        <translation>%1 — запрошено, хотя ни одно правило этого не требует: %2</translation>
    </message>
    <message>
        <source>Export</source>
        <extracomment>Kinds of document an officer records; stored as these keys, shown translated.</extracomment>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>Transit</source>
        <translation>Транзит</translation>
    </message>
    <message>
        <source>Trans-shipment</source>
        <translation>Перевалка</translation>
    </message>
    <message>
        <source>Brokering</source>
        <translation>Брокерская деятельность</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Черновик</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Подано</translation>
    </message>
    <message>
        <source>Under assessment</source>
        <translation>На оценке</translation>
    </message>
    <message>
        <source>In committee</source>
        <translation>В комиссии</translation>
    </message>
    <message>
        <source>Authorised</source>
        <translation>Разрешено</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>Отказано</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Отозвано</translation>
    </message>
    <message>
        <source>End user</source>
        <translation>Конечный пользователь</translation>
    </message>
    <message>
        <source>Consignee</source>
        <translation>Грузополучатель</translation>
    </message>
    <message>
        <source>Intermediate consignee</source>
        <translation>Промежуточный грузополучатель</translation>
    </message>
    <message>
        <source>Broker</source>
        <translation>Брокер</translation>
    </message>
    <message>
        <source>Government</source>
        <translation>Правительство</translation>
    </message>
    <message>
        <source>Commercial</source>
        <translation>Коммерческая организация</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>Физическое лицо</translation>
    </message>
    <message>
        <source>Regional government</source>
        <translation>Региональное правительство</translation>
    </message>
    <message>
        <source>Non-State armed group</source>
        <translation>Негосударственная вооруженная группа</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>черновик</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>завершена</translation>
    </message>
    <message>
        <source>superseded</source>
        <translation>заменена</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Действует</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Приостановлена</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Аннулирована</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Истекла</translation>
    </message>
    <message>
        <source>Exhausted</source>
        <translation>Исчерпана</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Зарегистрировано</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Изменено</translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation>Статус изменен</translation>
    </message>
    <message>
        <source>Document added</source>
        <translation>Добавлен документ</translation>
    </message>
    <message>
        <source>Note added</source>
        <translation>Добавлена заметка</translation>
    </message>
    <message>
        <source>Assessment started</source>
        <translation>Оценка начата</translation>
    </message>
    <message>
        <source>Assessment saved</source>
        <translation>Оценка сохранена</translation>
    </message>
    <message>
        <source>Assessment completed</source>
        <translation>Оценка завершена</translation>
    </message>
    <message>
        <source>Assessment superseded</source>
        <translation>Оценка заменена</translation>
    </message>
    <message>
        <source>Committee review requested</source>
        <translation>Запрошено рассмотрение комиссией</translation>
    </message>
    <message>
        <source>Reassigned</source>
        <translation>Передано другому исполнителю</translation>
    </message>
    <message>
        <source>Committee opinion</source>
        <translation>Заключение для комиссии</translation>
    </message>
    <message>
        <source>Committee position noted</source>
        <translation>Позиция комиссии учтена</translation>
    </message>
    <message>
        <source>Assessment imported</source>
        <translation>Оценка импортирована</translation>
    </message>
    <message>
        <source>Decision imported</source>
        <translation>Решение импортировано</translation>
    </message>
    <message>
        <source>Licence imported</source>
        <translation>Лицензия импортирована</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Импортировано</translation>
    </message>
    <message>
        <source>Attendance recorded</source>
        <translation>Присутствие отмечено</translation>
    </message>
    <message>
        <source>Committee outcome</source>
        <translation>Итог заседания комиссии</translation>
    </message>
    <message>
        <source>Decision recorded</source>
        <translation>Решение зарегистрировано</translation>
    </message>
    <message>
        <source>Denial recorded</source>
        <translation>Отказ зарегистрирован</translation>
    </message>
    <message>
        <source>Denial notice recorded</source>
        <translation>Уведомление об отказе зарегистрировано</translation>
    </message>
    <message>
        <source>Licence issued</source>
        <translation>Лицензия выдана</translation>
    </message>
    <message>
        <source>Licence amended</source>
        <translation>Лицензия изменена</translation>
    </message>
    <message>
        <source>Shipment recorded</source>
        <translation>Отгрузка зарегистрирована</translation>
    </message>
    <message>
        <source>Screened against the UN sanctions list</source>
        <translation>Проверено по санкционному перечню ООН</translation>
    </message>
    <message>
        <source>UN sanctions list hit confirmed</source>
        <translation>Совпадение с санкционным перечнем ООН подтверждено</translation>
    </message>
    <message>
        <source>UN sanctions list hit rejected</source>
        <translation>Совпадение с санкционным перечнем ООН отклонено</translation>
    </message>
    <message>
        <source>Change request recorded</source>
        <translation>Запрос на изменение зарегистрирован</translation>
    </message>
    <message>
        <source>Change request consented to</source>
        <translation>Дано согласие по запросу на изменение</translation>
    </message>
    <message>
        <source>Change request refused</source>
        <translation>В запросе на изменение отказано</translation>
    </message>
    <message>
        <source>Change to the licence consented to</source>
        <translation>Дано согласие на изменение лицензии</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>Передано</translation>
    </message>
    <message>
        <source>Opinion handed over</source>
        <translation>Заключение передано</translation>
    </message>
    <message>
        <source>Agency has nobody to answer</source>
        <translation>В ведомстве некому ответить</translation>
    </message>
    <message>
        <source>Record rows vouched for</source>
        <translation>Строки записи заверены</translation>
    </message>
    <message>
        <source>Row digests begin</source>
        <translation>Начало хешей строк</translation>
    </message>
    <message>
        <source>Incident recorded</source>
        <translation>Инцидент зарегистрирован</translation>
    </message>
    <message>
        <source>Incident updated</source>
        <translation>Инцидент обновлен</translation>
    </message>
    <message>
        <source>Incident closed</source>
        <translation>Инцидент закрыт</translation>
    </message>
    <message>
        <source>Incident concerns this case</source>
        <translation>Инцидент касается этого дела</translation>
    </message>
    <message>
        <source>Agency mandate</source>
        <translation>Мандат ведомства</translation>
    </message>
    <message>
        <source>Consultation rule added</source>
        <translation>Добавлено правило консультаций</translation>
    </message>
    <message>
        <source>Consultation rule retired</source>
        <translation>Правило консультаций отменено</translation>
    </message>
    <message>
        <source>Gender adviser consulted</source>
        <translation>Запрошен советник по гендерным вопросам</translation>
    </message>
    <message>
        <source>Gender adviser answered</source>
        <translation>Советник по гендерным вопросам ответил</translation>
    </message>
    <message>
        <source>Training recorded</source>
        <translation>Обучение зарегистрировано</translation>
    </message>
    <message>
        <source>End-user certificate checked</source>
        <translation>Сертификат конечного пользователя проверен</translation>
    </message>
    <message>
        <source>valid training on gender-based violence recorded</source>
        <translation>зарегистрировано действующее обучение по гендерному насилию</translation>
    </message>
    <message>
        <source>transfer type</source>
        <translation>вид передачи</translation>
    </message>
    <message>
        <source>status</source>
        <translation>статус</translation>
    </message>
    <message>
        <source>applicant</source>
        <translation>заявитель</translation>
    </message>
    <message>
        <source>final importing State</source>
        <translation>конечное государство-импортер</translation>
    </message>
    <message>
        <source>exporting State</source>
        <translation>государство-экспортер</translation>
    </message>
    <message>
        <source>intended end use</source>
        <translation>предполагаемое конечное использование</translation>
    </message>
    <message>
        <source>end-user certificate number</source>
        <translation>номер сертификата конечного пользователя</translation>
    </message>
    <message>
        <source>end-user certificate issuer</source>
        <translation>кем выдан сертификат конечного пользователя</translation>
    </message>
    <message>
        <source>end-user certificate date</source>
        <translation>дата сертификата конечного пользователя</translation>
    </message>
    <message>
        <source>date received</source>
        <translation>дата получения</translation>
    </message>
    <message>
        <source>parties</source>
        <translation>стороны</translation>
    </message>
    <message>
        <source>transit States</source>
        <translation>государства транзита</translation>
    </message>
    <message>
        <source>line items</source>
        <translation>позиции</translation>
    </message>
    <message>
        <source>agencies</source>
        <translation>ведомства</translation>
    </message>
    <message>
        <source>opinions due</source>
        <translation>срок заключений</translation>
    </message>
    <message>
        <source>required by the rules</source>
        <translation>требуется правилами</translation>
    </message>
    <message>
        <source>required, not consulted</source>
        <translation>требуется, не запрошено</translation>
    </message>
    <message>
        <source>consulted, not required</source>
        <translation>запрошено, не требуется</translation>
    </message>
    <message>
        <source>urgent because</source>
        <translation>срочно, поскольку</translation>
    </message>
    <message>
        <source>End-user certificate</source>
        <translation>Сертификат конечного пользователя</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Контракт</translation>
    </message>
    <message>
        <source>Technical specification</source>
        <translation>Техническая спецификация</translation>
    </message>
    <message>
        <source>Import permit</source>
        <translation>Разрешение на импорт</translation>
    </message>
    <message>
        <source>Correspondence</source>
        <translation>Переписка</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <source>mixed currencies</source>
        <translation>разные валюты</translation>
    </message>
</context>
<context>
    <name>WassenaarReportDialog</name>
    <message>
        <source>Wassenaar Arrangement report</source>
        <translation>Доклад по Вассенаарским договоренностям</translation>
    </message>
    <message>
        <source>January–June</source>
        <translation>январь–июнь</translation>
    </message>
    <message>
        <source>July–December</source>
        <translation>июль–декабрь</translation>
    </message>
    <message>
        <source>P&amp;eriod:</source>
        <translation>&amp;Период:</translation>
    </message>
    <message>
        <source>Document &amp;language:</source>
        <translation>&amp;Язык документа:</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>State of import</source>
        <translation>Государство-импортер</translation>
    </message>
    <message>
        <source>Number of items</source>
        <translation>Количество единиц</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Nil</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Nil report: nothing to report for the period.</source>
        <translation>Нулевой доклад: за период сообщать нечего.</translation>
    </message>
</context>
<context>
    <name>YesNo</name>
    <message>
        <source>Yes</source>
        <extracomment>QDateEdit cannot be empty: its minimum date stands for &quot;no date&quot; and shows as blank.</extracomment>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
</context>
<context>
    <name>_ReportDialog</name>
    <message>
        <source>&amp;Table</source>
        <translation>&amp;Таблица</translation>
    </message>
    <message>
        <source>Fin&amp;dings</source>
        <translation>&amp;Замечания</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>&amp;Просмотр</translation>
    </message>
    <message>
        <source>&amp;Open the record to fix</source>
        <translation>&amp;Открыть запись для исправления</translation>
    </message>
    <message>
        <source>Allow a dra&amp;ft despite errors</source>
        <translation>Разрешить &amp;черновик, несмотря на ошибки</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Экспорт в &amp;PDF…</translation>
    </message>
    <message>
        <source>Export &amp;XLSX…</source>
        <translation>Экспорт в &amp;XLSX…</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Экспорт в &amp;CSV…</translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation>Экспорт в &amp;JSON…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>The choices changed since the preview: press Preview again to export.</source>
        <translation>Параметры изменились после просмотра: для экспорта нажмите «Просмотр» еще раз.</translation>
    </message>
    <message>
        <source>Preview ready. Errors to fix before export: %1.</source>
        <translation>Предпросмотр готов. Ошибок, которые нужно исправить до экспорта: %1.</translation>
    </message>
    <message>
        <source>Preview ready: no errors.</source>
        <translation>Просмотр готов: ошибок нет.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Предупреждение</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Fin&amp;dings (%1)</source>
        <translation>&amp;Замечания (%1)</translation>
    </message>
    <message>
        <source>Record the %1 rate into %2 for %3 in the annual report builder, then preview again.</source>
        <translation>Внесите курс %1 к %2 за %3 в конструкторе ежегодного доклада, затем снова нажмите «Предпросмотр».</translation>
    </message>
    <message>
        <source>Preview the report before exporting it.</source>
        <translation>Перед экспортом выполните просмотр доклада.</translation>
    </message>
    <message>
        <source>The report has errors (see Findings). Fix them, or tick “Allow a draft despite errors” to write a draft.</source>
        <translation>В докладе есть ошибки (см. «Замечания»). Исправьте их или отметьте «Разрешить черновик, несмотря на ошибки», чтобы записать черновик.</translation>
    </message>
</context>
</TS>
