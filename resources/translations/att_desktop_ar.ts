<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About %1</source>
        <translation>حول ⁨%1⁩</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>الإصدار ⁨%1⁩</translation>
    </message>
    <message>
        <source>Arms Trade Treaty licensing for national authorities: the case register, applications, assessments, decisions and the annual report.</source>
        <translation>ترخيص نقل الأسلحة وفق معاهدة تجارة الأسلحة للسلطات الوطنية: سجل القضايا والطلبات والتقييمات والقرارات والتقرير السنوي.</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>قاعدة البيانات</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>مجلد البيانات</translation>
    </message>
    <message>
        <source>Settings file</source>
        <translation>ملف الإعدادات</translation>
    </message>
    <message>
        <source>Log file</source>
        <translation>ملف السجل</translation>
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
        <translation>رخصة البرنامج</translation>
    </message>
</context>
<context>
    <name>AccountMessages</name>
    <message numerus="yes">
        <source>This account is locked after repeated failed sign-ins. Try again in %n minute(s), or ask an administrator to reset the password.</source>
        <translation>
            <numerusform>هذا الحساب مقفل بعد محاولات دخول فاشلة متكررة. حاول مجدداً بعد %n دقيقة، أو اطلب من مدير النظام إعادة تعيين كلمة المرور.</numerusform>
            <numerusform>هذا الحساب مقفل بعد محاولات دخول فاشلة متكررة. حاول مجدداً بعد %n دقيقة، أو اطلب من مدير النظام إعادة تعيين كلمة المرور.</numerusform>
            <numerusform>هذا الحساب مقفل بعد محاولات دخول فاشلة متكررة. حاول مجدداً بعد %n دقيقتين، أو اطلب من مدير النظام إعادة تعيين كلمة المرور.</numerusform>
            <numerusform>هذا الحساب مقفل بعد محاولات دخول فاشلة متكررة. حاول مجدداً بعد %n دقائق، أو اطلب من مدير النظام إعادة تعيين كلمة المرور.</numerusform>
            <numerusform>هذا الحساب مقفل بعد محاولات دخول فاشلة متكررة. حاول مجدداً بعد %n دقيقة، أو اطلب من مدير النظام إعادة تعيين كلمة المرور.</numerusform>
            <numerusform>هذا الحساب مقفل بعد محاولات دخول فاشلة متكررة. حاول مجدداً بعد %n دقيقة، أو اطلب من مدير النظام إعادة تعيين كلمة المرور.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Accounts</name>
    <message>
        <source>Licensing officer</source>
        <translation>موظف الترخيص</translation>
    </message>
    <message>
        <source>Committee member</source>
        <translation>عضو اللجنة</translation>
    </message>
    <message>
        <source>Deciding authority</source>
        <translation>سلطة البتّ</translation>
    </message>
    <message>
        <source>Reporting focal point</source>
        <translation>جهة التنسيق للإبلاغ</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>مدير النظام</translation>
    </message>
    <message>
        <source>Gender adviser</source>
        <translation>مستشار الشؤون الجنسانية</translation>
    </message>
    <message>
        <source>The password must be at least %1 characters long.</source>
        <translation>يجب ألا تقل كلمة المرور عن ⁨%1⁩ حرفاً.</translation>
    </message>
    <message>
        <source>The password must not be your user name.</source>
        <translation>يجب ألا تكون كلمة المرور هي اسم المستخدم.</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>يجب أن تختلف كلمة المرور الجديدة عن الحالية.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>كلمة المرور الحالية غير صحيحة.</translation>
    </message>
    <message>
        <source>The two new passwords are not the same.</source>
        <translation>كلمتا المرور الجديدتان غير متطابقتين.</translation>
    </message>
    <message>
        <source>At least %1 characters, and not your user name.</source>
        <translation>⁨%1⁩ حرفاً على الأقل، وليست اسم المستخدم.</translation>
    </message>
    <message>
        <source>This account has been deactivated. Ask an administrator if you still need access.</source>
        <translation>أُلغي تفعيل هذا الحساب. اطلب من مدير النظام إن كنت ما زلت بحاجة إلى الوصول.</translation>
    </message>
    <message>
        <source>Unknown user name or wrong password. Check both and try again.</source>
        <translation>اسم مستخدم غير معروف أو كلمة مرور خاطئة. تحقق منهما وأعد المحاولة.</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <source>Users and agencies</source>
        <translation>المستخدمون والجهات</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>المستخدمون</translation>
    </message>
    <message>
        <source>Agencies</source>
        <translation>الجهات</translation>
    </message>
    <message>
        <source>Workstation and committee</source>
        <translation>محطة العمل واللجنة</translation>
    </message>
    <message>
        <source>Consultation rules</source>
        <translation>قواعد التشاور</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>الاسم الكامل</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>الجهة</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>المسمى الوظيفي</translation>
    </message>
    <message>
        <source>&amp;Reset password</source>
        <translation>إعادة تعيين &amp;كلمة المرور</translation>
    </message>
    <message>
        <source>&amp;Deactivate…</source>
        <translation>إلغاء ال&amp;تفعيل…</translation>
    </message>
    <message>
        <source>Job &amp;title…</source>
        <translation>المسمى ال&amp;وظيفي…</translation>
    </message>
    <message>
        <source>Printed under the person&apos;s name on the licences and letters they sign</source>
        <translation>يُطبع تحت اسم الشخص على التراخيص والرسائل التي يوقّعها</translation>
    </message>
    <message>
        <source>Trainin&amp;g…</source>
        <translation>تدري&amp;ب…</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>مستخدم جديد</translation>
    </message>
    <message>
        <source>e.g. Director of Export Control</source>
        <translation>مثال: مدير مراقبة الصادرات</translation>
    </message>
    <message>
        <source>&amp;Add user</source>
        <translation>إ&amp;ضافة مستخدم</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>اسم المستخدم:</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>الاسم الكامل:</translation>
    </message>
    <message>
        <source>Job title:</source>
        <translation>المسمى الوظيفي:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>الدور:</translation>
    </message>
    <message>
        <source>Agency:</source>
        <translation>الجهة:</translation>
    </message>
    <message>
        <source>The new user receives a one-time password, shown here once, and chooses their own at the first sign-in. Committee members need an agency.</source>
        <translation>يتلقى المستخدم الجديد كلمة مرور لمرة واحدة تُعرض هنا مرة واحدة، ويختار كلمة مروره عند أول تسجيل دخول. يحتاج أعضاء اللجنة إلى جهة.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Mandate</source>
        <translation>الاختصاص</translation>
    </message>
    <message>
        <source>&amp;Mandate…</source>
        <translation>الا&amp;ختصاص…</translation>
    </message>
    <message>
        <source>New agency</source>
        <translation>جهة جديدة</translation>
    </message>
    <message>
        <source>e.g. MFA</source>
        <translation>مثال: MFA</translation>
    </message>
    <message>
        <source>e.g. Ministry of Foreign Affairs</source>
        <translation>مثال: وزارة الخارجية</translation>
    </message>
    <message>
        <source>Add a&amp;gency</source>
        <translation>إضافة &amp;جهة</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>الرمز:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>الاسم:</translation>
    </message>
    <message>
        <source>never</source>
        <translation>أبداً</translation>
    </message>
    <message>
        <source> min</source>
        <translation> دقيقة</translation>
    </message>
    <message>
        <source>a majority of the agencies asked</source>
        <translation>أغلبية الجهات التي استُشيرت</translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation>&amp;حفظ الإعدادات</translation>
    </message>
    <message>
        <source>Lock the workstation after &amp;idle time:</source>
        <translation>&amp;قفل محطة العمل بعد مدة الخمول:</translation>
    </message>
    <message>
        <source>Committee &amp;quorum (agencies that must answer):</source>
        <translation>&amp;نصاب اللجنة (الجهات التي يجب أن تجيب):</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>حُفظت الإعدادات.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(لا شيء)</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>ملغى التفعيل</translation>
    </message>
    <message>
        <source>Locked until %1</source>
        <translation>مقفل حتى ⁨%1⁩</translation>
    </message>
    <message>
        <source>Active, must change password</source>
        <translation>نشط، يجب تغيير كلمة المرور</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>نشط</translation>
    </message>
    <message>
        <source>The workstation is locked: sign in to continue.</source>
        <translation>محطة العمل مقفلة: سجّل الدخول للمتابعة.</translation>
    </message>
    <message>
        <source>One-time password for %1: %2
Hand it over in person; it must be changed at the first sign-in. It is not shown again.</source>
        <translation>كلمة المرور لمرة واحدة لـ ⁨%1⁩: ⁨%2⁩
سلّمها شخصياً؛ ويجب تغييرها عند أول تسجيل دخول. لن تُعرض مرة أخرى.</translation>
    </message>
    <message>
        <source>Job title of %1</source>
        <translation>المسمى الوظيفي لـ ⁨%1⁩</translation>
    </message>
    <message>
        <source>Job title, printed under the name on what they sign:</source>
        <translation>المسمى الوظيفي، يُطبع تحت الاسم على ما يوقّعه:</translation>
    </message>
    <message>
        <source>The job title of %1 was saved.</source>
        <translation>حُفظ المسمى الوظيفي لـ ⁨%1⁩.</translation>
    </message>
    <message>
        <source>Deactivate %1</source>
        <translation>إلغاء تفعيل ⁨%1⁩</translation>
    </message>
    <message>
        <source>%1 will no longer be able to sign in; their name stays on everything they did. Reason (for the history):</source>
        <translation>لن يتمكن ⁨%1⁩ من تسجيل الدخول بعد الآن؛ ويبقى اسمه على كل ما أنجزه. السبب (للسجل التاريخي):</translation>
    </message>
    <message>
        <source>%1 was deactivated.</source>
        <translation>أُلغي تفعيل ⁨%1⁩.</translation>
    </message>
    <message>
        <source>%1 was deactivated; their work was handed over.</source>
        <translation>أُلغي تفعيل ⁨%1⁩؛ وسُلّم عمله إلى غيره.</translation>
    </message>
    <message>
        <source>The agency %1 was added.</source>
        <translation>أُضيفت الجهة ⁨%1⁩.</translation>
    </message>
</context>
<context>
    <name>AnswerEditor</name>
    <message>
        <source>Reasoning: why this answer?</source>
        <translation>التعليل: لماذا هذه الإجابة؟</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>الإجابة</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>التعليل</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>المصادر</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Cannot open the database</source>
        <extracomment>Exit status when the database cannot be opened (matches the CLI&apos;s &quot;cannot proceed&quot;). Who is signed in; it outlives a window rebuilt for a language change. The database, settings and signed-in person every window reads (made by ``show``).</extracomment>
        <translation>تعذّر فتح قاعدة البيانات</translation>
    </message>
    <message>
        <source>Database upgraded</source>
        <translation>رُقّيت قاعدة البيانات</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>خطأ غير متوقع</translation>
    </message>
    <message>
        <source>Something went wrong and the last action may not have been completed:
%1</source>
        <translation>حدث خطأ، وربما لم يكتمل الإجراء الأخير:
⁨%1⁩</translation>
    </message>
</context>
<context>
    <name>ApplicationDialog</name>
    <message>
        <source>Discard changes?</source>
        <extracomment>Asked before unsaved input is thrown away; returns True to discard. Tests pass their own.</extracomment>
        <translation>تجاهل التغييرات؟</translation>
    </message>
    <message>
        <source>You have changed this application without saving. Close it and lose your changes?</source>
        <translation>غيّرت هذا الطلب دون حفظ. هل تغلقه وتفقد تغييراتك؟</translation>
    </message>
    <message>
        <source>New application</source>
        <extracomment>Who saves: the signed-in person (the services check their role). Replaceable question asked before discarding unsaved input.</extracomment>
        <translation>طلب جديد</translation>
    </message>
    <message>
        <source>Edit application %1</source>
        <translation>تعديل الطلب ⁨%1⁩</translation>
    </message>
    <message>
        <source>&amp;Application</source>
        <translation>ال&amp;طلب</translation>
    </message>
    <message>
        <source>&amp;Parties and transit</source>
        <translation>الأطراف وال&amp;عبور</translation>
    </message>
    <message>
        <source>&amp;Line items</source>
        <translation>ال&amp;بنود</translation>
    </message>
    <message>
        <source>Optional; recorded in the case history</source>
        <translation>اختياري؛ يُدوَّن في السجل التاريخي للقضية</translation>
    </message>
    <message>
        <source>Reason for c&amp;hange:</source>
        <translation>&amp;سبب التعديل:</translation>
    </message>
    <message>
        <source>Required: why the registered case is corrected (kept in the history)</source>
        <translation>مطلوب: سبب تصحيح القضية المسجلة (يُحفظ في السجل التاريخي)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;حفظ</translation>
    </message>
    <message>
        <source>Save (Ctrl+S or Ctrl+Enter)</source>
        <translation>حفظ (Ctrl+S أو Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>* required</source>
        <translation>* مطلوب</translation>
    </message>
    <message>
        <source>Required for import, transit and trans-shipment</source>
        <translation>مطلوب للاستيراد والعبور والشحن العابر</translation>
    </message>
    <message>
        <source>e.g. Equipment of the national army</source>
        <translation>مثال: تجهيز الجيش الوطني</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>النقل</translation>
    </message>
    <message>
        <source>&amp;Type of transfer *</source>
        <translation>&amp;نوع النقل *</translation>
    </message>
    <message>
        <source>Date &amp;received *</source>
        <translation>&amp;تاريخ الاستلام *</translation>
    </message>
    <message>
        <source>&amp;Destination (final importing State) *</source>
        <translation>ال&amp;وجهة (الدولة المستوردة النهائية) *</translation>
    </message>
    <message>
        <source>E&amp;xporting State</source>
        <translation>الدولة الم&amp;صدرة</translation>
    </message>
    <message>
        <source>Intended &amp;end use</source>
        <translation>الاستعمال النهائي الم&amp;قصود</translation>
    </message>
    <message>
        <source>Choose a known organisation or type a new name</source>
        <translation>اختر جهة معروفة أو اكتب اسماً جديداً</translation>
    </message>
    <message>
        <source>Applicant (exporter, importer or broker)</source>
        <translation>مقدّم الطلب (مصدِّر أو مستورد أو سمسار)</translation>
    </message>
    <message>
        <source>&amp;Name *</source>
        <translation>&amp;الاسم *</translation>
    </message>
    <message>
        <source>C&amp;ountry *</source>
        <translation>البل&amp;د *</translation>
    </message>
    <message>
        <source>Re&amp;gistration number</source>
        <translation>&amp;رقم التسجيل</translation>
    </message>
    <message>
        <source>Addre&amp;ss</source>
        <translation>ا&amp;لعنوان</translation>
    </message>
    <message>
        <source>e.g. Ministry of Defence</source>
        <translation>مثال: وزارة الدفاع</translation>
    </message>
    <message>
        <source>Dated</source>
        <translation>بتاريخ</translation>
    </message>
    <message>
        <source>End-user certificate (optional)</source>
        <translation>شهادة المستعمل النهائي (اختيارية)</translation>
    </message>
    <message>
        <source>Certificate n&amp;umber</source>
        <translation>رقم ال&amp;شهادة</translation>
    </message>
    <message>
        <source>&amp;Issued by</source>
        <translation>&amp;جهة الإصدار</translation>
    </message>
    <message>
        <source>Certificate da&amp;te</source>
        <translation>تار&amp;يخ الشهادة</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>الأطراف</translation>
    </message>
    <message>
        <source>Everyone the items pass through or end with: the end user, consignees, intermediate consignees and brokers.</source>
        <translation>كل من تمر به البنود أو تنتهي إليه: المستعمل النهائي والمرسَل إليهم والمرسَل إليهم الوسطاء والسماسرة.</translation>
    </message>
    <message>
        <source>Transit and trans-shipment States</source>
        <translation>دول العبور والشحن العابر</translation>
    </message>
    <message>
        <source>States the items cross on their way, in route order.</source>
        <translation>الدول التي تعبرها البنود في طريقها، بترتيب المسار.</translation>
    </message>
    <message>
        <source>A reference number is given when the application is first saved.</source>
        <translation>يُمنح رقم مرجعي عند أول حفظ للطلب.</translation>
    </message>
    <message>
        <source>Editing %1 · status: %2 · registered %3</source>
        <translation>تعديل ⁨%1⁩ · الحالة: ⁨%2⁩ · سُجّل في ⁨%3⁩</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not in the list of countries; choose one from the list</source>
        <translation>&apos;⁨%1⁩&apos; ليس في قائمة البلدان؛ اختر بلداً من القائمة</translation>
    </message>
    <message>
        <source>its status</source>
        <translation>حالته</translation>
    </message>
    <message>
        <source>Not saved: someone else changed this case after you opened it (%1). Your input is still here. Copy what you need, close this dialog, reopen the case to see the new version, then apply your changes again.</source>
        <translation>لم يُحفظ: غيّر شخص آخر هذه القضية بعد أن فتحتها (⁨%1⁩). ما أدخلته ما زال هنا. انسخ ما تحتاجه، وأغلق هذا الحوار، وأعد فتح القضية لترى النسخة الجديدة، ثم أعد تطبيق تغييراتك.</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 ← %3</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(فارغ)</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>type of transfer</source>
        <translation>نوع النقل</translation>
    </message>
    <message>
        <source>status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>applicant</source>
        <translation>مقدّم الطلب</translation>
    </message>
    <message>
        <source>destination</source>
        <translation>الوجهة</translation>
    </message>
    <message>
        <source>exporting State</source>
        <translation>الدولة المصدرة</translation>
    </message>
    <message>
        <source>intended end use</source>
        <translation>الاستعمال النهائي المقصود</translation>
    </message>
    <message>
        <source>certificate number</source>
        <translation>رقم الشهادة</translation>
    </message>
    <message>
        <source>certificate issuer</source>
        <translation>جهة إصدار الشهادة</translation>
    </message>
    <message>
        <source>certificate date</source>
        <translation>تاريخ الشهادة</translation>
    </message>
    <message>
        <source>date received</source>
        <translation>تاريخ الاستلام</translation>
    </message>
    <message>
        <source>parties</source>
        <translation>الأطراف</translation>
    </message>
    <message>
        <source>transit States</source>
        <translation>دول العبور</translation>
    </message>
    <message>
        <source>line items</source>
        <translation>البنود</translation>
    </message>
    <message>
        <source>Type of transfer</source>
        <translation>نوع النقل</translation>
    </message>
    <message>
        <source>Date received</source>
        <translation>تاريخ الاستلام</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>الوجهة</translation>
    </message>
    <message>
        <source>Exporting State</source>
        <translation>الدولة المصدرة</translation>
    </message>
    <message>
        <source>Intended end use</source>
        <translation>الاستعمال النهائي المقصود</translation>
    </message>
    <message>
        <source>Applicant&apos;s name</source>
        <translation>اسم مقدّم الطلب</translation>
    </message>
    <message>
        <source>Applicant&apos;s country</source>
        <translation>بلد مقدّم الطلب</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>رقم التسجيل</translation>
    </message>
    <message>
        <source>Applicant&apos;s address</source>
        <translation>عنوان مقدّم الطلب</translation>
    </message>
    <message>
        <source>Certificate number</source>
        <translation>رقم الشهادة</translation>
    </message>
    <message>
        <source>Certificate issued by</source>
        <translation>جهة إصدار الشهادة</translation>
    </message>
    <message>
        <source>Certificate date</source>
        <translation>تاريخ الشهادة</translation>
    </message>
    <message>
        <source>Transit States</source>
        <translation>دول العبور</translation>
    </message>
    <message>
        <source>Reason for change</source>
        <translation>سبب التعديل</translation>
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
        <translation>تُفحص المادة 6 أولاً وهي مطلقة: إذا كان النقل سينتهك حظراً لتوريد الأسلحة فرضه مجلس الأمن التابع للأمم المتحدة (6(1))، أو التزاماً دولياً آخر (6(2))، أو كانت الدولة تعلم أن الأصناف ستُستخدم في جرائم فظيعة (6(3))، فلا يؤذن به. وتُفحص الذخائر والأجزاء أيضاً (المادتان 3 و4).</translation>
    </message>
    <message>
        <source>Article 6(1) — arms embargo screen</source>
        <translation>المادة 6(1) — فحص حظر توريد الأسلحة</translation>
    </message>
    <message>
        <source>Run embargo screen</source>
        <translation>إجراء فحص الحظر</translation>
    </message>
    <message>
        <source>Decision date</source>
        <translation>تاريخ القرار</translation>
    </message>
    <message>
        <source>The screen is made as at the date of the decision, not against today&apos;s list.</source>
        <translation>يُجرى الفحص بتاريخ القرار، لا وفق قائمة اليوم.</translation>
    </message>
    <message>
        <source>Article 6(2) — would the transfer violate another international obligation?</source>
        <translation>المادة 6(2) — هل ينتهك النقل التزاماً دولياً آخر؟</translation>
    </message>
    <message>
        <source>Yes, it would violate one</source>
        <translation>نعم، سينتهك التزاماً</translation>
    </message>
    <message>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>Article 6(3) — does the State know the items would be used in genocide, crimes against humanity or war crimes?</source>
        <translation>المادة 6(3) — هل تعلم الدولة أن الأصناف ستُستخدم في الإبادة الجماعية أو الجرائم ضد الإنسانية أو جرائم الحرب؟</translation>
    </message>
    <message>
        <source>Yes, the State knows</source>
        <translation>نعم، الدولة تعلم</translation>
    </message>
    <message>
        <source>The decision date cannot lie in the future.</source>
        <translation>لا يجوز أن يكون تاريخ القرار في المستقبل.</translation>
    </message>
    <message>
        <source>The decision date cannot be before the application was received (%1).</source>
        <translation>لا يجوز أن يسبق تاريخ القرار تاريخ استلام الطلب (⁨%1⁩).</translation>
    </message>
    <message>
        <source>The screen has not been run yet. Choose the decision date and run it.</source>
        <translation>لم يُجرَ الفحص بعد. اختر تاريخ القرار وأجرِه.</translation>
    </message>
    <message>
        <source>Screened as at %1: no embargo in force matches this case.</source>
        <translation>الفحص بتاريخ ⁨%1⁩: لا يوجد حظر نافذ ينطبق على هذه القضية.</translation>
    </message>
    <message>
        <source>Screened as at %1: %2 embargo match(es), listed below.</source>
        <translation>الفحص بتاريخ ⁨%1⁩: عدد حالات التطابق مع حظر: ⁨%2⁩، وهي مدرجة أدناه.</translation>
    </message>
    <message>
        <source>Article 6 prohibits this transfer (%1). The assessment ends here: the only possible decision is a denial citing that paragraph. Articles 7 and 11 are not assessed and no mitigation is offered, because no mitigation measure can lift an Article 6 prohibition.</source>
        <translation>تحظر المادة 6 هذا النقل (⁨%1⁩). ينتهي التقييم هنا: القرار الوحيد الممكن هو الرفض مع الاستناد إلى تلك الفقرة. لا تُقيَّم المادتان 7 و11 ولا يُعرض أي تخفيف، لأنه لا يمكن لأي تدبير تخفيف أن يرفع حظراً بموجب المادة 6.</translation>
    </message>
</context>
<context>
    <name>Article7Page</name>
    <message>
        <source>Assess objectively and without discrimination, taking into account information from the importing State (Art. 8(1)), the potential that the items would contribute to or undermine peace and security, or could be used to commit or facilitate the acts below. Record the risk before mitigation here: mitigation is considered on its own page, and the conclusion (7(3)) is drawn after it.</source>
        <translation>قيّم بطريقة موضوعية وغير تمييزية، مع مراعاة المعلومات المقدمة من الدولة المستوردة (المادة 8(1))، احتمال أن تسهم الأصناف في السلام والأمن أو تقوضهما، أو أن تُستخدم لارتكاب الأفعال أدناه أو تيسير ارتكابها. سجّل هنا الخطر قبل التخفيف: يُنظر في التخفيف في صفحته الخاصة، ويُستخلص الاستنتاج (7(3)) بعده.</translation>
    </message>
    <message>
        <source>7(1)(a) — would the export contribute to peace and security? (Weighed against the risks under 7(3); it never lowers a risk by itself.)</source>
        <translation>7(1)(أ) — هل يسهم التصدير في السلام والأمن؟ (يُوازَن مع المخاطر بموجب 7(3)؛ ولا يخفض خطراً بمفرده أبداً.)</translation>
    </message>
</context>
<context>
    <name>AssessmentVocabulary</name>
    <message>
        <source>None identified</source>
        <translation>لم يُحدَّد</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>منخفض</translation>
    </message>
    <message>
        <source>Substantial</source>
        <translation>كبير</translation>
    </message>
    <message>
        <source>Overriding before mitigation</source>
        <translation>راجح قبل التخفيف</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>لم يُقيَّم</translation>
    </message>
    <message>
        <source>Overriding</source>
        <translation>راجح</translation>
    </message>
    <message>
        <source>Not yet determined</source>
        <translation>لم يُحسم بعد</translation>
    </message>
    <message>
        <source>7(1)(a) Peace and security</source>
        <translation>7(1)(أ) السلام والأمن</translation>
    </message>
    <message>
        <source>7(1)(b)(i) Serious violation of international humanitarian law</source>
        <translation>7(1)(ب)(1) انتهاك خطير للقانون الإنساني الدولي</translation>
    </message>
    <message>
        <source>7(1)(b)(ii) Serious violation of international human rights law</source>
        <translation>7(1)(ب)(2) انتهاك خطير للقانون الدولي لحقوق الإنسان</translation>
    </message>
    <message>
        <source>7(1)(b)(iii) Offence under the terrorism conventions</source>
        <translation>7(1)(ب)(3) جريمة بموجب اتفاقيات الإرهاب</translation>
    </message>
    <message>
        <source>7(1)(b)(iv) Offence under the transnational organised crime conventions</source>
        <translation>7(1)(ب)(4) جريمة بموجب اتفاقيات الجريمة المنظمة عبر الوطنية</translation>
    </message>
    <message>
        <source>7(4) Serious gender-based violence or violence against women and children</source>
        <translation>7(4) عنف خطير قائم على نوع الجنس أو عنف ضد النساء والأطفال</translation>
    </message>
    <message>
        <source>Article 11 Diversion</source>
        <translation>المادة 11 التسريب</translation>
    </message>
    <message>
        <source>7(1)(a)</source>
        <translation>7(1)(أ)</translation>
    </message>
    <message>
        <source>7(1)(b)(i) IHL</source>
        <translation>7(1)(ب)(1) القانون الإنساني</translation>
    </message>
    <message>
        <source>7(1)(b)(ii) Human rights</source>
        <translation>7(1)(ب)(2) حقوق الإنسان</translation>
    </message>
    <message>
        <source>7(1)(b)(iii) Terrorism</source>
        <translation>7(1)(ب)(3) الإرهاب</translation>
    </message>
    <message>
        <source>7(1)(b)(iv) Organised crime</source>
        <translation>7(1)(ب)(4) الجريمة المنظمة</translation>
    </message>
    <message>
        <source>7(4) GBV/VAWC</source>
        <translation>7(4) العنف الجنساني/ضد النساء والأطفال</translation>
    </message>
    <message>
        <source>Art. 11 Diversion</source>
        <translation>م 11 التسريب</translation>
    </message>
    <message>
        <source>UN report</source>
        <translation>تقرير للأمم المتحدة</translation>
    </message>
    <message>
        <source>Human-rights report</source>
        <translation>تقرير عن حقوق الإنسان</translation>
    </message>
    <message>
        <source>Embassy reporting</source>
        <translation>تقارير السفارة</translation>
    </message>
    <message>
        <source>Importer&apos;s Art. 8(1) documentation</source>
        <translation>وثائق المستورد بموجب المادة 8(1)</translation>
    </message>
    <message>
        <source>NGO report</source>
        <translation>تقرير منظمة غير حكومية</translation>
    </message>
    <message>
        <source>Media report</source>
        <translation>تقرير إعلامي</translation>
    </message>
    <message>
        <source>Intelligence</source>
        <translation>معلومات استخبارية</translation>
    </message>
    <message>
        <source>Industry due diligence</source>
        <translation>العناية الواجبة من الصناعة</translation>
    </message>
    <message>
        <source>Consultation with GBV experts</source>
        <translation>التشاور مع خبراء العنف الجنساني</translation>
    </message>
    <message>
        <source>Academic research</source>
        <translation>بحث أكاديمي</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <source>Confidence-building measure</source>
        <translation>تدبير لبناء الثقة</translation>
    </message>
    <message>
        <source>Jointly developed and agreed programme</source>
        <translation>برنامج وُضع واتُّفق عليه بصورة مشتركة</translation>
    </message>
    <message>
        <source>End-use / end-user assurance</source>
        <translation>ضمان الاستعمال النهائي/المستعمل النهائي</translation>
    </message>
    <message>
        <source>No re-export without consent</source>
        <translation>لا إعادة تصدير دون موافقة</translation>
    </message>
    <message>
        <source>Delivery verification certificate</source>
        <translation>شهادة التحقق من التسليم</translation>
    </message>
    <message>
        <source>Post-shipment on-site verification</source>
        <translation>التحقق الميداني بعد الشحن</translation>
    </message>
    <message>
        <source>Stockpile security assurance</source>
        <translation>ضمان أمن المخزون</translation>
    </message>
    <message>
        <source>Training of the end user</source>
        <translation>تدريب المستعمل النهائي</translation>
    </message>
    <message>
        <source>Other measure</source>
        <translation>تدبير آخر</translation>
    </message>
    <message>
        <source>Manufacture</source>
        <translation>التصنيع</translation>
    </message>
    <message>
        <source>Before transfer (point of loading)</source>
        <translation>قبل النقل (نقطة التحميل)</translation>
    </message>
    <message>
        <source>In transit</source>
        <translation>أثناء العبور</translation>
    </message>
    <message>
        <source>Post-delivery storage</source>
        <translation>التخزين بعد التسليم</translation>
    </message>
    <message>
        <source>End use</source>
        <translation>الاستعمال النهائي</translation>
    </message>
    <message>
        <source>Disposal</source>
        <translation>التخلص</translation>
    </message>
    <message>
        <source>Unusual or unexplained routing or trans-shipment</source>
        <translation>مسار أو شحن عابر غير معتاد أو غير مبرَّر</translation>
    </message>
    <message>
        <source>Unknown or unregistered brokers or intermediaries</source>
        <translation>سماسرة أو وسطاء مجهولون أو غير مسجلين</translation>
    </message>
    <message>
        <source>Items or quantities do not match the end user&apos;s needs</source>
        <translation>الأصناف أو الكميات لا تتناسب مع احتياجات المستعمل النهائي</translation>
    </message>
    <message>
        <source>Vague or inconsistent end-use information</source>
        <translation>معلومات الاستعمال النهائي مبهمة أو متناقضة</translation>
    </message>
    <message>
        <source>Unusual payment terms</source>
        <translation>شروط دفع غير معتادة</translation>
    </message>
    <message>
        <source>Past diversion involving the end user or route</source>
        <translation>تسريب سابق يخص المستعمل النهائي أو المسار</translation>
    </message>
    <message>
        <source>Weak stockpile security at the end user</source>
        <translation>ضعف أمن المخزون لدى المستعمل النهائي</translation>
    </message>
    <message>
        <source>Other red flag</source>
        <translation>مؤشر تحذيري آخر</translation>
    </message>
    <message>
        <source>Prohibited</source>
        <translation>محظور</translation>
    </message>
    <message>
        <source>Prohibited unless approval obtained</source>
        <translation>محظور ما لم تُحصَّل الموافقة</translation>
    </message>
    <message>
        <source>Needs confirmation</source>
        <translation>يحتاج إلى تأكيد</translation>
    </message>
    <message>
        <source>Notification required</source>
        <translation>يلزم الإخطار</translation>
    </message>
    <message>
        <source>Does not prohibit</source>
        <translation>لا يحظر</translation>
    </message>
    <message>
        <source>UN Security Council, Chapter VII (Art. 6(1))</source>
        <translation>مجلس الأمن، الفصل السابع (المادة 6(1))</translation>
    </message>
    <message>
        <source>Other international obligation (Art. 6(2))</source>
        <translation>التزام دولي آخر (المادة 6(2))</translation>
    </message>
    <message>
        <source>Whole country</source>
        <translation>البلد بأكمله</translation>
    </message>
    <message>
        <source>Non-State actors only</source>
        <translation>الجهات من غير الدول فقط</translation>
    </message>
    <message>
        <source>Listed persons and entities</source>
        <translation>الأشخاص والكيانات المدرجون</translation>
    </message>
    <message>
        <source>Part of the country</source>
        <translation>جزء من البلد</translation>
    </message>
    <message>
        <source>The embargo applies</source>
        <translation>ينطبق الحظر</translation>
    </message>
    <message>
        <source>The embargo does not apply</source>
        <translation>لا ينطبق الحظر</translation>
    </message>
    <message>
        <source>Committee approval obtained</source>
        <translation>حُصّلت موافقة اللجنة</translation>
    </message>
    <message>
        <source>Committee approval not obtained</source>
        <translation>لم تُحصَّل موافقة اللجنة</translation>
    </message>
    <message>
        <source>Committee notified</source>
        <translation>أُخطرت اللجنة</translation>
    </message>
    <message>
        <source>Not yet confirmed</source>
        <translation>لم يُؤكَّد بعد</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>الرفض</translation>
    </message>
    <message>
        <source>Authorisation possible</source>
        <translation>الإذن ممكن</translation>
    </message>
    <message>
        <source>Assessment incomplete</source>
        <translation>التقييم غير مكتمل</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>تم</translation>
    </message>
    <message>
        <source>Current step</source>
        <translation>الخطوة الحالية</translation>
    </message>
    <message>
        <source>Not reached</source>
        <translation>لم يحن دورها بعد</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>غير لازم</translation>
    </message>
    <message>
        <source>Prevalent types of GBV / VAWC</source>
        <translation>الأنواع السائدة من العنف الجنساني/العنف ضد النساء والأطفال</translation>
    </message>
    <message>
        <source>Are they serious?</source>
        <translation>هل هي خطيرة؟</translation>
    </message>
    <message>
        <source>Effective preventive action?</source>
        <translation>إجراءات وقائية فعالة؟</translation>
    </message>
    <message>
        <source>Overriding risk?</source>
        <translation>خطر راجح؟</translation>
    </message>
    <message>
        <source>Mitigation reliably reduces the risk?</source>
        <translation>هل يخفض التخفيف الخطر بصورة موثوقة؟</translation>
    </message>
    <message>
        <source>UN Security Council arms embargo</source>
        <translation>حظر توريد الأسلحة الذي فرضه مجلس الأمن</translation>
    </message>
    <message>
        <source> (resolution %1 (%2))</source>
        <comment>after an arms embargo&apos;s name: its UN resolution and year</comment>
        <translation> (القرار ⁨%1⁩ (⁨%2⁩))</translation>
    </message>
    <message>
        <source> — </source>
        <comment>embargo name separator</comment>
        <translation> — </translation>
    </message>
    <message>
        <source>Article %1</source>
        <translation>المادة ⁨%1⁩</translation>
    </message>
    <message>
        <source>Article %1(%2)</source>
        <translation>المادة ⁨%1⁩(⁨%2⁩)</translation>
    </message>
</context>
<context>
    <name>AssessmentWizard</name>
    <message>
        <source>Unsaved answers</source>
        <extracomment>&quot;save&quot;, &quot;discard&quot; or &quot;cancel&quot;: asked when the wizard closes with unsaved answers. A path to save a file to (title, suggested name, filter), or None if cancelled. The pages closed when Article 6 prohibits the transfer. Closed when Article 7 does not apply (an import, transit, trans-shipment or brokering case the authority&apos;s policy does not assess under Article 7): only Article 6 is asked.</extracomment>
        <translation>إجابات غير محفوظة</translation>
    </message>
    <message>
        <source>Save your answers to the assessment draft before closing?</source>
        <translation>هل تحفظ إجاباتك في مسودة التقييم قبل الإغلاق؟</translation>
    </message>
    <message>
        <source>Assessment — %1</source>
        <extracomment>The case after a decision was recorded: the register and case view refresh. The case after its assessment was completed or sent to the committee.</extracomment>
        <translation>التقييم — ⁨%1⁩</translation>
    </message>
    <message>
        <source>✓ complete   • still incomplete
* required to complete the assessment</source>
        <translation>✓ مكتمل   • غير مكتمل بعد
* مطلوب لإكمال التقييم</translation>
    </message>
    <message>
        <source>&lt; Back</source>
        <translation>&lt; السابق</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>حفظ المسودة</translation>
    </message>
    <message>
        <source>Save and continue &gt;</source>
        <translation>حفظ ومتابعة &gt;</translation>
    </message>
    <message>
        <source>Start a new revision…</source>
        <translation>بدء نسخة جديدة…</translation>
    </message>
    <message>
        <source>Save assessment record PDF…</source>
        <translation>حفظ سجل التقييم بصيغة PDF…</translation>
    </message>
    <message>
        <source>Save licence/denial PDF…</source>
        <translation>حفظ الترخيص/الرفض بصيغة PDF…</translation>
    </message>
    <message>
        <source>Complete assessment</source>
        <translation>إكمال التقييم</translation>
    </message>
    <message>
        <source>Submit to the committee…</source>
        <translation>تقديم إلى اللجنة…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>1. Article 6 prohibitions</source>
        <translation>1. محظورات المادة 6</translation>
    </message>
    <message>
        <source>2. Article 7(1) risks</source>
        <translation>2. مخاطر المادة 7(1)</translation>
    </message>
    <message>
        <source>3. Article 7(4) GBV flowchart</source>
        <translation>3. مخطط العنف الجنساني، المادة 7(4)</translation>
    </message>
    <message>
        <source>4. Article 11 diversion</source>
        <translation>4. التسريب، المادة 11</translation>
    </message>
    <message>
        <source>5. Article 7(2) mitigation</source>
        <translation>5. التخفيف، المادة 7(2)</translation>
    </message>
    <message>
        <source>6. Article 7(3) conclusion</source>
        <translation>6. الاستنتاج، المادة 7(3)</translation>
    </message>
    <message>
        <source>7. Decision</source>
        <translation>7. القرار</translation>
    </message>
    <message>
        <source>%1 · %2 → %3 · end user: %4</source>
        <translation>⁨%1⁩ · ⁨%2⁩ ← ⁨%3⁩ · المستعمل النهائي: ⁨%4⁩</translation>
    </message>
    <message>
        <source>Closed: Article 6 prohibits the transfer, so it is not assessed.</source>
        <translation>مغلق: تحظر المادة 6 النقل، فلا يُقيَّم.</translation>
    </message>
    <message>
        <source>Next &gt;</source>
        <translation>التالي &gt;</translation>
    </message>
    <message>
        <source>A decision has been recorded on this case; the assessment is closed.</source>
        <translation>سُجّل قرار بشأن هذه القضية؛ التقييم مغلق.</translation>
    </message>
    <message>
        <source>Assessment revision %1 is complete and can no longer be edited. Record the decision, or start a new revision to change a finding.</source>
        <translation>اكتملت النسخة ⁨%1⁩ من التقييم ولم يعد تعديلها ممكناً. سجّل القرار، أو ابدأ نسخة جديدة لتغيير استنتاج.</translation>
    </message>
    <message>
        <source>Assessment revision %1 is complete and can no longer be edited. Submit it to the committee, or start a new revision to change a finding.</source>
        <translation>اكتملت النسخة ⁨%1⁩ من التقييم ولم يعد تعديلها ممكناً. قدّمها إلى اللجنة، أو ابدأ نسخة جديدة لتغيير استنتاج.</translation>
    </message>
    <message>
        <source>Article 6 prohibits this transfer. The Article 7, GBV, diversion and mitigation pages are closed: the only possible decision is a denial.</source>
        <translation>تحظر المادة 6 هذا النقل. صفحات المادة 7 والعنف الجنساني والتسريب والتخفيف مغلقة: القرار الوحيد الممكن هو الرفض.</translation>
    </message>
    <message>
        <source>Article 7 not applicable: %1. Article 7 binds the exporting State and the authority&apos;s policy does not apply it to this transfer type; Article 6 applies to every transfer.</source>
        <translation>المادة 7 غير منطبقة: ⁨%1⁩. تُلزم المادة 7 الدولة المصدرة، وسياسة السلطة لا تطبقها على هذا النوع من النقل؛ وتنطبق المادة 6 على كل نقل.</translation>
    </message>
    <message>
        <source>Article 7 assessed under national policy (%1).</source>
        <translation>قُيّمت المادة 7 بموجب السياسة الوطنية (⁨%1⁩).</translation>
    </message>
    <message>
        <source>The assessment was not saved</source>
        <translation>لم يُحفظ التقييم</translation>
    </message>
    <message>
        <source>Draft saved at %1</source>
        <translation>حُفظت المسودة في ⁨%1⁩</translation>
    </message>
    <message>
        <source>The embargo screen failed</source>
        <translation>فشل فحص الحظر</translation>
    </message>
    <message>
        <source>Source “%1”: choose the kind of source</source>
        <translation>المصدر «⁨%1⁩»: اختر نوع المصدر</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>مكتمل</translation>
    </message>
    <message>
        <source>still incomplete</source>
        <translation>غير مكتمل بعد</translation>
    </message>
    <message>
        <source>The assessment was not completed: choose the kind of each source listed under the steps (a source without a kind is not saved).</source>
        <translation>لم يكتمل التقييم: اختر نوع كل مصدر مدرج تحت الخطوات (لا يُحفظ مصدر بلا نوع).</translation>
    </message>
    <message>
        <source>The assessment was not completed: %1 answer(s) are still missing. They are listed under the steps: click one to go to it.</source>
        <translation>لم يكتمل التقييم: عدد الإجابات التي ما زالت ناقصة: ⁨%1⁩. وهي مدرجة تحت الخطوات: انقر إحداها للانتقال إليها.</translation>
    </message>
    <message>
        <source>The assessment was not completed</source>
        <translation>لم يكتمل التقييم</translation>
    </message>
    <message>
        <source>Submitted to the committee: the agencies chosen are asked for their opinion.</source>
        <translation>قُدّم إلى اللجنة: طُلب رأي الجهات المختارة.</translation>
    </message>
    <message>
        <source>The decision was not recorded:</source>
        <translation>لم يُسجَّل القرار:</translation>
    </message>
    <message>
        <source>Start a new revision</source>
        <translation>بدء نسخة جديدة من التقييم</translation>
    </message>
    <message>
        <source>Why is the case reassessed? The reason is kept in the history.</source>
        <translation>لماذا يُعاد تقييم القضية؟ يُحفظ السبب في السجل التاريخي.</translation>
    </message>
    <message>
        <source>No new revision was started</source>
        <translation>لم تُبدأ نسخة جديدة</translation>
    </message>
    <message>
        <source>Save assessment record PDF</source>
        <translation>حفظ سجل التقييم بصيغة PDF</translation>
    </message>
    <message>
        <source>Save licence/denial PDF</source>
        <translation>حفظ الترخيص/الرفض بصيغة PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>مستندات PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF was not saved</source>
        <translation>لم يُحفظ ملف PDF</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>حُفظ في ⁨%1⁩</translation>
    </message>
    <message>
        <source>Choose the kind of each source listed under the steps before closing.</source>
        <translation>اختر نوع كل مصدر مدرج تحت الخطوات قبل الإغلاق.</translation>
    </message>
</context>
<context>
    <name>AuthorityDialog</name>
    <message>
        <source>Authority</source>
        <extracomment>The letterhead preview&apos;s box: wide and low, like the banner on the page.</extracomment>
        <translation>السلطة</translation>
    </message>
    <message>
        <source>&amp;Authority</source>
        <translation>ال&amp;سلطة</translation>
    </message>
    <message>
        <source>&amp;Contact point</source>
        <translation>&amp;جهة الاتصال</translation>
    </message>
    <message>
        <source>&amp;Letters and signature</source>
        <translation>ال&amp;رسائل والتوقيع</translation>
    </message>
    <message>
        <source>Standard &amp;provisos</source>
        <translation>ال&amp;شروط المعيارية</translation>
    </message>
    <message>
        <source>Article &amp;7 policy</source>
        <translation>سياسة المادة &amp;7</translation>
    </message>
    <message>
        <source>&amp;Mitigation policy</source>
        <translation>سياسة ال&amp;تخفيف</translation>
    </message>
    <message>
        <source>&amp;Destination files</source>
        <translation>م&amp;لفات الوجهة</translation>
    </message>
    <message>
        <source>Every licence proposes these conditions to the decider, beside the committee&apos;s conditions and the mitigation measures the assessment relied on. One condition per line; an empty list is allowed.</source>
        <translation>يقترح كل ترخيص هذه الشروط على صاحب القرار، إلى جانب شروط اللجنة وتدابير التخفيف التي استند إليها التقييم. شرط واحد في كل سطر؛ ويجوز ترك القائمة فارغة.</translation>
    </message>
    <message>
        <source>A mitigation measure lowers only the risks its kind can address: confidence-building measures and jointly developed programmes (Article 7(2)) any risk; assurances, re-export clauses and verification (Article 11(2)) diversion. If your national policy allows it, an officer may state why a measure of another kind addresses a risk; the reason is then required and printed in the assessment record.</source>
        <translation>لا يخفض تدبير التخفيف إلا المخاطر التي يعالجها نوعه: تدابير بناء الثقة والبرامج الموضوعة بصورة مشتركة (المادة 7(2)) أي خطر؛ والضمانات وبنود إعادة التصدير والتحقق (المادة 11(2)) التسريب. إذا سمحت سياستك الوطنية بذلك، يجوز للموظف أن يبيّن لماذا يعالج تدبير من نوع آخر خطراً ما؛ ويصبح السبب عندئذ مطلوباً ويُطبع في سجل التقييم.</translation>
    </message>
    <message>
        <source>Let an officer&apos;s stated reason count (national policy)</source>
        <translation>احتساب السبب الذي يبيّنه الموظف (سياسة وطنية)</translation>
    </message>
    <message>
        <source>Article 6 applies to every transfer. Article 7 is the exporting State&apos;s obligation: for the transfer types ticked here, national policy asks it too, and the assessment record says so. Unticked types are assessed under Article 6 only, and the record says Article 7 was not applicable.</source>
        <translation>تنطبق المادة 6 على كل نقل. والمادة 7 التزام على الدولة المصدرة: لأنواع النقل المحددة هنا تطلبها السياسة الوطنية أيضاً، ويذكر سجل التقييم ذلك. الأنواع غير المحددة تُقيَّم بموجب المادة 6 فقط، ويذكر السجل أن المادة 7 لم تكن منطبقة.</translation>
    </message>
    <message>
        <source>e.g. Export Control Agency, Ministry of Trade</source>
        <translation>مثال: وكالة مراقبة الصادرات، وزارة التجارة</translation>
    </message>
    <message>
        <source>C&amp;hoose image…</source>
        <translation>ا&amp;ختيار صورة…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>إ&amp;زالة</translation>
    </message>
    <message>
        <source>A PNG or JPEG image of at most %1 KB, printed across the top of the first page of every document.</source>
        <translation>صورة PNG أو JPEG لا يتجاوز حجمها ⁨%1⁩ كيلوبايت، تُطبع أعلى الصفحة الأولى من كل مستند.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>الاس&amp;م:</translation>
    </message>
    <message>
        <source>Postal a&amp;ddress:</source>
        <translation>العنوان ال&amp;بريدي:</translation>
    </message>
    <message>
        <source>Reporting &amp;State:</source>
        <translation>ال&amp;دولة المبلِّغة:</translation>
    </message>
    <message>
        <source>Default c&amp;urrency:</source>
        <translation>ال&amp;عملة الافتراضية:</translation>
    </message>
    <message>
        <source>Letterhead:</source>
        <translation>الترويسة:</translation>
    </message>
    <message>
        <source>The national point of contact (Article 5(6)): given on the denial letters so that applicants know whom to write to.</source>
        <translation>جهة الاتصال الوطنية (المادة 5(6)): تُذكر في رسائل الرفض ليعرف مقدمو الطلبات لمن يكتبون.</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>البريد الإل&amp;كتروني:</translation>
    </message>
    <message>
        <source>&amp;Telephone:</source>
        <translation>ال&amp;هاتف:</translation>
    </message>
    <message>
        <source>e.g. For the Minister, by delegation</source>
        <translation>مثال: عن الوزير، بالتفويض</translation>
    </message>
    <message>
        <source>How and within what time an applicant may ask for a review of a denial</source>
        <translation>كيف وفي أي مهلة يجوز لمقدّم الطلب أن يطلب مراجعة قرار الرفض</translation>
    </message>
    <message>
        <source>The language of the screen</source>
        <translation>لغة الواجهة</translation>
    </message>
    <message>
        <source>Licences and denial letters are signed by the person who decided, with their name and job title (File → Users and agencies), under this wording.</source>
        <translation>يوقّع التراخيصَ ورسائلَ الرفض الشخصُ الذي اتخذ القرار، باسمه ومسماه الوظيفي (ملف ← المستخدمون والجهات)، تحت هذه الصيغة.</translation>
    </message>
    <message>
        <source>Signatory &amp;wording:</source>
        <translation>&amp;صيغة التوقيع:</translation>
    </message>
    <message>
        <source>A&amp;ppeal information:</source>
        <translation>معلومات الت&amp;ظلم:</translation>
    </message>
    <message>
        <source>Documents &amp;written in:</source>
        <translation>لغة ت&amp;حرير المستندات:</translation>
    </message>
    <message>
        <source>No letterhead</source>
        <translation>بلا ترويسة</translation>
    </message>
    <message>
        <source>Only an administrator changes the authority&apos;s profile.</source>
        <translation>لا يغيّر ملف تعريف السلطة إلا مدير النظام.</translation>
    </message>
    <message>
        <source>Give the authority&apos;s name: every document prints it.</source>
        <translation>أدخل اسم السلطة: يُطبع على كل مستند.</translation>
    </message>
    <message>
        <source>Choose a country from the list.</source>
        <translation>اختر بلداً من القائمة.</translation>
    </message>
    <message>
        <source>Give an email address such as name@example.org.</source>
        <translation>أدخل عنوان بريد إلكتروني مثل name@example.org.</translation>
    </message>
    <message>
        <source>Use digits, spaces and + ( ) . / - only.</source>
        <translation>استخدم الأرقام والمسافات و+ ( ) . / - فقط.</translation>
    </message>
    <message>
        <source>Three capital letters (ISO 4217), e.g. EUR.</source>
        <translation>ثلاثة أحرف لاتينية كبيرة (ISO 4217)، مثل EUR.</translation>
    </message>
    <message>
        <source>Use a PNG or JPEG image of at most %1 KB.</source>
        <translation>استخدم صورة PNG أو JPEG لا يتجاوز حجمها ⁨%1⁩ كيلوبايت.</translation>
    </message>
    <message>
        <source>Choose the letterhead image</source>
        <translation>اختيار صورة الترويسة</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>الصور (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>The profile was not saved: see the fields marked.</source>
        <translation>لم يُحفظ ملف التعريف: انظر الحقول المعلَّمة.</translation>
    </message>
    <message>
        <source>Saved. New documents use this profile.</source>
        <translation>حُفظ. تستخدم المستندات الجديدة ملف التعريف هذا.</translation>
    </message>
</context>
<context>
    <name>CaseDocuments</name>
    <message>
        <source>Licence</source>
        <extracomment>In menu order.</extracomment>
        <translation>الترخيص</translation>
    </message>
    <message>
        <source>Denial letter</source>
        <translation>رسالة الرفض</translation>
    </message>
    <message>
        <source>Assessment record</source>
        <translation>سجل التقييم</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>فتح ⁨%1⁩</translation>
    </message>
    <message>
        <source>Save %1…</source>
        <translation>حفظ ⁨%1⁩…</translation>
    </message>
    <message>
        <source>Print %1…</source>
        <translation>طباعة ⁨%1⁩…</translation>
    </message>
    <message>
        <source>&amp;PDF documents</source>
        <extracomment>Where &quot;Save…&quot; starts; shared with the assessment wizard for the whole session.</extracomment>
        <translation>مستندات &amp;PDF</translation>
    </message>
    <message>
        <source>Open, save or print the licence, denial letter or assessment record</source>
        <translation>فتح الترخيص أو رسالة الرفض أو سجل التقييم أو حفظها أو طباعتها</translation>
    </message>
    <message>
        <source>Opens the PDF in your PDF viewer: print it from there.</source>
        <translation>يفتح ملف PDF في عارض PDF لديك: اطبعه من هناك.</translation>
    </message>
    <message>
        <source>The documents appear here once the case has an assessment or a decision.</source>
        <translation>تظهر المستندات هنا بعد أن يكون للقضية تقييم أو قرار.</translation>
    </message>
    <message>
        <source>Writing the %1…</source>
        <translation>جارٍ إنشاء ⁨%1⁩…</translation>
    </message>
    <message>
        <source>No PDF viewer</source>
        <translation>لا يوجد عارض PDF</translation>
    </message>
    <message>
        <source>No program opened %1. Save the document and open it yourself.</source>
        <translation>لم يفتح أي برنامج ⁨%1⁩. احفظ المستند وافتحه بنفسك.</translation>
    </message>
    <message>
        <source>Save %1</source>
        <translation>حفظ ⁨%1⁩</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>مستندات PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>حُفظ في ⁨%1⁩</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <source>No case is open. Select a case in the register to see it here.</source>
        <extracomment>The officer asked to assess the open case: the window opens the assessment wizard. A new version of the case was saved here (a document added): the register refreshes. The database and the person acting are read from here when the view acts. The open case&apos;s recorded decision, if any (shown under the header).</extracomment>
        <translation>لا توجد قضية مفتوحة. اختر قضية في السجل لعرضها هنا.</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>تعدي&amp;ل…</translation>
    </message>
    <message>
        <source>Add d&amp;ocument…</source>
        <translation>إضافة &amp;مستند…</translation>
    </message>
    <message>
        <source>&amp;Assess…</source>
        <translation>تقي&amp;يم…</translation>
    </message>
    <message>
        <source>Transfer type</source>
        <translation>نوع النقل</translation>
    </message>
    <message>
        <source>Exporter / applicant</source>
        <translation>المصدِّر / مقدّم الطلب</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>تاريخ الاستلام</translation>
    </message>
    <message>
        <source>Exporting State</source>
        <translation>الدولة المصدرة</translation>
    </message>
    <message>
        <source>Transit States</source>
        <translation>دول العبور</translation>
    </message>
    <message>
        <source>Final importing State</source>
        <translation>الدولة المستوردة النهائية</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>تاريخ التقديم</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>تاريخ البتّ</translation>
    </message>
    <message>
        <source>End-user certificate</source>
        <extracomment>Longer texts, each on a row of its own so that nothing is cut off.</extracomment>
        <translation>شهادة المستعمل النهائي</translation>
    </message>
    <message>
        <source>Intended end use</source>
        <translation>الاستعمال النهائي المقصود</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>القرار</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>السطر</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>Model / type</source>
        <translation>الطراز / النوع</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>التصنيف</translation>
    </message>
    <message>
        <source>ATT category</source>
        <translation>فئة المعاهدة</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>الكمية</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <source>Withheld from report</source>
        <translation>محجوب عن التقرير</translation>
    </message>
    <message>
        <source>Comment for the report</source>
        <translation>تعليق للتقرير</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>المرجع</translation>
    </message>
    <message>
        <source>Dated</source>
        <translation>بتاريخ</translation>
    </message>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>تاريخ التسجيل</translation>
    </message>
    <message>
        <source>Licence number</source>
        <translation>رقم الترخيص</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>تاريخ الإصدار</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>صالح من</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>صالح حتى</translation>
    </message>
    <message>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>من</translation>
    </message>
    <message>
        <source>What</source>
        <translation>ماذا</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>C&amp;hange requests…</source>
        <translation>&amp;طلبات التعديل…</translation>
    </message>
    <message>
        <source>Re-export, re-transfer, or change of end user, end use or location</source>
        <translation>إعادة التصدير أو إعادة النقل أو تغيير المستعمل النهائي أو الاستعمال النهائي أو الموقع</translation>
    </message>
    <message>
        <source>%1 change request(s) awaiting a decision</source>
        <translation>طلبات تعديل بانتظار القرار: ⁨%1⁩</translation>
    </message>
    <message>
        <source>A decided or withdrawn case cannot be edited.</source>
        <translation>لا يمكن تعديل قضية بُتّ فيها أو سُحبت.</translation>
    </message>
    <message>
        <source>Change the application&apos;s details (Ctrl+E)</source>
        <translation>تغيير بيانات الطلب (Ctrl+E)</translation>
    </message>
    <message>
        <source>A withdrawn case has nothing to assess.</source>
        <translation>لا يوجد ما يُقيَّم في قضية مسحوبة.</translation>
    </message>
    <message>
        <source>This case was decided without an assessment recorded in ATT Desktop (imported or demo data).</source>
        <translation>بُتّ في هذه القضية دون تقييم مسجل في ATT Desktop (بيانات مستوردة أو تجريبية).</translation>
    </message>
    <message>
        <source>Review the assessment and the decision (Ctrl+Shift+A)</source>
        <translation>مراجعة التقييم والقرار (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>Assess the application: Article 6, Article 7, then the decision (Ctrl+Shift+A)</source>
        <translation>تقييم الطلب: المادة 6، ثم المادة 7، ثم القرار (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>Authorised on %1 by %2</source>
        <translation>أُذن به في ⁨%1⁩ من قِبل ⁨%2⁩</translation>
    </message>
    <message>
        <source>Denied on %1 by %2</source>
        <translation>رُفض في ⁨%1⁩ من قِبل ⁨%2⁩</translation>
    </message>
    <message>
        <source>Authorised on %1</source>
        <translation>أُذن به في ⁨%1⁩</translation>
    </message>
    <message>
        <source>Denied on %1</source>
        <translation>رُفض في ⁨%1⁩</translation>
    </message>
    <message>
        <source>licence %1, valid %2 to %3</source>
        <translation>الترخيص ⁨%1⁩، صالح من ⁨%2⁩ إلى ⁨%3⁩</translation>
    </message>
    <message>
        <source>grounds: %1</source>
        <translation>الأسباب: ⁨%1⁩</translation>
    </message>
    <message>
        <source>criteria: %1</source>
        <translation>المعايير: %1</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>السطر ⁨%1⁩</translation>
    </message>
    <message>
        <source>rows %1–%2</source>
        <translation>الأسطر ⁨%1⁩–⁨%2⁩</translation>
    </message>
    <message>
        <source>imported from %1, %2, by %3 on %4</source>
        <translation>مستورد من ⁨%1⁩، ⁨%2⁩، بواسطة ⁨%3⁩ في ⁨%4⁩</translation>
    </message>
    <message>
        <source>imported from %1 by %3 on %4</source>
        <translation>مستورد من ⁨%1⁩ بواسطة ⁨%3⁩ في ⁨%4⁩</translation>
    </message>
    <message>
        <source>historical: decided outside the app</source>
        <translation>تاريخي: بُتّ فيه خارج التطبيق</translation>
    </message>
    <message>
        <source>Not reportable: %1</source>
        <translation>غير مشمول بالإبلاغ: ⁨%1⁩</translation>
    </message>
    <message>
        <source>%1, acting for %2</source>
        <translation>⁨%1⁩، بالنيابة عن ⁨%2⁩</translation>
    </message>
    <message>
        <source>Yes: %1</source>
        <translation>نعم: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Parties (%1)</source>
        <translation>الأطراف (⁨%1⁩)</translation>
    </message>
    <message>
        <source>Line items (%1)</source>
        <translation>البنود (⁨%1⁩)</translation>
    </message>
    <message>
        <source>Documents (%1)</source>
        <translation>المستندات (⁨%1⁩)</translation>
    </message>
    <message>
        <source>Licences (%1)</source>
        <translation>التراخيص (⁨%1⁩)</translation>
    </message>
    <message>
        <source>History (%1)</source>
        <translation>السجل التاريخي (⁨%1⁩)</translation>
    </message>
    <message>
        <source>Sanctions list hits (%1)</source>
        <translation>نتائج قائمة الجزاءات (⁨%1⁩)</translation>
    </message>
    <message>
        <source>— %1 to review</source>
        <translation>— ⁨%1⁩ للمراجعة</translation>
    </message>
    <message>
        <source>Follow-up (%1)</source>
        <translation>المتابعة (⁨%1⁩)</translation>
    </message>
    <message>
        <source>— %1 overdue</source>
        <translation>— ⁨%1⁩ متأخر</translation>
    </message>
    <message>
        <source>Licence %1</source>
        <translation>الترخيص ⁨%1⁩</translation>
    </message>
    <message>
        <source>valid until %1</source>
        <translation>صالح حتى ⁨%1⁩</translation>
    </message>
    <message>
        <source>Shipped on %1</source>
        <translation>شُحن في ⁨%1⁩</translation>
    </message>
    <message>
        <source>Revision %1</source>
        <translation>النسخة ⁨%1⁩</translation>
    </message>
    <message>
        <source>Document not recorded</source>
        <translation>لم يُسجَّل المستند</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>تغيير كلمة المرور</translation>
    </message>
</context>
<context>
    <name>ChangePasswordForm</name>
    <message>
        <source>Choose a new password</source>
        <translation>اختر كلمة مرور جديدة</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>تغيير كلمة المرور</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>C&amp;urrent password:</source>
        <translation>كلمة المرور ال&amp;حالية:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>كلمة المرور ال&amp;جديدة:</translation>
    </message>
    <message>
        <source>&amp;Repeat new password:</source>
        <translation>&amp;تكرار كلمة المرور الجديدة:</translation>
    </message>
    <message>
        <source>Welcome, %1. You signed in with a one-time password: choose your own before you continue.</source>
        <translation>مرحباً، ⁨%1⁩. سجّلت الدخول بكلمة مرور لمرة واحدة: اختر كلمة مرورك الخاصة قبل المتابعة.</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>تسجيل الخروج</translation>
    </message>
    <message>
        <source>Change your password</source>
        <translation>غيّر كلمة مرورك</translation>
    </message>
    <message>
        <source>Change the password of %1.</source>
        <translation>تغيير كلمة مرور ⁨%1⁩.</translation>
    </message>
</context>
<context>
    <name>ChangeRequests</name>
    <message>
        <source>Re-export</source>
        <translation>إعادة التصدير</translation>
    </message>
    <message>
        <source>Re-transfer within the importing State</source>
        <translation>إعادة النقل داخل الدولة المستوردة</translation>
    </message>
    <message>
        <source>Change of end user</source>
        <translation>تغيير المستعمل النهائي</translation>
    </message>
    <message>
        <source>Change of end use</source>
        <translation>تغيير الاستعمال النهائي</translation>
    </message>
    <message>
        <source>Change of location</source>
        <translation>تغيير الموقع</translation>
    </message>
    <message>
        <source>The importing State&apos;s authority</source>
        <translation>سلطة الدولة المستوردة</translation>
    </message>
    <message>
        <source>The end user</source>
        <translation>المستعمل النهائي</translation>
    </message>
    <message>
        <source>The exporter</source>
        <translation>المصدِّر</translation>
    </message>
    <message>
        <source>Awaiting decision</source>
        <translation>بانتظار القرار</translation>
    </message>
    <message>
        <source>Consented</source>
        <translation>مُوافق عليه</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>مرفوض</translation>
    </message>
</context>
<context>
    <name>ChangeRequestsDialog</name>
    <message>
        <source>Change requests: %1</source>
        <extracomment>A request was recorded or decided: the case view shows the case again.</extracomment>
        <translation>طلبات التعديل: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Requests to re-export, re-transfer, or change the end user, end use or location of what a licence covers. An officer records each request; the deciding authority consents or refuses it, as for a decision.</source>
        <translation>طلبات إعادة التصدير أو إعادة النقل أو تغيير المستعمل النهائي أو الاستعمال النهائي أو موقع ما يشمله الترخيص. يسجّل الموظف كل طلب؛ وتوافق سلطة البتّ عليه أو ترفضه، كما في القرار.</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>الترخيص</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>الطلب</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>مقدّم من</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>تاريخ الاستلام</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>المقترح</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>&amp;Record request…</source>
        <translation>&amp;تسجيل طلب…</translation>
    </message>
    <message>
        <source>&amp;Decide…</source>
        <translation>ال&amp;بتّ…</translation>
    </message>
    <message>
        <source>Consent &amp;letter…</source>
        <translation>&amp;رسالة الموافقة…</translation>
    </message>
    <message>
        <source>Save the consent letter of the selected request</source>
        <translation>حفظ رسالة الموافقة على الطلب المحدد</translation>
    </message>
    <message>
        <source>A licensing officer or the focal point records requests on a valid licence.</source>
        <translation>يسجّل موظف الترخيص أو جهة التنسيق الطلبات على ترخيص ساري المفعول.</translation>
    </message>
    <message>
        <source>Choose a request awaiting a decision.</source>
        <translation>اختر طلباً بانتظار القرار.</translation>
    </message>
    <message>
        <source>Items: %1</source>
        <translation>الأصناف: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Justification: %1</source>
        <translation>المبررات: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Documents: %1</source>
        <translation>المستندات: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Recorded by %1 on %2</source>
        <translation>سجّله ⁨%1⁩ في ⁨%2⁩</translation>
    </message>
    <message>
        <source>Article 6 prohibits a consent: %1</source>
        <translation>تحظر المادة 6 الموافقة: ⁨%1⁩</translation>
    </message>
    <message>
        <source>%1 by %2 on %3: %4</source>
        <translation>⁨%1⁩ من قِبل ⁨%2⁩ في ⁨%3⁩: ⁨%4⁩</translation>
    </message>
    <message>
        <source>Conditions: %1</source>
        <translation>الشروط: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Save the consent letter</source>
        <translation>حفظ رسالة الموافقة</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>مستندات PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>حُفظ في ⁨%1⁩</translation>
    </message>
    <message>
        <source>Writing the consent letter…</source>
        <translation>جارٍ إنشاء رسالة الموافقة…</translation>
    </message>
</context>
<context>
    <name>CommitteeIntegration</name>
    <message>
        <source>Committee</source>
        <extracomment>Open this case (from My work). Open a year&apos;s annual report submission (a report&apos;s item in My work). A committee step changed this case: show it again and refresh the register.</extracomment>
        <translation>اللجنة</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>التسلسل الزمني</translation>
    </message>
    <message>
        <source>Timeline (%1)</source>
        <translation>التسلسل الزمني (⁨%1⁩)</translation>
    </message>
    <message>
        <source>Co&amp;mmittee</source>
        <translation>الل&amp;جنة</translation>
    </message>
    <message>
        <source>&amp;My work</source>
        <translation>&amp;عملي</translation>
    </message>
    <message>
        <source>The cases waiting for you (Ctrl+Shift+M)</source>
        <translation>القضايا التي تنتظرك (Ctrl+Shift+M)</translation>
    </message>
    <message>
        <source>Committee &amp;sessions…</source>
        <translation>&amp;جلسات اللجنة…</translation>
    </message>
</context>
<context>
    <name>CommitteeSessionWindow</name>
    <message>
        <source>Committee sessions</source>
        <extracomment>A case&apos;s committee record changed (an outcome): the window may refresh it.</extracomment>
        <translation>جلسات اللجنة</translation>
    </message>
    <message>
        <source>e.g. Monthly inter-agency committee</source>
        <extracomment>The database and the person acting, read at each service call.</extracomment>
        <translation>مثال: اللجنة الشهرية المشتركة بين الجهات</translation>
    </message>
    <message>
        <source>&amp;Open a sitting</source>
        <translation>&amp;فتح جلسة</translation>
    </message>
    <message>
        <source>Every case now in committee goes on its agenda</source>
        <translation>كل قضية في اللجنة حالياً تُدرج في جدول أعمالها</translation>
    </message>
    <message>
        <source>New sitting</source>
        <translation>جلسة جديدة</translation>
    </message>
    <message>
        <source>&amp;Held on:</source>
        <translation>&amp;تاريخ الانعقاد:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>ال&amp;عنوان:</translation>
    </message>
    <message>
        <source>Sittings:</source>
        <translation>الجلسات:</translation>
    </message>
    <message>
        <source>Record &amp;attendance</source>
        <translation>تسجيل ال&amp;حضور</translation>
    </message>
    <message>
        <source>Present at the table</source>
        <translation>الحاضرون</translation>
    </message>
    <message>
        <source>What the table concluded, e.g. &apos;Recommend approval with end-use check&apos;</source>
        <translation>ما خلص إليه الاجتماع، مثل «التوصية بالموافقة مع التحقق من الاستعمال النهائي»</translation>
    </message>
    <message>
        <source>Record o&amp;utcome</source>
        <translation>تسجيل النت&amp;يجة</translation>
    </message>
    <message>
        <source>← &amp;Previous case</source>
        <translation>→ القضية ال&amp;سابقة</translation>
    </message>
    <message>
        <source>&amp;Next case →</source>
        <translation>القضية التا&amp;لية ←</translation>
    </message>
    <message>
        <source>&amp;Close the sitting</source>
        <translation>إ&amp;غلاق الجلسة</translation>
    </message>
    <message>
        <source>Close this sitting? Its attendance and outcomes can no longer be changed afterwards.</source>
        <translation>إغلاق هذه الجلسة؟ لا يمكن بعد ذلك تغيير الحضور والنتائج.</translation>
    </message>
    <message>
        <source>&amp;Yes, close it</source>
        <translation>&amp;نعم، أغلقها</translation>
    </message>
    <message>
        <source>&amp;Keep it open</source>
        <translation>إ&amp;بقاؤها مفتوحة</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>جدول الأعمال</translation>
    </message>
    <message>
        <source>open</source>
        <translation>مفتوحة</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>مغلقة</translation>
    </message>
    <message>
        <source>No case on the agenda.</source>
        <translation>لا توجد قضية في جدول الأعمال.</translation>
    </message>
    <message>
        <source>Case %1 of %2: %3</source>
        <translation>القضية ⁨%1⁩ من ⁨%2⁩: ⁨%3⁩</translation>
    </message>
    <message>
        <source>%1 of %2 agencies answered (quorum %3).</source>
        <translation>الجهات التي أجابت: ⁨%1⁩ من ⁨%2⁩ (النصاب ⁨%3⁩).</translation>
    </message>
    <message>
        <source>Not yet answered: %1</source>
        <translation>لم تُجب بعد: ⁨%1⁩</translation>
    </message>
</context>
<context>
    <name>CommitteeVocabulary</name>
    <message>
        <source>Approve</source>
        <translation>الموافقة</translation>
    </message>
    <message>
        <source>Approve with conditions</source>
        <translation>الموافقة بشروط</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>الرفض</translation>
    </message>
    <message>
        <source>Abstain</source>
        <translation>الامتناع</translation>
    </message>
    <message>
        <source>Assigned to you</source>
        <translation>مسندة إليك</translation>
    </message>
    <message>
        <source>Your agency&apos;s opinion is awaited</source>
        <translation>رأي جهتك منتظَر</translation>
    </message>
    <message>
        <source>Ready for your decision</source>
        <translation>جاهزة لقرارك</translation>
    </message>
    <message>
        <source>You were mentioned</source>
        <translation>ذُكر اسمك</translation>
    </message>
    <message>
        <source>An opinion is overdue</source>
        <translation>تأخر رأي</translation>
    </message>
    <message>
        <source>Licence follow-up overdue</source>
        <translation>تأخرت متابعة الترخيص</translation>
    </message>
    <message>
        <source>Change request awaits a decision</source>
        <translation>طلب تعديل بانتظار القرار</translation>
    </message>
    <message>
        <source>Your advice on gender-based violence is asked</source>
        <translation>يُطلب رأيك بشأن العنف القائم على نوع الجنس</translation>
    </message>
    <message>
        <source>Licence to reassess (Article 7(7))</source>
        <translation>ترخيص لإعادة التقييم (المادة 7(7))</translation>
    </message>
    <message>
        <source>Handed over to you</source>
        <translation>سُلّمت إليك</translation>
    </message>
    <message>
        <source>A report awaits your sign-off</source>
        <translation>تقرير بانتظار اعتمادك</translation>
    </message>
    <message>
        <source>Annual report %1</source>
        <translation>التقرير السنوي ⁨%1⁩</translation>
    </message>
    <message>
        <source>licence %1, incident %2</source>
        <translation>الترخيص ⁨%1⁩، الحادثة ⁨%2⁩</translation>
    </message>
    <message>
        <source>%1, licence %2</source>
        <translation>⁨%1⁩، الترخيص ⁨%2⁩</translation>
    </message>
    <message>
        <source>opinion of %1</source>
        <translation>رأي ⁨%1⁩</translation>
    </message>
    <message>
        <source>(urgent)</source>
        <translation>(عاجل)</translation>
    </message>
    <message>
        <source>approval for submission</source>
        <translation>الموافقة على التقديم</translation>
    </message>
    <message>
        <source>contribution of %1</source>
        <translation>مساهمة ⁨%1⁩</translation>
    </message>
</context>
<context>
    <name>ConclusionPage</name>
    <message>
        <source>Criterion</source>
        <translation>المعيار</translation>
    </message>
    <message>
        <source>Before mitigation</source>
        <translation>قبل التخفيف</translation>
    </message>
    <message>
        <source>After mitigation</source>
        <translation>بعد التخفيف</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>الشرح</translation>
    </message>
    <message>
        <source>Computed by the application from your findings: if, after mitigation, an overriding risk remains on any criterion, the State shall not authorise (Article 7(3)). Change a finding on its page to change this conclusion.</source>
        <translation>يحسبه التطبيق من استنتاجاتك: إذا بقي خطر راجح بعد التخفيف في أي معيار، فلا تأذن الدولة (المادة 7(3)). غيّر استنتاجاً في صفحته لتغيير هذا الاستنتاج.</translation>
    </message>
    <message>
        <source>Recommendation: %1</source>
        <translation>التوصية: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Grounds:</source>
        <translation>الأسباب:</translation>
    </message>
    <message>
        <source>%1 answer(s) are still missing before this assessment can be completed. They are listed under the steps: click one to go to its question.</source>
        <translation>عدد الإجابات التي ما زالت ناقصة قبل إمكان إكمال هذا التقييم: ⁨%1⁩. وهي مدرجة تحت الخطوات: انقر إحداها للانتقال إلى سؤالها.</translation>
    </message>
    <message>
        <source>Conditions the assessment requires:</source>
        <translation>الشروط التي يتطلبها التقييم:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>ملاحظات:</translation>
    </message>
</context>
<context>
    <name>ConditionsEditor</name>
    <message>
        <source>Condition</source>
        <extracomment>The decider&apos;s own additions, after the proposed groups. The text as proposed: a row the decider has not edited can be withdrawn by a new proposal.</extracomment>
        <translation>الشرط</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Another condition of your own</source>
        <translation>شرط آخر تضيفه بنفسك</translation>
    </message>
    <message>
        <source>Add condition</source>
        <translation>إضافة شرط</translation>
    </message>
    <message>
        <source>Asked for by the committee</source>
        <translation>طلبته اللجنة</translation>
    </message>
    <message>
        <source>Mitigation measures the assessment&apos;s findings relied on</source>
        <translation>تدابير التخفيف التي استندت إليها استنتاجات التقييم</translation>
    </message>
    <message>
        <source>Required by the assessment (cannot be removed)</source>
        <translation>يتطلبه التقييم (لا يمكن إزالته)</translation>
    </message>
    <message>
        <source>The authority&apos;s standard provisos</source>
        <translation>الشروط المعيارية للسلطة</translation>
    </message>
    <message>
        <source>Added by the decider</source>
        <translation>أضافه صاحب القرار</translation>
    </message>
    <message>
        <source>Relied on for %1</source>
        <translation>استُند إليه في ⁨%1⁩</translation>
    </message>
</context>
<context>
    <name>ConsistencyPanel</name>
    <message>
        <source>Consistency: like cases</source>
        <extracomment>The officer asked to record a denial notified by another State.</extracomment>
        <translation>الاتساق: القضايا المماثلة</translation>
    </message>
    <message>
        <source>Record a denial from another State…</source>
        <translation>تسجيل رفض من دولة أخرى…</translation>
    </message>
    <message>
        <source>Denials notified by other States are matched against this case&apos;s parties.</source>
        <translation>تُطابَق حالات الرفض التي أخطرت بها دول أخرى مع أطراف هذه القضية.</translation>
    </message>
    <message>
        <source>authorised</source>
        <translation>مأذون به</translation>
    </message>
    <message>
        <source>denied</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>غير متاح</translation>
    </message>
    <message>
        <source>Same destination</source>
        <translation>الوجهة نفسها</translation>
    </message>
    <message>
        <source>Same end user</source>
        <translation>المستعمل النهائي نفسه</translation>
    </message>
    <message>
        <source>Same category</source>
        <translation>الفئة نفسها</translation>
    </message>
    <message>
        <source>No earlier decision</source>
        <translation>لا قرار سابق</translation>
    </message>
    <message>
        <source>Denial notices matching the parties (%1)</source>
        <translation>إشعارات الرفض المطابقة للأطراف (⁨%1⁩)</translation>
    </message>
    <message>
        <source>exact name</source>
        <translation>اسم مطابق</translation>
    </message>
    <message>
        <source>similar name</source>
        <translation>اسم مشابه</translation>
    </message>
    <message>
        <source>%1: %2 (%3) ~ %4, denied by %5 on %6</source>
        <translation>⁨%1⁩: ⁨%2⁩ (⁨%3⁩) ~ ⁨%4⁩، رفضته ⁨%5⁩ في ⁨%6⁩</translation>
    </message>
    <message>
        <source>this authority</source>
        <translation>هذه السلطة</translation>
    </message>
    <message>
        <source>No matching denial notice</source>
        <translation>لا يوجد إشعار رفض مطابق</translation>
    </message>
    <message>
        <source>Diversion and breach incidents (%1)</source>
        <translation>حوادث التسريب والمخالفة (⁨%1⁩)</translation>
    </message>
    <message>
        <source>No incident with these parties or destination</source>
        <translation>لا توجد حادثة بهذه الأطراف أو الوجهة</translation>
    </message>
</context>
<context>
    <name>Consultation</name>
    <message>
        <source>%1 cases</source>
        <translation>قضايا ⁨%1⁩</translation>
    </message>
    <message>
        <source>Any case</source>
        <translation>أي قضية</translation>
    </message>
    <message>
        <source>in category %1</source>
        <translation>في الفئة ⁨%1⁩</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>إلى ⁨%1⁩</translation>
    </message>
    <message>
        <source>with transit or trans-shipment States</source>
        <translation>فيها دول عبور أو شحن عابر</translation>
    </message>
    <message>
        <source>with a serious GBV finding (Art. 7(4))</source>
        <translation>فيها استنتاج بعنف جنساني خطير (المادة 7(4))</translation>
    </message>
    <message>
        <source>with an Article 6 concern</source>
        <translation>فيها إشكال يتعلق بالمادة 6</translation>
    </message>
    <message>
        <source>with the risk %1 at %2 or above</source>
        <translation>فيها الخطر ⁨%1⁩ بمستوى ⁨%2⁩ أو أعلى</translation>
    </message>
    <message>
        <source>Mandate: %1</source>
        <translation>الاختصاص: ⁨%1⁩</translation>
    </message>
    <message>
        <source>No mandate recorded yet.</source>
        <translation>لم يُسجَّل اختصاص بعد.</translation>
    </message>
    <message>
        <source>Contact: %1</source>
        <translation>الاتصال: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Answers: %1</source>
        <translation>تجيب عن: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>لم تُجب بعد</translation>
    </message>
    <message>
        <source>Overdue: was due %1</source>
        <translation>متأخرة: كانت المهلة ⁨%1⁩</translation>
    </message>
    <message>
        <source>Not yet, due %1</source>
        <translation>لم تُجب بعد، المهلة ⁨%1⁩</translation>
    </message>
    <message>
        <source>(urgent)</source>
        <translation>(عاجل)</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>الجهة</translation>
    </message>
    <message>
        <source>Required by the rules</source>
        <translation>تتطلبه القواعد</translation>
    </message>
    <message>
        <source>Reason for departing</source>
        <translation>سبب مخالفة القواعد</translation>
    </message>
    <message>
        <source>&amp;Urgent: shorter due date</source>
        <translation>&amp;عاجل: مهلة أقصر</translation>
    </message>
    <message>
        <source>Why is the case urgent?</source>
        <translation>لماذا القضية عاجلة؟</translation>
    </message>
    <message>
        <source>Not required</source>
        <translation>غير مطلوب</translation>
    </message>
    <message>
        <source>Why is it not consulted?</source>
        <translation>لماذا لا تُستشار؟</translation>
    </message>
    <message>
        <source>Why is it consulted?</source>
        <translation>لماذا تُستشار؟</translation>
    </message>
    <message>
        <source>Opinions will be due by %1 (%2 working days).</source>
        <translation>تُستحق الآراء بحلول ⁨%1⁩ (أيام العمل: ⁨%2⁩).</translation>
    </message>
</context>
<context>
    <name>ConsultationPanel</name>
    <message>
        <source>Record the answer</source>
        <extracomment>Asks &quot;record this answer? it cannot be changed&quot;: True to go ahead.</extracomment>
        <translation>تسجيل الإجابة</translation>
    </message>
    <message>
        <source>Organisation or expert</source>
        <translation>جهة أو خبير</translation>
    </message>
    <message>
        <source>Your answer as gender adviser</source>
        <extracomment>An answer was recorded: the case view shows the case again (its history changed). Asked before an answer is recorded (tests replace it).</extracomment>
        <translation>إجابتك بصفتك مستشار الشؤون الجنسانية</translation>
    </message>
    <message>
        <source>Add an organisation or e&amp;xpert consulted</source>
        <translation>إضافة جهة أو &amp;خبير جرى التشاور معه</translation>
    </message>
    <message>
        <source>&amp;Record the answer…</source>
        <translation>تسجيل الإجا&amp;بة…</translation>
    </message>
    <message>
        <source>&amp;Answer</source>
        <translation>&amp;الإجابة</translation>
    </message>
    <message>
        <source>Answered on</source>
        <translation>تاريخ الإجابة</translation>
    </message>
    <message>
        <source>Consulted</source>
        <translation>جرى التشاور</translation>
    </message>
    <message>
        <source>GBV consultation</source>
        <translation>التشاور بشأن العنف الجنساني</translation>
    </message>
    <message>
        <source>The gender adviser has not been asked about this case. The officer asks from the assessment&apos;s Article 7(4) page once GBV steps 1 and 2 are yes.</source>
        <translation>لم يُسأل مستشار الشؤون الجنسانية عن هذه القضية. يطلب الموظف رأيه من صفحة المادة 7(4) في التقييم متى كانت الإجابة عن الخطوتين 1 و2 من مخطط العنف الجنساني «نعم».</translation>
    </message>
    <message>
        <source>GBV consultation (%1)</source>
        <translation>التشاور بشأن العنف الجنساني (⁨%1⁩)</translation>
    </message>
    <message>
        <source>Record this answer for %1? An answer is part of the record and cannot be changed.</source>
        <translation>تسجيل هذه الإجابة لـ ⁨%1⁩؟ الإجابة جزء من السجل ولا يمكن تغييرها.</translation>
    </message>
</context>
<context>
    <name>CountryCombo</name>
    <message>
        <source>Type to search…</source>
        <extracomment>Item data: the ISO 3166-1 alpha-2 code. Item data: every spelling the completer matches against (local name, English name, codes).</extracomment>
        <translation>اكتب للبحث…</translation>
    </message>
</context>
<context>
    <name>CountryListEditor</name>
    <message>
        <source>&amp;Add State</source>
        <translation>إ&amp;ضافة دولة</translation>
    </message>
    <message>
        <source>Remo&amp;ve State</source>
        <translation>إ&amp;زالة دولة</translation>
    </message>
    <message>
        <source>Transit States</source>
        <translation>دول العبور</translation>
    </message>
    <message>
        <source>choose a country from the list</source>
        <translation>اختر بلداً من القائمة</translation>
    </message>
    <message>
        <source>%1 is already in the list</source>
        <translation>⁨%1⁩ موجود في القائمة بالفعل</translation>
    </message>
    <message>
        <source>press Add State to include &apos;%1&apos;, or clear the box</source>
        <translation>اضغط «إضافة دولة» لإدراج &apos;⁨%1⁩&apos;، أو امسح الخانة</translation>
    </message>
</context>
<context>
    <name>CustomsImportDialog</name>
    <message>
        <source>Import shipments from a customs file</source>
        <translation>استيراد الشحنات من ملف جمركي</translation>
    </message>
    <message>
        <source>C&amp;hoose file…</source>
        <translation>ا&amp;ختيار ملف…</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>الصف</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>الترخيص</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>السطر</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Customs reference</source>
        <translation>المرجع الجمركي</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>الكمية</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>العملة</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>ا&amp;ستيراد</translation>
    </message>
    <message>
        <source>Close</source>
        <extracomment>Reading or importing the file runs on a worker thread; this shows it is under way.</extracomment>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>ال&amp;ملف:</translation>
    </message>
    <message>
        <source>Rows understood:</source>
        <translation>الصفوف المفهومة:</translation>
    </message>
    <message>
        <source>Errors (nothing is imported until they are fixed):</source>
        <translation>الأخطاء (لا يُستورد شيء حتى تُصحَّح):</translation>
    </message>
    <message>
        <source>Warnings (recorded with each shipment):</source>
        <translation>التحذيرات (تُسجَّل مع كل شحنة):</translation>
    </message>
    <message>
        <source>Customs file</source>
        <translation>ملف جمركي</translation>
    </message>
    <message>
        <source>Customs exports (*.csv *.xlsx);;All files (*)</source>
        <translation>ملفات مُصدَّرة من نظام الجمارك (*.csv *.xlsx);;جميع الملفات (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>جارٍ قراءة ⁨%1⁩…</translation>
    </message>
    <message numerus="yes">
        <source>%n shipment(s) ready to import.</source>
        <translation>
            <numerusform>%n شحنة جاهزة للاستيراد.</numerusform>
            <numerusform>%n شحنة جاهزة للاستيراد.</numerusform>
            <numerusform>%n شحنتان جاهزتان للاستيراد.</numerusform>
            <numerusform>%n شحنات جاهزة للاستيراد.</numerusform>
            <numerusform>%n شحنة جاهزة للاستيراد.</numerusform>
            <numerusform>%n شحنة جاهزة للاستيراد.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s).</source>
        <translation>
            <numerusform>%n تحذير.</numerusform>
            <numerusform>%n تحذير.</numerusform>
            <numerusform>%n تحذيران.</numerusform>
            <numerusform>%n تحذيرات.</numerusform>
            <numerusform>%n تحذيراً.</numerusform>
            <numerusform>%n تحذير.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s): correct the file and choose it again.</source>
        <translation>
            <numerusform>%n خطأ: صحّح الملف واختره مجدداً.</numerusform>
            <numerusform>%n خطأ: صحّح الملف واختره مجدداً.</numerusform>
            <numerusform>%n خطآن: صحّح الملف واختره مجدداً.</numerusform>
            <numerusform>%n أخطاء: صحّح الملف واختره مجدداً.</numerusform>
            <numerusform>%n خطأً: صحّح الملف واختره مجدداً.</numerusform>
            <numerusform>%n خطأ: صحّح الملف واختره مجدداً.</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>جارٍ استيراد ⁨%1⁩…</translation>
    </message>
    <message numerus="yes">
        <source>%n shipment(s) imported.</source>
        <translation>
            <numerusform>استُوردت %n شحنة.</numerusform>
            <numerusform>استُوردت %n شحنة.</numerusform>
            <numerusform>استُوردت %n شحنتان.</numerusform>
            <numerusform>استُوردت %n شحنات.</numerusform>
            <numerusform>استُوردت %n شحنة.</numerusform>
            <numerusform>استُوردت %n شحنة.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DatabaseDialog</name>
    <message>
        <source>Choose the database</source>
        <extracomment>Answers &quot;which file?&quot; (the window passes its prompter&apos;s open_file); None = cancelled. Checks a target and returns what opening it would do; raises DatabaseError.</extracomment>
        <translation>اختيار قاعدة البيانات</translation>
    </message>
    <message>
        <source>A database &amp;file on this computer</source>
        <translation>&amp;ملف قاعدة بيانات على هذا الحاسوب</translation>
    </message>
    <message>
        <source>A shared &amp;PostgreSQL server</source>
        <translation>خادم PostgreSQL مشت&amp;رك</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>ا&amp;ختبار الاتصال</translation>
    </message>
    <message>
        <source>e.g. att-desktop.sqlite3</source>
        <extracomment>Busy while the connection is tried (on a worker thread: a server may be slow).</extracomment>
        <translation>مثال: att-desktop.sqlite3</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>است&amp;عراض…</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>المل&amp;ف:</translation>
    </message>
    <message>
        <source>server name or address</source>
        <translation>اسم الخادم أو عنوانه</translation>
    </message>
    <message>
        <source>leave empty to use your password file</source>
        <translation>اتركه فارغاً لاستخدام ملف كلمات المرور لديك</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>الم&amp;ضيف:</translation>
    </message>
    <message>
        <source>Po&amp;rt:</source>
        <translation>المنف&amp;ذ:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;قاعدة البيانات:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>المس&amp;تخدم:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;كلمة المرور:</translation>
    </message>
    <message>
        <source>&amp;Encryption (SSL):</source>
        <translation>الت&amp;شفير (SSL):</translation>
    </message>
    <message>
        <source>The password is used for this session only and is never saved. The database must exist and be empty the first time; ATT Desktop sets it up.</source>
        <translation>تُستخدم كلمة المرور لهذه الجلسة فقط ولا تُحفظ أبداً. يجب أن تكون قاعدة البيانات موجودة وفارغة في المرة الأولى؛ ويتولى ATT Desktop إعدادها.</translation>
    </message>
    <message>
        <source>Enter or choose the database file.</source>
        <translation>أدخل ملف قاعدة البيانات أو اختره.</translation>
    </message>
    <message>
        <source>Enter the server&apos;s name or address.</source>
        <translation>أدخل اسم الخادم أو عنوانه.</translation>
    </message>
    <message>
        <source>Enter the name of the database on the server.</source>
        <translation>أدخل اسم قاعدة البيانات على الخادم.</translation>
    </message>
    <message>
        <source>Trying %1…</source>
        <translation>جارٍ تجربة ⁨%1⁩…</translation>
    </message>
</context>
<context>
    <name>DeactivationDialog</name>
    <message>
        <source>Deactivate %1: hand over their work</source>
        <extracomment>The account was deactivated (its user id).</extracomment>
        <translation>إلغاء تفعيل ⁨%1⁩: تسليم عمله</translation>
    </message>
    <message>
        <source>%1 still holds the work below. Choose who carries each item on and write what they need to know: the summary is kept in each case&apos;s history and shown in the successors&apos; My work. A case goes to a licensing officer or the deciding authority; an agency&apos;s opinion to a member of the same agency.</source>
        <translation>ما زال لدى ⁨%1⁩ العمل أدناه. اختر من يتابع كل بند واكتب ما يحتاج إلى معرفته: يُحفظ الملخص في السجل التاريخي لكل قضية ويظهر في «عملي» لدى الخلفاء. تذهب القضية إلى موظف ترخيص أو إلى سلطة البتّ؛ ويذهب رأي الجهة إلى عضو من الجهة نفسها.</translation>
    </message>
    <message>
        <source>Choose one per case below</source>
        <translation>اختر واحداً لكل قضية أدناه</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>القضية</translation>
    </message>
    <message>
        <source>What is handed over</source>
        <translation>ما يُسلَّم</translation>
    </message>
    <message>
        <source>Successor</source>
        <translation>الخلف</translation>
    </message>
    <message>
        <source>Successor for &amp;every case:</source>
        <translation>ال&amp;خلف لكل قضية:</translation>
    </message>
    <message>
        <source>Handover &amp;summary:</source>
        <translation>&amp;ملخص التسليم:</translation>
    </message>
    <message>
        <source>&amp;Reason (for the history):</source>
        <translation>ال&amp;سبب (للسجل التاريخي):</translation>
    </message>
    <message>
        <source>&amp;Hand over and deactivate</source>
        <translation>&amp;تسليم وإلغاء التفعيل</translation>
    </message>
    <message>
        <source>The agency has nobody else who can answer: leave its opinion unanswered and record that in the history</source>
        <translation>ليس لدى الجهة أحد آخر يمكنه الإجابة: يُترك رأيها دون إجابة ويُدوَّن ذلك في السجل التاريخي</translation>
    </message>
    <message>
        <source>Where each case stands, what is awaited from whom, what to watch for…</source>
        <translation>أين وصلت كل قضية، وما المنتظر ومن مَن، وما يجب الانتباه إليه…</translation>
    </message>
    <message>
        <source>e.g. retired, moved to another ministry</source>
        <translation>مثال: تقاعد، انتقل إلى وزارة أخرى</translation>
    </message>
    <message>
        <source>%1 will no longer be able to sign in; hand over and deactivate</source>
        <translation>لن يتمكن ⁨%1⁩ من تسجيل الدخول بعد الآن؛ سلّم العمل وألغِ التفعيل</translation>
    </message>
    <message>
        <source>Assigned case (%1)</source>
        <translation>قضية مسندة (⁨%1⁩)</translation>
    </message>
    <message>
        <source>As chosen above</source>
        <translation>كما اختير أعلاه</translation>
    </message>
    <message>
        <source>Opinion of %1, which only they can still give</source>
        <translation>رأي ⁨%1⁩، ولا يستطيع تقديمه حالياً سوى هذا المستخدم</translation>
    </message>
    <message>
        <source>Nobody of the agency</source>
        <translation>لا أحد من الجهة</translation>
    </message>
    <message>
        <source>Write a summary of at least %1 characters and tick the confirmation.</source>
        <translation>اكتب ملخصاً من ⁨%1⁩ حرفاً على الأقل وحدّد خانة التأكيد.</translation>
    </message>
</context>
<context>
    <name>DecideDialog</name>
    <message>
        <source>Decide %1</source>
        <translation>البتّ في ⁨%1⁩</translation>
    </message>
    <message>
        <source>Decision &amp;date:</source>
        <translation>&amp;تاريخ القرار:</translation>
    </message>
    <message>
        <source>See the messages above.</source>
        <translation>انظر الرسائل أعلاه.</translation>
    </message>
    <message>
        <source>The decision was not recorded.</source>
        <translation>لم يُسجَّل القرار.</translation>
    </message>
</context>
<context>
    <name>DecideRequestDialog</name>
    <message>
        <source>Decide: %1 on licence %2</source>
        <translation>البتّ: ⁨%1⁩ بشأن الترخيص ⁨%2⁩</translation>
    </message>
    <message>
        <source>%1, asked by %2 on %3. Justification: %4</source>
        <translation>⁨%1⁩، قدّمه ⁨%2⁩ في ⁨%3⁩. المبررات: ⁨%4⁩</translation>
    </message>
    <message>
        <source>Article 6 prohibits a consent: %1</source>
        <translation>تحظر المادة 6 الموافقة: ⁨%1⁩</translation>
    </message>
    <message>
        <source>&amp;Consent</source>
        <translation>ال&amp;موافقة</translation>
    </message>
    <message>
        <source>&amp;Refuse</source>
        <translation>ال&amp;رفض</translation>
    </message>
    <message>
        <source>One condition per line (consent only)</source>
        <translation>شرط واحد في كل سطر (للموافقة فقط)</translation>
    </message>
    <message>
        <source>I have checked the request; the decision is signed and cannot be undone</source>
        <translation>راجعت الطلب؛ القرار موقَّع ولا يمكن التراجع عنه</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>القرار:</translation>
    </message>
    <message>
        <source>Rea&amp;soning:</source>
        <translation>ال&amp;تعليل:</translation>
    </message>
    <message>
        <source>Co&amp;nditions:</source>
        <translation>ال&amp;شروط:</translation>
    </message>
    <message>
        <source>Record &amp;decision</source>
        <translation>تسجيل ال&amp;قرار</translation>
    </message>
</context>
<context>
    <name>DecisionForm</name>
    <message>
        <source>The reasoning for the decision, as it will appear in the record</source>
        <extracomment>Grounds a decider may cite for a denial the engine did not ground itself. The start the service suggested, while the decider has not changed it. The rows of the lines table behind ``licence_terms().lines``, for the service&apos;s errors (&quot;licence.lines[1].quantity&quot;) to find their row. The decision date&apos;s problems (in the future, before receipt), from the form&apos;s own check or the service&apos;s refusal (field ``decided_on``).</extracomment>
        <translation>تعليل القرار، كما سيظهر في السجل</translation>
    </message>
    <message>
        <source>Reasons for departing from the &amp;majority</source>
        <translation>أسباب مخالفة الأ&amp;غلبية</translation>
    </message>
    <message>
        <source>Required when the decision goes against the committee&apos;s majority</source>
        <translation>مطلوب عندما يخالف القرار أغلبية اللجنة</translation>
    </message>
    <message>
        <source>&amp;Reasoning</source>
        <translation>ال&amp;تعليل</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>القرار</translation>
    </message>
    <message>
        <source>&amp;Authorise: issue a licence</source>
        <translation>الإ&amp;ذن: إصدار ترخيص</translation>
    </message>
    <message>
        <source>De&amp;ny</source>
        <translation>ال&amp;رفض</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>الترخيص</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>السطر</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>Applied for</source>
        <translation>المطلوب</translation>
    </message>
    <message>
        <source>Quantity authorised</source>
        <translation>الكمية المأذون بها</translation>
    </message>
    <message>
        <source>Value authorised</source>
        <translation>القيمة المأذون بها</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>العملة</translation>
    </message>
    <message>
        <source>Authorise up to what was applied for; 0 leaves a line off the licence.</source>
        <translation>يؤذن بما لا يتجاوز المطلوب؛ القيمة 0 تُخرج السطر من الترخيص.</translation>
    </message>
    <message>
        <source>Untick a condition to leave it off, double-click to edit it, or add your own. Every ticked condition is printed on the licence.</source>
        <translation>ألغِ تحديد شرط لاستبعاده، أو انقر نقراً مزدوجاً لتعديله، أو أضف شروطك. يُطبع كل شرط محدد على الترخيص.</translation>
    </message>
    <message>
        <source>until</source>
        <translation>حتى</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>صالح من</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>الأسطر</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>الشروط</translation>
    </message>
    <message>
        <source>Grounds for denial</source>
        <translation>أسباب الرفض</translation>
    </message>
    <message>
        <source>The grounds found by the assessment are always cited. You may deny an authorisable case for reasons of your own: then cite the ground below.</source>
        <translation>تُذكر دائماً الأسباب التي توصّل إليها التقييم. يجوز لك رفض قضية يمكن الإذن بها لأسباب خاصة بك: اذكر عندئذ السبب أدناه.</translation>
    </message>
    <message>
        <source>(only the grounds the assessment found)</source>
        <translation>(الأسباب التي توصّل إليها التقييم فقط)</translation>
    </message>
    <message>
        <source>Why this ground applies</source>
        <translation>لماذا ينطبق هذا السبب</translation>
    </message>
    <message>
        <source>Criteria the denial rests on (%1)</source>
        <translation>المعايير التي يستند إليها الرفض (%1)</translation>
    </message>
    <message>
        <source>At most %1</source>
        <translation>⁨%1⁩ كحد أقصى</translation>
    </message>
    <message>
        <source>The authority allows a licence at most %1 years: here until %2.</source>
        <translation>أقصى مدة للترخيص تسمح بها السلطة بالسنوات: ⁨%1⁩؛ أي حتى ⁨%2⁩ هنا.</translation>
    </message>
    <message>
        <source>It cannot start before the decision date, %1.</source>
        <translation>لا يمكن أن يبدأ قبل تاريخ القرار، ⁨%1⁩.</translation>
    </message>
    <message>
        <source>Authorisation is not possible: Article 6 prohibits the transfer. The only decision is a denial citing the paragraph; no mitigation can change this.</source>
        <translation>الإذن غير ممكن: تحظر المادة 6 النقل. القرار الوحيد هو الرفض مع الاستناد إلى الفقرة؛ ولا يمكن لأي تخفيف تغيير ذلك.</translation>
    </message>
    <message>
        <source>Authorisation is not possible: after mitigation an overriding risk remains (Article 7(3)). The State shall not authorise.</source>
        <translation>الإذن غير ممكن: يبقى خطر راجح بعد التخفيف (المادة 7(3)). لا تأذن الدولة.</translation>
    </message>
    <message>
        <source>Choose whether to authorise or deny.</source>
        <translation>اختر الإذن أو الرفض.</translation>
    </message>
    <message>
        <source>Give the reasoning for the decision.</source>
        <translation>اذكر تعليل القرار.</translation>
    </message>
    <message>
        <source>Tick at least one criterion the denial rests on.</source>
        <translation>حدِّد معيارًا واحدًا على الأقل يستند إليه الرفض.</translation>
    </message>
    <message>
        <source>The end is before the start.</source>
        <translation>النهاية تسبق البداية.</translation>
    </message>
    <message>
        <source>At most %1 years: until %2 at the latest.</source>
        <translation>الحد الأقصى بالسنوات: ⁨%1⁩؛ أي حتى ⁨%2⁩ على الأكثر.</translation>
    </message>
    <message>
        <source>A licence cannot start before the decision date.</source>
        <translation>لا يمكن أن يبدأ الترخيص قبل تاريخ القرار.</translation>
    </message>
    <message>
        <source>The decision date cannot lie in the future.</source>
        <translation>لا يجوز أن يكون تاريخ القرار في المستقبل.</translation>
    </message>
    <message>
        <source>The decision date cannot be before the application was received (%1).</source>
        <translation>لا يجوز أن يسبق تاريخ القرار تاريخ استلام الطلب (⁨%1⁩).</translation>
    </message>
    <message>
        <source>not a quantity</source>
        <translation>ليست كمية</translation>
    </message>
    <message>
        <source>more than the %1 applied for</source>
        <translation>أكثر من ⁨%1⁩ المطلوبة</translation>
    </message>
    <message>
        <source>not an amount</source>
        <translation>ليس مبلغاً</translation>
    </message>
    <message>
        <source>Authorise at least one line.</source>
        <translation>ائذن بسطر واحد على الأقل.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>السطر ⁨%1⁩: ⁨%2⁩</translation>
    </message>
</context>
<context>
    <name>DecisionPage</name>
    <message>
        <source>Record decision</source>
        <translation>تسجيل القرار</translation>
    </message>
    <message>
        <source>Decision date: %1 (the date of the Article 6 screen; change it on page 1)</source>
        <translation>تاريخ القرار: ⁨%1⁩ (تاريخ فحص المادة 6؛ غيّره في الصفحة 1)</translation>
    </message>
    <message>
        <source>The assessment&apos;s recommendation: %1</source>
        <translation>توصية التقييم: ⁨%1⁩</translation>
    </message>
    <message>
        <source>An incomplete assessment cannot be decided. Still missing (see the conclusion page):</source>
        <translation>لا يمكن البتّ في تقييم غير مكتمل. ما زال ناقصاً (انظر صفحة الاستنتاج):</translation>
    </message>
    <message>
        <source>See the messages above.</source>
        <translation>انظر الرسائل أعلاه.</translation>
    </message>
    <message>
        <source>Authorised</source>
        <translation>مأذون به</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <source>Decision recorded: %1 on %2 by %3.</source>
        <translation>سُجّل القرار: ⁨%1⁩ في ⁨%2⁩ من قِبل ⁨%3⁩.</translation>
    </message>
    <message>
        <source>Licence %1, valid %2 to %3.</source>
        <translation>الترخيص ⁨%1⁩، صالح من ⁨%2⁩ إلى ⁨%3⁩.</translation>
    </message>
</context>
<context>
    <name>DenialNoticesDialog</name>
    <message>
        <source>Denials notified by other States</source>
        <extracomment>The notice just recorded (a ``DenialNoticeView``): the consistency panel refreshes.</extracomment>
        <translation>حالات الرفض التي أخطرت بها دول أخرى</translation>
    </message>
    <message>
        <source>Record a denial that another State notified (or one your authority issued outside this application). Every new application&apos;s parties are matched against these notices, by exact and by similar names, so that like cases are treated alike (Article 7(1)).</source>
        <translation>سجّل رفضاً أخطرت به دولة أخرى (أو رفضاً أصدرته سلطتك خارج هذا التطبيق). تُطابَق أطراف كل طلب جديد مع هذه الإشعارات، بالأسماء المطابقة والمشابهة، لكي تُعامل القضايا المماثلة بالمثل (المادة 7(1)).</translation>
    </message>
    <message>
        <source>Notices on record:</source>
        <translation>الإشعارات المسجلة:</translation>
    </message>
    <message>
        <source>New denial notice</source>
        <translation>إشعار رفض جديد</translation>
    </message>
    <message>
        <source>The notifying State&apos;s reference, if any</source>
        <translation>مرجع الدولة المخطِرة، إن وُجد</translation>
    </message>
    <message>
        <source>Name of the end user, consignee or broker</source>
        <translation>اسم المستعمل النهائي أو المرسَل إليه أو السمسار</translation>
    </message>
    <message>
        <source>e.g. assault rifles, ML1</source>
        <translation>مثال: بنادق هجومية، ML1</translation>
    </message>
    <message>
        <source>e.g. EU Common Position criterion 7; Art. 7(3)</source>
        <translation>مثال: المعيار 7 من الموقف المشترك للاتحاد الأوروبي؛ المادة 7(3)</translation>
    </message>
    <message>
        <source>&amp;Notifying State:</source>
        <translation>الدولة الم&amp;خطِرة:</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>ال&amp;مرجع:</translation>
    </message>
    <message>
        <source>Denied &amp;on:</source>
        <translation>تاريخ ال&amp;رفض:</translation>
    </message>
    <message>
        <source>Denied &amp;party:</source>
        <translation>ال&amp;طرف المرفوض:</translation>
    </message>
    <message>
        <source>Party&apos;s &amp;country:</source>
        <translation>&amp;بلد الطرف:</translation>
    </message>
    <message>
        <source>&amp;Items:</source>
        <translation>الأ&amp;صناف:</translation>
    </message>
    <message>
        <source>&amp;Grounds:</source>
        <translation>الأ&amp;سباب:</translation>
    </message>
    <message>
        <source>&amp;Record denial notice</source>
        <translation>&amp;تسجيل إشعار الرفض</translation>
    </message>
    <message>
        <source>Denied on</source>
        <translation>تاريخ الرفض</translation>
    </message>
    <message>
        <source>Notifying State</source>
        <translation>الدولة المخطِرة</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>المرجع</translation>
    </message>
    <message>
        <source>Denied party</source>
        <translation>الطرف المرفوض</translation>
    </message>
    <message>
        <source>Party&apos;s country</source>
        <translation>بلد الطرف</translation>
    </message>
    <message>
        <source>Grounds</source>
        <translation>الأسباب</translation>
    </message>
    <message>
        <source>The notice on the form is not recorded yet. Record it, or close again to discard it.</source>
        <translation>الإشعار الموجود في النموذج لم يُسجَّل بعد. سجّله، أو أغلق مجدداً لتجاهله.</translation>
    </message>
    <message>
        <source>The notice was not recorded. Please correct:</source>
        <translation>لم يُسجَّل الإشعار. يُرجى التصحيح:</translation>
    </message>
    <message>
        <source>The notice was not recorded: %1</source>
        <translation>لم يُسجَّل الإشعار: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Recorded: %1 (%2), denied by %3 on %4.</source>
        <translation>سُجّل: ⁨%1⁩ (⁨%2⁩)، رفضته ⁨%3⁩ في ⁨%4⁩.</translation>
    </message>
    <message>
        <source>This authority</source>
        <translation>هذه السلطة</translation>
    </message>
</context>
<context>
    <name>DestinationFiles</name>
    <message>
        <source>Prevalent GBV types and prevention measures</source>
        <translation>الأنواع السائدة من العنف الجنساني وتدابير الوقاية</translation>
    </message>
    <message>
        <source>Human rights situation</source>
        <translation>حالة حقوق الإنسان</translation>
    </message>
    <message>
        <source>IHL situation</source>
        <translation>حالة القانون الإنساني الدولي</translation>
    </message>
    <message>
        <source>Diversion history</source>
        <translation>سجل التسريب</translation>
    </message>
    <message>
        <source>Terrorism and organised crime</source>
        <translation>الإرهاب والجريمة المنظمة</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <source>%1 for %2 was last assessed %3, %4 months ago; the authority asks for material under %5 months.</source>
        <translation>قُيّم ⁨%1⁩ الخاص بـ ⁨%2⁩ آخر مرة في ⁨%3⁩، قبل ⁨%4⁩ شهراً؛ وتطلب السلطة مواد لا يتجاوز عمرها ⁨%5⁩ شهراً.</translation>
    </message>
    <message>
        <source>Destination file, %1: %2 updated (assessed %3)</source>
        <translation>ملف الوجهة، ⁨%1⁩: حُدّث ⁨%2⁩ (قُيّم في ⁨%3⁩)</translation>
    </message>
    <message>
        <source>Destination file, %1: %2 recorded (assessed %3)</source>
        <translation>ملف الوجهة، ⁨%1⁩: سُجّل ⁨%2⁩ (قُيّم في ⁨%3⁩)</translation>
    </message>
</context>
<context>
    <name>DestinationFilesWindow</name>
    <message>
        <source>Destination files</source>
        <translation>ملفات الوجهات</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>ال&amp;دولة:</translation>
    </message>
    <message>
        <source>States with a file</source>
        <translation>الدول التي لها ملف</translation>
    </message>
    <message>
        <source>States with a file:</source>
        <translation>الدول التي لها ملف:</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <source>Current finding</source>
        <translation>الاستنتاج الحالي</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>تاريخ التقييم</translation>
    </message>
    <message>
        <source>By</source>
        <translation>بواسطة</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>المصادر</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>تاريخ التسجيل</translation>
    </message>
    <message>
        <source>Why it was replaced</source>
        <translation>سبب الاستبدال</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>الاستنتاج</translation>
    </message>
    <message>
        <source>Earlier versions of this topic</source>
        <translation>الإصدارات السابقة لهذا الموضوع</translation>
    </message>
    <message>
        <source>&amp;Add or update finding…</source>
        <translation>إ&amp;ضافة استنتاج أو تحديثه…</translation>
    </message>
    <message>
        <source>Open &amp;reassessment…</source>
        <translation>فتح إعادة ال&amp;تقييم…</translation>
    </message>
    <message>
        <source>%1 (%2 topics, newest %3)</source>
        <translation>⁨%1⁩ (المواضيع: ⁨%2⁩، الأحدث ⁨%3⁩)</translation>
    </message>
    <message>
        <source>Choose a State to see its file.</source>
        <translation>اختر دولة لعرض ملفها.</translation>
    </message>
    <message>
        <source>Destination file: %1</source>
        <translation>ملف الوجهة: ⁨%1⁩</translation>
    </message>
    <message>
        <source>No finding yet</source>
        <translation>لا يوجد استنتاج بعد</translation>
    </message>
    <message>
        <source>No finding on this topic yet.</source>
        <translation>لا يوجد استنتاج بشأن هذا الموضوع بعد.</translation>
    </message>
    <message>
        <source>%1 — assessed %2 by %3</source>
        <translation>⁨%1⁩ — قيّمه ⁨%3⁩ في ⁨%2⁩</translation>
    </message>
    <message>
        <source>Saved. These valid licences concern %1 and are now listed for reassessment (Article 7(7)): %2</source>
        <translation>حُفظ. هذه التراخيص السارية تخص ⁨%1⁩ وأُدرجت الآن لإعادة التقييم (المادة 7(7)): ⁨%2⁩</translation>
    </message>
    <message>
        <source>Saved. No valid licence was put up for reassessment.</source>
        <translation>حُفظ. لم يُدرج أي ترخيص سارٍ لإعادة التقييم.</translation>
    </message>
</context>
<context>
    <name>DestinationPanel</name>
    <message>
        <source>Destination file: %1</source>
        <translation>ملف الوجهة: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>إخفاء</translation>
    </message>
    <message>
        <source>&amp;Use destination file on this page</source>
        <translation>ا&amp;ستخدام ملف الوجهة في هذه الصفحة</translation>
    </message>
    <message>
        <source>Adds the file&apos;s sources to this page&apos;s sources and its findings to the reasoning, marked with their date; nothing you typed is replaced.</source>
        <translation>يضيف مصادر الملف إلى مصادر هذه الصفحة واستنتاجاته إلى التعليل، مع تاريخها؛ ولا يُستبدل شيء مما كتبته.</translation>
    </message>
    <message>
        <source>%1 — assessed %2 by %3</source>
        <translation>⁨%1⁩ — قيّمه ⁨%3⁩ في ⁨%2⁩</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>إظهار</translation>
    </message>
    <message>
        <source>From the destination file (%1, assessed %2):</source>
        <translation>من ملف الوجهة (⁨%1⁩، قُيّم في ⁨%2⁩):</translation>
    </message>
    <message>
        <source>Copied into this page&apos;s answers (%1): review them and make them yours.</source>
        <translation>نُسخ إلى إجابات هذه الصفحة (⁨%1⁩): راجعها واجعلها إجاباتك.</translation>
    </message>
    <message>
        <source>This page already has what the file holds.</source>
        <translation>تحتوي هذه الصفحة بالفعل على ما في الملف.</translation>
    </message>
</context>
<context>
    <name>DestinationSettingsTab</name>
    <message>
        <source>Each destination State&apos;s file holds standing findings (GBV, human rights, IHL, diversion...) that new assessments start from. A finding older than this is shown with a warning, in the file and beside the assessment, so someone refreshes it.</source>
        <translation>يحتوي ملف كل دولة مقصد على استنتاجات قائمة (العنف الجنساني، حقوق الإنسان، القانون الإنساني الدولي، التسريب...) تنطلق منها التقييمات الجديدة. يُعرض الاستنتاج الأقدم من هذه المدة مع تحذير، في الملف وبجانب التقييم، ليحدّثه أحدهم.</translation>
    </message>
    <message>
        <source> months</source>
        <translation> شهراً</translation>
    </message>
    <message>
        <source>Destination material needs &amp;refreshing after</source>
        <translation>تحتاج مواد الوجهة إلى &amp;تحديث بعد</translation>
    </message>
</context>
<context>
    <name>DiversionPage</name>
    <message>
        <source>Assess the risk that the items are diverted to unauthorised end users or end uses, stage by stage along the supply chain. The overall diversion risk is the highest stage risk. Red flags, the end-user certificate and post-shipment arrangements are recorded below and reported with the conclusion.</source>
        <translation>قيّم خطر تسريب الأصناف إلى مستعملين نهائيين أو استعمالات نهائية غير مأذون بها، مرحلةً مرحلة على امتداد سلسلة الإمداد. خطر التسريب الإجمالي هو أعلى خطر بين المراحل. تُسجَّل أدناه المؤشرات التحذيرية وشهادة المستعمل النهائي وترتيبات ما بعد الشحن، ويُبلَّغ عنها مع الاستنتاج.</translation>
    </message>
    <message>
        <source>Stage: %1</source>
        <translation>المرحلة: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Red flags</source>
        <translation>المؤشرات التحذيرية</translation>
    </message>
    <message>
        <source>Present?</source>
        <translation>موجود؟</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>End-user certificate and assurances</source>
        <translation>شهادة المستعمل النهائي والضمانات</translation>
    </message>
    <message>
        <source>EUC number, issuer, date</source>
        <translation>رقم الشهادة وجهة الإصدار والتاريخ</translation>
    </message>
    <message>
        <source>End-user certificate received</source>
        <translation>وردت شهادة المستعمل النهائي</translation>
    </message>
    <message>
        <source>Certificate authenticated with the issuing authority</source>
        <translation>تُحقّق من صحة الشهادة لدى الجهة المُصدِرة</translation>
    </message>
    <message>
        <source>Assurance: no re-export without consent</source>
        <translation>ضمان: لا إعادة تصدير دون موافقة</translation>
    </message>
    <message>
        <source>Assurance on stockpile security</source>
        <translation>ضمان بشأن أمن المخزون</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>المرجع</translation>
    </message>
    <message>
        <source>Post-shipment cooperation and verification</source>
        <translation>التعاون والتحقق بعد الشحن</translation>
    </message>
    <message>
        <source>Delivery verification certificate agreed</source>
        <translation>الاتفاق على شهادة التحقق من التسليم</translation>
    </message>
    <message>
        <source>On-site inspection agreed</source>
        <translation>الاتفاق على التفتيش الميداني</translation>
    </message>
    <message>
        <source>Post-shipment cooperation agreed</source>
        <translation>الاتفاق على التعاون بعد الشحن</translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <source>Add document to %1</source>
        <translation>إضافة مستند إلى ⁨%1⁩</translation>
    </message>
    <message>
        <source>e.g. End-user certificate signed by the MoD</source>
        <translation>مثال: شهادة المستعمل النهائي موقّعة من وزارة الدفاع</translation>
    </message>
    <message>
        <source>The document&apos;s own number, if any</source>
        <translation>رقم المستند نفسه، إن وُجد</translation>
    </message>
    <message>
        <source>Dated</source>
        <translation>بتاريخ</translation>
    </message>
    <message>
        <source>Where the file is kept (optional)</source>
        <translation>مكان حفظ الملف (اختياري)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>استعراض…</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>النوع:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>العنوان:</translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation>المرجع:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>التاريخ:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>الملف:</translation>
    </message>
    <message>
        <source>Give the document a title.</source>
        <translation>أدخل عنواناً للمستند.</translation>
    </message>
    <message>
        <source>Choose the document&apos;s file</source>
        <translation>اختيار ملف المستند</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>جميع الملفات (*)</translation>
    </message>
</context>
<context>
    <name>EmbargoDataDialog</name>
    <message>
        <source>Embargo reference data</source>
        <extracomment>An update was loaded or the applied sets changed: reassessment lists refresh.</extracomment>
        <translation>بيانات الحظر المرجعية</translation>
    </message>
    <message>
        <source>The Article 6 screen checks every destination, end user, consignee and transit State against these sets, as at the decision date. UN Security Council embargoes (Article 6(1)) always apply. Regional and other sets (Article 6(2)) apply only if the obligation is your State&apos;s own: tick them to apply them.</source>
        <translation>يقارن فحص المادة 6 كل وجهة ومستعمل نهائي ومرسَل إليه ودولة عبور بهذه المجموعات، بتاريخ القرار. حظر مجلس الأمن (المادة 6(1)) ينطبق دائماً. أما المجموعات الإقليمية وغيرها (المادة 6(2)) فلا تنطبق إلا إذا كان الالتزام التزاماً على دولتك: حدّدها لتطبيقها.</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>مطبَّقة</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>المجموعة</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>الأساس القانوني</translation>
    </message>
    <message>
        <source>Verified as of</source>
        <translation>تم التحقق بتاريخ</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>المدخلات</translation>
    </message>
    <message>
        <source>&amp;Apply the ticked sets</source>
        <translation>&amp;تطبيق المجموعات المحددة</translation>
    </message>
    <message>
        <source>&amp;Load updated embargo data from a file…</source>
        <translation>ت&amp;حميل بيانات الحظر المحدَّثة من ملف…</translation>
    </message>
    <message>
        <source>UN Security Council, Chapter VII (Art. 6(1))</source>
        <translation>مجلس الأمن، الفصل السابع (المادة 6(1))</translation>
    </message>
    <message>
        <source>Other international obligation (Art. 6(2))</source>
        <translation>التزام دولي آخر (المادة 6(2))</translation>
    </message>
    <message>
        <source>UN embargoes always apply</source>
        <translation>حظر الأمم المتحدة ينطبق دائماً</translation>
    </message>
    <message>
        <source>Apply this set</source>
        <translation>تطبيق هذه المجموعة</translation>
    </message>
    <message>
        <source>loaded update</source>
        <translation>تحديث محمَّل</translation>
    </message>
    <message>
        <source>shipped</source>
        <translation>مرفقة بالتطبيق</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>المصدر: ⁨%1⁩</translation>
    </message>
    <message>
        <source>The choice was not saved</source>
        <translation>لم يُحفظ الاختيار</translation>
    </message>
    <message>
        <source>Applied: %1</source>
        <translation>المطبَّقة: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Load embargo data</source>
        <translation>تحميل بيانات الحظر</translation>
    </message>
    <message>
        <source>Embargo data (*.json);;All files (*)</source>
        <translation>بيانات الحظر (*.json);;جميع الملفات (*)</translation>
    </message>
    <message>
        <source>Nothing was loaded. %1</source>
        <translation>لم يُحمَّل شيء. ⁨%1⁩</translation>
    </message>
    <message>
        <source>The embargo file was not loaded</source>
        <translation>لم يُحمَّل ملف الحظر</translation>
    </message>
    <message>
        <source>Loaded %1, verified as of %2 (was %3): %4 added, %5 changed, %6 removed. Open the Article 7(7) reassessment to see the licences it concerns.</source>
        <translation>حُمّل ⁨%1⁩، تم التحقق بتاريخ ⁨%2⁩ (كان ⁨%3⁩): أُضيف ⁨%4⁩، وتغيّر ⁨%5⁩، وأُزيل ⁨%6⁩. افتح إعادة التقييم بموجب المادة 7(7) لرؤية التراخيص المعنية.</translation>
    </message>
    <message>
        <source>Load older embargo data</source>
        <translation>تحميل بيانات حظر أقدم</translation>
    </message>
    <message>
        <source>%1

To load it anyway, say why (for example: corrections to the entries).</source>
        <translation>⁨%1⁩

لتحميلها مع ذلك، اذكر السبب (مثلاً: تصحيحات في المدخلات).</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <source>Destination file: %1</source>
        <translation>ملف الوجهة: ⁨%1⁩</translation>
    </message>
    <message>
        <source>What the material shows about the State, for the officers who come after</source>
        <translation>ما تُظهره المواد عن الدولة، للموظفين الذين يأتون لاحقاً</translation>
    </message>
    <message>
        <source>Why the finding changes (a new report, the situation changed)</source>
        <translation>سبب تغيّر الاستنتاج (تقرير جديد، تغيّر الوضع)</translation>
    </message>
    <message>
        <source>Put the valid licences concerning this State up for reassessment (Article 7(7))</source>
        <translation>إدراج التراخيص السارية المتعلقة بهذه الدولة لإعادة التقييم (المادة 7(7))</translation>
    </message>
    <message>
        <source>&amp;Topic</source>
        <translation>ال&amp;موضوع</translation>
    </message>
    <message>
        <source>&amp;Assessed on</source>
        <translation>&amp;تاريخ التقييم</translation>
    </message>
    <message>
        <source>&amp;Finding</source>
        <translation>الا&amp;ستنتاج</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>المصادر</translation>
    </message>
    <message>
        <source>&amp;Why it changes</source>
        <translation>سبب الت&amp;غيير</translation>
    </message>
    <message>
        <source>Choose the kind of source for “%1”, or remove the row.</source>
        <translation>اختر نوع المصدر لـ «⁨%1⁩»، أو احذف الصف.</translation>
    </message>
</context>
<context>
    <name>ErrorSummary</name>
    <message>
        <source>Problems to correct</source>
        <translation>مشكلات يجب تصحيحها</translation>
    </message>
    <message>
        <source>Not saved yet. Please correct this problem:</source>
        <translation>لم يُحفظ بعد. يُرجى تصحيح هذه المشكلة:</translation>
    </message>
    <message>
        <source>Not saved yet. Please correct these %1 problems:</source>
        <translation>لم يُحفظ بعد. يُرجى تصحيح هذه المشكلات الـ ⁨%1⁩:</translation>
    </message>
    <message>
        <source>Go to this field</source>
        <translation>الانتقال إلى هذا الحقل</translation>
    </message>
</context>
<context>
    <name>EuReportDialog</name>
    <message>
        <source>EU annual report on arms exports</source>
        <translation>التقرير السنوي للاتحاد الأوروبي عن صادرات الأسلحة</translation>
    </message>
    <message>
        <source>&amp;Load a criteria set from a file…</source>
        <translation>&amp;تحميل مجموعة معايير من ملف…</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;معاينة</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>ال&amp;سنة</translation>
    </message>
    <message>
        <source>&amp;Currency</source>
        <translation>ال&amp;عملة</translation>
    </message>
    <message>
        <source>Denial criteria set</source>
        <translation>مجموعة معايير الرفض</translation>
    </message>
    <message>
        <source>Report lan&amp;guage</source>
        <translation>لغة الت&amp;قرير</translation>
    </message>
    <message>
        <source>Exports</source>
        <translation>الصادرات</translation>
    </message>
    <message>
        <source>Brokering</source>
        <translation>السمسرة</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>نتائج الفحص</translation>
    </message>
    <message>
        <source>&amp;Open the record to fix</source>
        <translation>&amp;فتح السجل لتصحيحه</translation>
    </message>
    <message>
        <source>Allow a &amp;draft despite errors</source>
        <translation>السماح بم&amp;سودة رغم الأخطاء</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>تصدير &amp;PDF…</translation>
    </message>
    <message>
        <source>Export &amp;XLSX…</source>
        <translation>تصدير &amp;XLSX…</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>تصدير &amp;CSV…</translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation>تصدير &amp;JSON…</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>الوجهة</translation>
    </message>
    <message>
        <source>ML category</source>
        <translation>فئة ML</translation>
    </message>
    <message>
        <source>Licences issued</source>
        <translation>التراخيص الصادرة</translation>
    </message>
    <message>
        <source>Value of licences</source>
        <translation>قيمة التراخيص</translation>
    </message>
    <message>
        <source>Actual exports</source>
        <translation>الصادرات الفعلية</translation>
    </message>
    <message>
        <source>Denials</source>
        <translation>حالات الرفض</translation>
    </message>
    <message>
        <source>Criteria cited (times)</source>
        <translation>المعايير المستند إليها (عدد المرات)</translation>
    </message>
    <message>
        <source>(none: denials cite only the treaty&apos;s grounds)</source>
        <translation>(لا شيء: لا يستند الرفض إلا إلى أسس المعاهدة)</translation>
    </message>
    <message>
        <source>Load a denial criteria set</source>
        <translation>تحميل مجموعة معايير رفض</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>ملفات JSON (*.json)</translation>
    </message>
    <message>
        <source>Criteria set %1 loaded.</source>
        <translation>تم تحميل مجموعة المعايير %1.</translation>
    </message>
    <message>
        <source>Give the report currency as a 3-letter ISO 4217 code.</source>
        <translation>أدخل عملة التقرير برمزها المؤلف من 3 أحرف وفق ISO 4217.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>خطأ</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>تحذير</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) to fix before export.</source>
        <translation>
            <numerusform>يجب تصحيح %n من الأخطاء قبل التصدير.</numerusform>
            <numerusform>يجب تصحيح %n من الأخطاء قبل التصدير.</numerusform>
            <numerusform>يجب تصحيح %n من الأخطاء قبل التصدير.</numerusform>
            <numerusform>يجب تصحيح %n من الأخطاء قبل التصدير.</numerusform>
            <numerusform>يجب تصحيح %n من الأخطاء قبل التصدير.</numerusform>
            <numerusform>يجب تصحيح %n من الأخطاء قبل التصدير.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready to export.</source>
        <translation>جاهز للتصدير.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>المجموع</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>غير مصنف</translation>
    </message>
    <message>
        <source>Export the EU report</source>
        <translation>تصدير تقرير الاتحاد الأوروبي</translation>
    </message>
</context>
<context>
    <name>EucChecksPanel</name>
    <message>
        <source>Number</source>
        <extracomment>A check was recorded: the case view shows the case again (its history changed).</extracomment>
        <translation>الرقم</translation>
    </message>
    <message>
        <source>Issued by, on</source>
        <translation>صادرة عن، بتاريخ</translation>
    </message>
    <message>
        <source>Contacted (who, how), on</source>
        <translation>جرى الاتصال (بمن، وكيف)، بتاريخ</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>سجّله</translation>
    </message>
    <message>
        <source>Record how the certificate was verified</source>
        <translation>سجّل كيف جرى التحقق من الشهادة</translation>
    </message>
    <message>
        <source>e.g. Col. Souza, MoD legal office, by telephone</source>
        <translation>مثال: العقيد سوزا، المكتب القانوني في وزارة الدفاع، هاتفياً</translation>
    </message>
    <message>
        <source>&amp;Record the check</source>
        <translation>تسجيل &amp;التحقق</translation>
    </message>
    <message>
        <source>Certificate &amp;number</source>
        <translation>&amp;رقم الشهادة</translation>
    </message>
    <message>
        <source>&amp;Issuing authority</source>
        <translation>&amp;جهة الإصدار</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>تاريخ الإصدار</translation>
    </message>
    <message>
        <source>&amp;Contacted (who, how)</source>
        <translation>&amp;تم الاتصال (بمن، وكيف)</translation>
    </message>
    <message>
        <source>Contacted on</source>
        <translation>تاريخ الاتصال</translation>
    </message>
    <message>
        <source>Res&amp;ult</source>
        <translation>ال&amp;نتيجة</translation>
    </message>
    <message>
        <source>End-user certificate</source>
        <translation>شهادة المستعمل النهائي</translation>
    </message>
    <message>
        <source>End-user certificate (%1)</source>
        <translation>شهادة المستعمل النهائي (⁨%1⁩)</translation>
    </message>
</context>
<context>
    <name>FieldMessages</name>
    <message>
        <source>quantity</source>
        <translation>الكمية</translation>
    </message>
    <message>
        <source>value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a %2</source>
        <translation>&apos;⁨%1⁩&apos; ليست قيمة صالحة في حقل ⁨%2⁩</translation>
    </message>
    <message>
        <source>use a dot for decimals in the %1, not a comma</source>
        <translation>استخدم النقطة للكسور العشرية في ⁨%1⁩، لا الفاصلة</translation>
    </message>
</context>
<context>
    <name>FindingEditor</name>
    <message>
        <source>Reasoning: what the information shows</source>
        <translation>التعليل: ما تُظهره المعلومات</translation>
    </message>
    <message>
        <source>Risk before mitigation</source>
        <translation>الخطر قبل التخفيف</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>التعليل</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>المصادر</translation>
    </message>
</context>
<context>
    <name>FirstAdminForm</name>
    <message>
        <source>Create the administrator</source>
        <translation>إنشاء حساب مدير النظام</translation>
    </message>
    <message>
        <source>This database has no accounts yet. Create the administrator account: the administrator adds the officers, committee members, deciding authority and focal point, but cannot decide cases.</source>
        <translation>لا توجد حسابات في قاعدة البيانات هذه بعد. أنشئ حساب مدير النظام: يضيف مدير النظام الموظفين وأعضاء اللجنة وسلطة البتّ وجهة التنسيق، لكنه لا يستطيع البتّ في القضايا.</translation>
    </message>
    <message>
        <source>Create administrator</source>
        <translation>إنشاء مدير النظام</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>ا&amp;سم المستخدم:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>الاسم ال&amp;كامل:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>كلمة ال&amp;مرور:</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>&amp;تكرار كلمة المرور:</translation>
    </message>
    <message>
        <source>Enter a user name and the administrator&apos;s full name.</source>
        <translation>أدخل اسم مستخدم والاسم الكامل لمدير النظام.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>كلمتا المرور غير متطابقتين.</translation>
    </message>
</context>
<context>
    <name>FollowUpVocabulary</name>
    <message>
        <source>Delivery verification certificate</source>
        <translation>شهادة التحقق من التسليم</translation>
    </message>
    <message>
        <source>Verification visit</source>
        <translation>زيارة تحقق</translation>
    </message>
    <message>
        <source>End-use assurance</source>
        <translation>ضمان الاستعمال النهائي</translation>
    </message>
    <message>
        <source>Storage assurance</source>
        <translation>ضمان التخزين</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>متأخر</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>مفتوح</translation>
    </message>
    <message>
        <source>Fulfilled</source>
        <translation>مستوفى</translation>
    </message>
    <message>
        <source>Waived</source>
        <translation>معفى منه</translation>
    </message>
    <message>
        <source>Satisfactory</source>
        <translation>مُرضٍ</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>مخاوف</translation>
    </message>
    <message>
        <source>BREACH FOUND</source>
        <translation>ثبتت مخالفة</translation>
    </message>
    <message>
        <source>After every shipment under every licence</source>
        <translation>بعد كل شحنة بموجب كل ترخيص</translation>
    </message>
    <message>
        <source>When the licence&apos;s conditions or its assessment call for delivery verification</source>
        <translation>عندما تتطلب شروط الترخيص أو تقييمه التحقق من التسليم</translation>
    </message>
    <message>
        <source>Never automatically (added by hand)</source>
        <translation>ليس تلقائياً أبداً (يُضاف يدوياً)</translation>
    </message>
    <message>
        <source>%1 for shipment %2</source>
        <translation>⁨%1⁩ للشحنة ⁨%2⁩</translation>
    </message>
    <message>
        <source>%1 for the shipment of %2</source>
        <translation>⁨%1⁩ لشحنة ⁨%2⁩</translation>
    </message>
    <message>
        <source>Follow-up obligation added</source>
        <extracomment>The history&apos;s actions for obligations, in words.</extracomment>
        <translation>أُضيف التزام متابعة</translation>
    </message>
    <message>
        <source>Verification visit planned</source>
        <translation>زيارة تحقق مقررة</translation>
    </message>
    <message>
        <source>Delivery verification certificate received</source>
        <translation>وردت شهادة التحقق من التسليم</translation>
    </message>
    <message>
        <source>Verification visit recorded</source>
        <translation>سُجّلت زيارة تحقق</translation>
    </message>
    <message>
        <source>Assurance checked</source>
        <translation>تم التحقق من الضمان</translation>
    </message>
    <message>
        <source>Follow-up obligation waived</source>
        <translation>أُعفي من التزام متابعة</translation>
    </message>
    <message>
        <source>Licence %1: %2</source>
        <translation>الترخيص ⁨%1⁩: ⁨%2⁩</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>مستحق في ⁨%1⁩</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>في ⁨%1⁩</translation>
    </message>
</context>
<context>
    <name>FollowUpWindow</name>
    <message>
        <source>Licence follow-up</source>
        <extracomment>Rows per page.</extracomment>
        <translation>متابعة التراخيص</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>كل الأنواع</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>أي حالة</translation>
    </message>
    <message>
        <source>&amp;Overdue only</source>
        <translation>المتأخرة &amp;فقط</translation>
    </message>
    <message>
        <source>&amp;Due between</source>
        <translation>&amp;مستحقة بين</translation>
    </message>
    <message>
        <source>Part of the licence number</source>
        <translation>جزء من رقم الترخيص</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>ال&amp;نوع:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>ال&amp;حالة:</translation>
    </message>
    <message>
        <source>Des&amp;tination:</source>
        <translation>الوج&amp;هة:</translation>
    </message>
    <message>
        <source>&amp;Licence:</source>
        <translation>ال&amp;ترخيص:</translation>
    </message>
    <message>
        <source>and</source>
        <translation>و</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>ال&amp;سابق</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>التا&amp;لي</translation>
    </message>
    <message>
        <source>Certificate &amp;rules…</source>
        <translation>&amp;قواعد الشهادات…</translation>
    </message>
    <message>
        <source>When delivery verification certificates are owed, and how soon</source>
        <translation>متى تُستحق شهادات التحقق من التسليم، وفي أي مهلة</translation>
    </message>
    <message>
        <source>All destinations</source>
        <translation>كل الوجهات</translation>
    </message>
    <message>
        <source>No obligation matches these filters.</source>
        <translation>لا يوجد التزام يطابق عوامل التصفية هذه.</translation>
    </message>
    <message>
        <source>%1–%2 of %3 obligations</source>
        <translation>الالتزامات ⁨%1⁩–⁨%2⁩ من ⁨%3⁩</translation>
    </message>
</context>
<context>
    <name>GbvConsultationBox</name>
    <message>
        <source>What should the gender adviser look at? e.g. the prevalence of conflict-related sexual violence by the receiving unit</source>
        <translation>ما الذي ينبغي أن ينظر فيه مستشار الشؤون الجنسانية؟ مثال: انتشار العنف الجنسي المرتبط بالنزاعات لدى الوحدة المستلمة</translation>
    </message>
    <message>
        <source>&amp;Ask the gender adviser</source>
        <translation>&amp;سؤال مستشار الشؤون الجنسانية</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>سؤال</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>السؤال</translation>
    </message>
    <message>
        <source>Consultation of the gender adviser (Article 7(4))</source>
        <translation>التشاور مع مستشار الشؤون الجنسانية (المادة 7(4))</translation>
    </message>
    <message>
        <source>Steps 1 and 2 are answered yes: serious GBV/VAWC is prevalent in the importing State. The authority asks the gender adviser, who may consult women&apos;s organisations and GBV experts, before the assessment is completed.</source>
        <translation>أُجيب عن الخطوتين 1 و2 بـ«نعم»: العنف الخطير القائم على نوع الجنس أو ضد النساء والأطفال سائد في الدولة المستوردة. تسأل السلطة مستشار الشؤون الجنسانية، الذي يجوز له استشارة المنظمات النسائية وخبراء العنف الجنساني، قبل إكمال التقييم.</translation>
    </message>
    <message>
        <source>The gender adviser has not been asked yet.</source>
        <translation>لم يُسأل مستشار الشؤون الجنسانية بعد.</translation>
    </message>
    <message>
        <source>Any gender adviser</source>
        <translation>أي مستشار للشؤون الجنسانية</translation>
    </message>
    <message>
        <source>The gender adviser was not asked</source>
        <translation>لم يُسأل مستشار الشؤون الجنسانية</translation>
    </message>
</context>
<context>
    <name>GbvFlowchart</name>
    <message>
        <source>Where the case stands: the highlighted step (you are here).</source>
        <extracomment>Fill, border and text colours per status. The legend&apos;s entries, in reading order. Step 4 when the engine found an overriding risk after mitigation: where the case stands. The outcome line under the chart: overriding (red) or not (green).</extracomment>
        <translation>موضع القضية: الخطوة المميَّزة (أنت هنا).</translation>
    </message>
    <message>
        <source>Outcome: an overriding risk remains after mitigation (step 4): Article 7(3) forbids authorising.</source>
        <translation>النتيجة: يبقى خطر راجح بعد التخفيف (الخطوة 4): تحظر المادة 7(3) الإذن.</translation>
    </message>
    <message>
        <source>Outcome: no overriding risk of serious GBV/VAWC after mitigation.</source>
        <translation>النتيجة: لا يوجد خطر راجح للعنف الخطير القائم على نوع الجنس أو ضد النساء والأطفال بعد التخفيف.</translation>
    </message>
    <message>
        <source>%1 (you are here)</source>
        <translation>⁨%1⁩ (أنت هنا)</translation>
    </message>
    <message>
        <source>then 5</source>
        <translation>ثم 5</translation>
    </message>
    <message>
        <source>4 last</source>
        <translation>4 أخيراً</translation>
    </message>
</context>
<context>
    <name>GbvForms</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Write dates as YYYY-MM-DD, e.g. %1</source>
        <translation>اكتب التواريخ بالصيغة YYYY-MM-DD، مثل ⁨%1⁩</translation>
    </message>
</context>
<context>
    <name>GbvPage</name>
    <message>
        <source>The flowchart numbers its steps 1 to 5 with mitigation last. Under Article 7(1)-(3), however, an overriding risk is determined only after mitigation has been considered (footnote 7 of the flowchart). The steps are therefore taken in the order 1, 2, 3, 5, 4: mitigation (step 5) before the overriding-risk determination (step 4). The numbers stay those of the published flowchart.</source>
        <translation>يرقّم المخطط خطواته من 1 إلى 5 والتخفيف أخيراً. غير أنه بموجب المادة 7(1)-(3) لا يُحدَّد الخطر الراجح إلا بعد النظر في التخفيف (الحاشية 7 من المخطط). لذا تُتّبع الخطوات بالترتيب 1، 2، 3، 5، 4: التخفيف (الخطوة 5) قبل تحديد الخطر الراجح (الخطوة 4). وتبقى الأرقام هي أرقام المخطط المنشور.</translation>
    </message>
    <message>
        <source>Step 1 — are there prevalent types of GBV / VAWC in the importing State?</source>
        <translation>الخطوة 1 — هل توجد أنواع سائدة من العنف الجنساني أو العنف ضد النساء والأطفال في الدولة المستوردة؟</translation>
    </message>
    <message>
        <source>Separate with semicolons, e.g. conflict-related sexual violence; femicide</source>
        <translation>افصل بفواصل منقوطة، مثال: العنف الجنسي المرتبط بالنزاعات؛ قتل النساء</translation>
    </message>
    <message>
        <source>Prevalent types</source>
        <translation>الأنواع السائدة</translation>
    </message>
    <message>
        <source>Step 2 — are these prevalent violations serious?</source>
        <translation>الخطوة 2 — هل هذه الانتهاكات السائدة خطيرة؟</translation>
    </message>
    <message>
        <source>Step 3 — does the importing State take effective preventive action?</source>
        <translation>الخطوة 3 — هل تتخذ الدولة المستوردة إجراءات وقائية فعالة؟</translation>
    </message>
    <message>
        <source>Risk that the items would be used to commit or facilitate the GBV / VAWC identified (before mitigation)</source>
        <translation>خطر استخدام الأصناف لارتكاب العنف الجنساني أو العنف ضد النساء والأطفال المحدَّد أو تيسير ارتكابه (قبل التخفيف)</translation>
    </message>
    <message>
        <source>Record mitigation measures for 7(4)…</source>
        <translation>تسجيل تدابير التخفيف للمادة 7(4)…</translation>
    </message>
    <message>
        <source>Step 5 (taken before step 4) — does mitigation reliably reduce the risk?</source>
        <translation>الخطوة 5 (تُتّخذ قبل الخطوة 4) — هل يخفض التخفيف الخطر بصورة موثوقة؟</translation>
    </message>
    <message>
        <source>Measures are recorded on the Article 7(2) mitigation page: tick “7(4) GBV/VAWC” for each measure that addresses this risk.</source>
        <translation>تُسجَّل التدابير في صفحة التخفيف للمادة 7(2): حدّد «7(4) العنف الجنساني/ضد النساء والأطفال» لكل تدبير يعالج هذا الخطر.</translation>
    </message>
    <message>
        <source>Mitigation was considered and no measure addresses this risk</source>
        <translation>نُظر في التخفيف ولا يوجد تدبير يعالج هذا الخطر</translation>
    </message>
    <message>
        <source>Explain the overriding-risk determination for the record</source>
        <translation>اشرح تحديد الخطر الراجح للسجل</translation>
    </message>
    <message>
        <source>Step 4 (taken last) — is there an overriding risk after mitigation?</source>
        <translation>الخطوة 4 (تُتّخذ أخيراً) — هل يوجد خطر راجح بعد التخفيف؟</translation>
    </message>
    <message>
        <source>Save the page to see where the case stands.</source>
        <translation>احفظ الصفحة لمعرفة موضع القضية.</translation>
    </message>
    <message>
        <source>The case stands at step %1: %2</source>
        <translation>القضية عند الخطوة ⁨%1⁩: ⁨%2⁩</translation>
    </message>
    <message>
        <source>Flowchart finished. Risk after mitigation: %1.</source>
        <translation>اكتمل المخطط. الخطر بعد التخفيف: ⁨%1⁩.</translation>
    </message>
    <message>
        <source>Evaluation order 1 → 2 → 3 → 5 → 4:</source>
        <translation>ترتيب التقييم 1 ← 2 ← 3 ← 5 ← 4:</translation>
    </message>
</context>
<context>
    <name>GbvStepText</name>
    <message>
        <source>Step 3: the importing State takes effective preventive action, weighed in step 4 (it does not lower the risk by itself).</source>
        <translation>الخطوة 3: تتخذ الدولة المستوردة إجراءات وقائية فعالة، تُوازَن في الخطوة 4 (ولا تخفض الخطر بمفردها).</translation>
    </message>
    <message>
        <source>Step 3: the importing State does not take effective preventive action, which weighs towards an overriding risk in step 4.</source>
        <translation>الخطوة 3: لا تتخذ الدولة المستوردة إجراءات وقائية فعالة، وهو ما يرجّح وجود خطر راجح في الخطوة 4.</translation>
    </message>
    <message>
        <source>Not answered yet.</source>
        <translation>لم يُجَب بعد.</translation>
    </message>
    <message>
        <source>Not reached yet.</source>
        <translation>لم يحن دورها بعد.</translation>
    </message>
    <message>
        <source>Not needed: the flowchart ended earlier.</source>
        <translation>غير لازم: انتهى المخطط قبل ذلك.</translation>
    </message>
    <message>
        <source>Record the risk before mitigation first.</source>
        <translation>سجّل الخطر قبل التخفيف أولاً.</translation>
    </message>
    <message>
        <source>No prevalent GBV/VAWC identified.</source>
        <translation>لم يُحدَّد عنف سائد قائم على نوع الجنس أو ضد النساء والأطفال.</translation>
    </message>
    <message>
        <source>No prevalent GBV/VAWC: no 7(4) risk.</source>
        <translation>لا عنف سائد قائم على نوع الجنس أو ضد النساء والأطفال: لا خطر بموجب 7(4).</translation>
    </message>
    <message>
        <source>The prevalent violations are not serious.</source>
        <translation>الانتهاكات السائدة ليست خطيرة.</translation>
    </message>
    <message>
        <source>The prevalent violations are serious.</source>
        <translation>الانتهاكات السائدة خطيرة.</translation>
    </message>
    <message>
        <source>Article 7(4) concerns serious acts; the prevalent violations are not serious.</source>
        <translation>تتعلق المادة 7(4) بالأعمال الخطيرة؛ والانتهاكات السائدة ليست خطيرة.</translation>
    </message>
    <message>
        <source>The importing State takes effective preventive action.</source>
        <translation>تتخذ الدولة المستوردة إجراءات وقائية فعالة.</translation>
    </message>
    <message>
        <source>The importing State does not take effective preventive action.</source>
        <translation>لا تتخذ الدولة المستوردة إجراءات وقائية فعالة.</translation>
    </message>
    <message>
        <source>No mitigation measure addresses this risk.</source>
        <translation>لا يعالج أي تدبير تخفيف هذا الخطر.</translation>
    </message>
    <message>
        <source>Consider mitigation: link a measure to this risk, or record that none addresses it.</source>
        <translation>انظر في التخفيف: اربط تدبيراً بهذا الخطر، أو سجّل أنه لا يوجد ما يعالجه.</translation>
    </message>
    <message>
        <source>The flowchart is not finished.</source>
        <translation>المخطط لم يكتمل.</translation>
    </message>
    <message>
        <source>After mitigation an overriding risk remains (Article 7(4), 7(3)).</source>
        <translation>يبقى خطر راجح بعد التخفيف (المادة 7(4)، 7(3)).</translation>
    </message>
    <message>
        <source>After mitigation no overriding risk remains (Article 7(4), 7(3)).</source>
        <translation>لا يبقى خطر راجح بعد التخفيف (المادة 7(4)، 7(3)).</translation>
    </message>
    <message>
        <source>Prevalent: %1.</source>
        <translation>السائد: ⁨%1⁩.</translation>
    </message>
    <message>
        <source>Reliably reduced by %1.</source>
        <translation>يخفضه بصورة موثوقة: ⁨%1⁩.</translation>
    </message>
    <message>
        <source>Measures %1 do not reliably reduce it.</source>
        <translation>التدابير ⁨%1⁩ لا تخفضه بصورة موثوقة.</translation>
    </message>
    <message>
        <source>Risk %1 before mitigation; decide on the measures.</source>
        <translation>الخطر ⁨%1⁩ قبل التخفيف؛ قرّر بشأن التدابير.</translation>
    </message>
    <message>
        <source>Risk %1 before mitigation, %2 after: an overriding risk remains.</source>
        <translation>الخطر ⁨%1⁩ قبل التخفيف، و⁨%2⁩ بعده: يبقى خطر راجح.</translation>
    </message>
    <message>
        <source>Risk %1 before mitigation, %2 after: no overriding risk remains.</source>
        <translation>الخطر ⁨%1⁩ قبل التخفيف، و⁨%2⁩ بعده: لا يبقى خطر راجح.</translation>
    </message>
</context>
<context>
    <name>GbvWords</name>
    <message>
        <source>Women&apos;s organisation</source>
        <translation>منظمة نسائية</translation>
    </message>
    <message>
        <source>GBV expert</source>
        <translation>خبير في العنف الجنساني</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <source>Gender-based violence</source>
        <translation>العنف القائم على نوع الجنس</translation>
    </message>
    <message>
        <source>Arms Trade Treaty basics</source>
        <translation>أساسيات معاهدة تجارة الأسلحة</translation>
    </message>
    <message>
        <source>Export control law</source>
        <translation>قانون مراقبة الصادرات</translation>
    </message>
    <message>
        <source>Authentic</source>
        <translation>صحيحة</translation>
    </message>
    <message>
        <source>NOT authentic</source>
        <translation>غير صحيحة</translation>
    </message>
    <message>
        <source>No reply</source>
        <translation>لا رد</translation>
    </message>
    <message>
        <source>any gender adviser</source>
        <translation>أي مستشار للشؤون الجنسانية</translation>
    </message>
    <message>
        <source>Asked by %1 on %2, of %3:</source>
        <translation>سؤال من ⁨%1⁩ في ⁨%2⁩ إلى ⁨%3⁩:</translation>
    </message>
    <message>
        <source>Awaiting the gender adviser&apos;s answer.</source>
        <translation>بانتظار إجابة مستشار الشؤون الجنسانية.</translation>
    </message>
    <message>
        <source>Answered by %1 on %2:</source>
        <translation>أجاب ⁨%1⁩ في ⁨%2⁩:</translation>
    </message>
    <message>
        <source>Consulted: %1</source>
        <translation>جرى التشاور مع: ⁨%1⁩</translation>
    </message>
    <message>
        <source>EUC number %1 is also on case %2 (same end user)</source>
        <translation>رقم شهادة المستعمل النهائي ⁨%1⁩ موجود أيضاً في القضية ⁨%2⁩ (المستعمل النهائي نفسه)</translation>
    </message>
    <message>
        <source>EUC number %1 is also on case %2 (different end user)</source>
        <translation>رقم شهادة المستعمل النهائي ⁨%1⁩ موجود أيضاً في القضية ⁨%2⁩ (مستعمل نهائي مختلف)</translation>
    </message>
    <message>
        <source>EUC number %1: the issuing authority says the certificate is NOT authentic. Do not rely on it; consider the diversion risk and whether to deny.</source>
        <translation>شهادة المستعمل النهائي رقم ⁨%1⁩: تقول الجهة المُصدِرة إن الشهادة غير صحيحة. لا تعتمد عليها؛ وانظر في خطر التسريب وفي الرفض.</translation>
    </message>
    <message>
        <source>EUC number %1: the issuing authority has not replied yet.</source>
        <translation>شهادة المستعمل النهائي رقم ⁨%1⁩: لم ترد الجهة المُصدِرة بعد.</translation>
    </message>
    <message>
        <source>Gender adviser asked (%1): %2</source>
        <translation>سُئل مستشار الشؤون الجنسانية (⁨%1⁩): ⁨%2⁩</translation>
    </message>
    <message>
        <source>Gender adviser answered: %1</source>
        <translation>أجاب مستشار الشؤون الجنسانية: ⁨%1⁩</translation>
    </message>
    <message>
        <source>(consulted: %1)</source>
        <translation>(جرى التشاور مع: ⁨%1⁩)</translation>
    </message>
    <message>
        <source>End-user certificate %1 checked with %2: %3</source>
        <translation>تم التحقق من شهادة المستعمل النهائي ⁨%1⁩ لدى ⁨%2⁩: ⁨%3⁩</translation>
    </message>
</context>
<context>
    <name>Guidance</name>
    <message>
        <source>Is any party or State under an arms embargo on the decision date?</source>
        <translation>هل يخضع أي طرف أو دولة لحظر توريد الأسلحة في تاريخ القرار؟</translation>
    </message>
    <message>
        <source>Article 6(1): a UN Security Council Chapter VII embargo prohibits the transfer outright. The screen checks every destination, end user, consignee, broker and transit State, for all items including ammunition and parts (Articles 3 and 4).</source>
        <translation>المادة 6(1): إذا فرض مجلس الأمن حظراً بموجب الفصل السابع، فالنقل محظور حظراً تاماً. يشمل الفحص كل وجهة ومستعمل نهائي ومرسَل إليه وسمسار ودولة عبور، لجميع الأصناف بما فيها الذخائر والأجزاء (المادتان 3 و4).</translation>
    </message>
    <message>
        <source>The application&apos;s parties and States; the embargo data&apos;s legal basis and dates; the UN Consolidated List for named persons.</source>
        <translation>أطراف الطلب ودوله؛ والأساس القانوني لبيانات الحظر وتواريخها؛ وقائمة الأمم المتحدة الموحدة للأشخاص المسمَّين.</translation>
    </message>
    <message>
        <source>Does this embargo match apply, and has any required approval or notification been made?</source>
        <translation>هل ينطبق هذا التطابق مع الحظر، وهل حُصّلت أي موافقة لازمة أو قُدّم أي إخطار لازم؟</translation>
    </message>
    <message>
        <source>Some embargoes cover only part of a country, only non-State actors, or allow supplies with a sanctions committee&apos;s approval or notification. Approval must be obtained before authorising; without it the transfer stays prohibited.</source>
        <translation>بعض أنواع الحظر لا تشمل إلا جزءاً من البلد، أو الجهات من غير الدول فقط، أو تسمح بالتوريد بموافقة لجنة الجزاءات أو بإخطارها. يجب الحصول على الموافقة قبل الإذن؛ ومن دونها يبقى النقل محظوراً.</translation>
    </message>
    <message>
        <source>The resolution&apos;s text, the committee&apos;s exemption page, the committee&apos;s reply letter.</source>
        <translation>نص القرار، وصفحة الاستثناءات الخاصة باللجنة، ورسالة رد اللجنة.</translation>
    </message>
    <message>
        <source>Would the transfer violate another international obligation of your State (6(2))?</source>
        <translation>هل ينتهك النقل التزاماً دولياً آخر على دولتك (6(2))؟</translation>
    </message>
    <message>
        <source>Regional embargoes (EU, OSCE, ECOWAS), the Firearms Protocol, mine or cluster munition bans and other treaties your State has joined are absolute too.</source>
        <translation>أنواع الحظر الإقليمية (الاتحاد الأوروبي، منظمة الأمن والتعاون في أوروبا، الجماعة الاقتصادية لدول غرب أفريقيا)، وبروتوكول الأسلحة النارية، وحظر الألغام أو الذخائر العنقودية، والمعاهدات الأخرى التي انضمت إليها دولتك مطلقة أيضاً.</translation>
    </message>
    <message>
        <source>Your State&apos;s treaty list and enabled regional embargo sets; legal adviser&apos;s opinion.</source>
        <translation>قائمة المعاهدات التي انضمت إليها دولتك ومجموعات الحظر الإقليمية المفعّلة؛ ورأي المستشار القانوني.</translation>
    </message>
    <message>
        <source>Do you know the items would be used for genocide, crimes against humanity or war crimes?</source>
        <translation>هل تعلم أن الأصناف ستُستخدم في الإبادة الجماعية أو الجرائم ضد الإنسانية أو جرائم الحرب؟</translation>
    </message>
    <message>
        <source>Article 6(3) is about knowledge at the time of authorisation, not mere risk: if the State knows, it must refuse. Risk short of knowledge is weighed under Article 7.</source>
        <translation>تتعلق المادة 6(3) بالعلم وقت الإذن، لا بمجرد الخطر: إذا كانت الدولة تعلم، وجب عليها الرفض. أما الخطر الذي لا يرقى إلى العلم فيُوازَن بموجب المادة 7.</translation>
    </message>
    <message>
        <source>Findings of UN investigative bodies and courts, credible reporting of ongoing crimes.</source>
        <translation>استنتاجات هيئات التحقيق والمحاكم التابعة للأمم المتحدة، والتقارير الموثوقة عن جرائم جارية.</translation>
    </message>
    <message>
        <source>Step 1: What types of GBV and violence against women and children are prevalent?</source>
        <translation>الخطوة 1: ما أنواع العنف الجنساني والعنف ضد النساء والأطفال السائدة؟</translation>
    </message>
    <message>
        <source>Identify which forms are common in the importing State (e.g. conflict-related sexual violence, domestic violence, femicide) before asking how the items relate to them.</source>
        <translation>حدّد الأشكال الشائعة في الدولة المستوردة (مثل العنف الجنسي المرتبط بالنزاعات، والعنف المنزلي، وقتل النساء) قبل أن تسأل عن صلة الأصناف بها.</translation>
    </message>
    <message>
        <source>UN and treaty-body reports (CEDAW, CRC), national statistics, women&apos;s organisations, consultation with GBV experts.</source>
        <translation>تقارير الأمم المتحدة وهيئات المعاهدات (اتفاقية القضاء على التمييز ضد المرأة، اتفاقية حقوق الطفل)، والإحصاءات الوطنية، والمنظمات النسائية، والتشاور مع خبراء العنف الجنساني.</translation>
    </message>
    <message>
        <source>Step 2: Are these prevalent violations &apos;serious&apos;?</source>
        <translation>الخطوة 2: هل هذه الانتهاكات السائدة «خطيرة»؟</translation>
    </message>
    <message>
        <source>Article 7(4) speaks of serious acts: consider scale, gravity, whether systematic or tolerated, and whether security forces are involved.</source>
        <translation>تتحدث المادة 7(4) عن أعمال خطيرة: انظر في النطاق والجسامة، وهل هي منهجية أو متسامح معها، وهل قوات الأمن متورطة فيها.</translation>
    </message>
    <message>
        <source>Commission of inquiry findings, Special Representative on Sexual Violence in Conflict.</source>
        <translation>استنتاجات لجان التحقيق، والممثلة الخاصة المعنية بالعنف الجنسي في حالات النزاع.</translation>
    </message>
    <message>
        <source>Step 3: Does the importing State take effective preventive action?</source>
        <translation>الخطوة 3: هل تتخذ الدولة المستوردة إجراءات وقائية فعالة؟</translation>
    </message>
    <message>
        <source>Look at laws, prosecutions, protection services and vetting and training of forces, and whether they work in practice, not only on paper.</source>
        <translation>انظر في القوانين والملاحقات القضائية وخدمات الحماية وفحص القوات وتدريبها، وهل تعمل فعلياً لا على الورق فقط.</translation>
    </message>
    <message>
        <source>Prosecution data, UN country reviews, NGO monitoring, the importer&apos;s own information.</source>
        <translation>بيانات الملاحقة القضائية، والاستعراضات القُطرية للأمم المتحدة، ورصد المنظمات غير الحكومية، والمعلومات المقدمة من المستورد نفسه.</translation>
    </message>
    <message>
        <source>How likely is it that these items would be used to commit or facilitate the GBV found?</source>
        <translation>ما مدى احتمال استخدام هذه الأصناف لارتكاب العنف الجنساني المحدَّد أو تيسير ارتكابه؟</translation>
    </message>
    <message>
        <source>Judge the link between the items, the end user and the violations before mitigation: the type of items (e.g. small arms used in intimidation), and the end user&apos;s record.</source>
        <translation>قدّر الصلة بين الأصناف والمستعمل النهائي والانتهاكات قبل التخفيف: نوع الأصناف (مثل الأسلحة الصغيرة المستخدمة في الترهيب)، وسجل المستعمل النهائي.</translation>
    </message>
    <message>
        <source>End-user record, item type and use, reports naming the unit or force concerned.</source>
        <translation>سجل المستعمل النهائي، ونوع الصنف واستعماله، والتقارير التي تسمّي الوحدة أو القوة المعنية.</translation>
    </message>
    <message>
        <source>Step 5: Do mitigation measures reliably and significantly reduce the risk?</source>
        <translation>الخطوة 5: هل تخفض تدابير التخفيف الخطر بصورة موثوقة وكبيرة؟</translation>
    </message>
    <message>
        <source>Taken before step 4 (footnote 7): the overriding-risk decision is made after mitigation. A measure counts only if it is credible and verifiable for this end user.</source>
        <translation>تُتّخذ قبل الخطوة 4 (الحاشية 7): يُتّخذ قرار الخطر الراجح بعد التخفيف. لا يُحتسب التدبير إلا إذا كان موثوقاً وقابلاً للتحقق بالنسبة إلى هذا المستعمل النهائي.</translation>
    </message>
    <message>
        <source>The measures proposed and the importer&apos;s track record of honouring similar commitments.</source>
        <translation>التدابير المقترحة، وسجل المستورد في الوفاء بالتزامات مماثلة.</translation>
    </message>
    <message>
        <source>Step 4: Is there an overriding risk after mitigation?</source>
        <translation>الخطوة 4: هل يوجد خطر راجح بعد التخفيف؟</translation>
    </message>
    <message>
        <source>The application computes this from the risk before mitigation and step 5; explain the determination in your own words for the record.</source>
        <translation>يحسب التطبيق ذلك من الخطر قبل التخفيف ومن الخطوة 5؛ اشرح التحديد بكلماتك للسجل.</translation>
    </message>
    <message>
        <source>Your findings in steps 1-3 and 5.</source>
        <translation>استنتاجاتك في الخطوات 1-3 و5.</translation>
    </message>
    <message>
        <source>Are there diversion red flags?</source>
        <translation>هل توجد مؤشرات تحذيرية للتسريب؟</translation>
    </message>
    <message>
        <source>Warning signs that the declared end user or end use may not be the real one.</source>
        <translation>علامات إنذار على أن المستعمل النهائي أو الاستعمال النهائي المعلَن قد لا يكون الحقيقي.</translation>
    </message>
    <message>
        <source>Routing, brokers&apos; registration, payment terms, the fit between items and the end user.</source>
        <translation>المسار، وتسجيل السماسرة، وشروط الدفع، والتناسب بين الأصناف والمستعمل النهائي.</translation>
    </message>
    <message>
        <source>Is there an authenticated end-user certificate with adequate assurances?</source>
        <translation>هل توجد شهادة مستعمل نهائي مصدَّقة مع ضمانات كافية؟</translation>
    </message>
    <message>
        <source>An EUC names the end user and end use; assurances can cover no re-export without consent and secure storage. Authenticate it with the issuing authority.</source>
        <translation>تسمّي شهادة المستعمل النهائي المستعملَ النهائي والاستعمالَ النهائي؛ ويمكن أن تشمل الضمانات عدم إعادة التصدير دون موافقة والتخزين الآمن. تحقّق من صحتها لدى الجهة المُصدِرة.</translation>
    </message>
    <message>
        <source>The EUC, its verification with the importing State, stockpile-security assurances.</source>
        <translation>شهادة المستعمل النهائي، والتحقق منها مع الدولة المستوردة، وضمانات أمن المخزون.</translation>
    </message>
    <message>
        <source>Are delivery verification or post-shipment checks agreed?</source>
        <translation>هل اتُّفق على التحقق من التسليم أو على عمليات تحقق بعد الشحن؟</translation>
    </message>
    <message>
        <source>Delivery verification certificates and on-site checks let you confirm the items reached the end user and remain there.</source>
        <translation>تتيح لك شهادات التحقق من التسليم والتحقق الميداني التأكد من أن الأصناف وصلت إلى المستعمل النهائي وبقيت لديه.</translation>
    </message>
    <message>
        <source>The importer&apos;s agreement; past cooperation on verification.</source>
        <translation>موافقة المستورد؛ والتعاون السابق في التحقق.</translation>
    </message>
    <message>
        <source>Which measures (Art. 7(2)) address which risks, and do they reliably reduce them?</source>
        <translation>أي التدابير (المادة 7(2)) تعالج أي المخاطر، وهل تخفضها بصورة موثوقة؟</translation>
    </message>
    <message>
        <source>Confidence-building measures and jointly developed programmes can lower a risk. Link each measure to the risks it addresses; say honestly whether it works reliably.</source>
        <translation>يمكن لتدابير بناء الثقة والبرامج الموضوعة بصورة مشتركة أن تخفض خطراً. اربط كل تدبير بالمخاطر التي يعالجها؛ وقل بأمانة هل يعمل بصورة موثوقة.</translation>
    </message>
    <message>
        <source>Draft agreements, the importer&apos;s record of compliance, verification arrangements.</source>
        <translation>مشاريع الاتفاقات، وسجل امتثال المستورد، وترتيبات التحقق.</translation>
    </message>
    <message>
        <source>Article 7(3): after mitigation, is there an overriding risk on any criterion?</source>
        <translation>المادة 7(3): بعد التخفيف، هل يوجد خطر راجح في أي معيار؟</translation>
    </message>
    <message>
        <source>If so, the State shall not authorise. The application computes the recommendation from your findings and will not let a decision contradict it.</source>
        <translation>إذا وُجد، فلا تأذن الدولة. يحسب التطبيق التوصية من استنتاجاتك ولن يسمح بقرار يناقضها.</translation>
    </message>
    <message>
        <source>All findings above.</source>
        <translation>جميع الاستنتاجات أعلاه.</translation>
    </message>
    <message>
        <source>Would the items contribute to or undermine peace and security?</source>
        <translation>هل تسهم الأصناف في السلام والأمن أو تقوضهما؟</translation>
    </message>
    <message>
        <source>Weigh both sides: legitimate self-defence or peacekeeping needs against the risk of fuelling conflict, regional tension or an arms build-up.</source>
        <translation>وازن بين الجانبين: احتياجات الدفاع المشروع عن النفس أو حفظ السلام مقابل خطر تأجيج النزاع أو التوتر الإقليمي أو تكديس الأسلحة.</translation>
    </message>
    <message>
        <source>UN Security Council reports, regional security analyses, embassy reporting, the importer&apos;s stated need (Art. 8(1) documents).</source>
        <translation>تقارير مجلس الأمن، والتحليلات الأمنية الإقليمية، وتقارير السفارة، والحاجة التي يعلنها المستورد (وثائق المادة 8(1)).</translation>
    </message>
    <message>
        <source>Could the items be used to commit or facilitate a serious violation of IHL?</source>
        <translation>هل يمكن أن تُستخدم الأصناف لارتكاب انتهاك خطير للقانون الإنساني الدولي أو تيسير ارتكابه؟</translation>
    </message>
    <message>
        <source>Look at the end user&apos;s conduct in armed conflict: attacks on civilians, indiscriminate weapons use, and whether violations are investigated and punished.</source>
        <translation>انظر في سلوك المستعمل النهائي في النزاعات المسلحة: الهجمات على المدنيين، والاستخدام العشوائي للأسلحة، وهل يُحقَّق في الانتهاكات ويُعاقب عليها.</translation>
    </message>
    <message>
        <source>UN commissions of inquiry, ICRC public statements, human-rights NGO and media reports.</source>
        <translation>لجان التحقيق التابعة للأمم المتحدة، والبيانات العلنية للجنة الدولية للصليب الأحمر، وتقارير منظمات حقوق الإنسان غير الحكومية ووسائل الإعلام.</translation>
    </message>
    <message>
        <source>Could the items be used to commit or facilitate a serious violation of human rights law?</source>
        <translation>هل يمكن أن تُستخدم الأصناف لارتكاب انتهاك خطير للقانون الدولي لحقوق الإنسان أو تيسير ارتكابه؟</translation>
    </message>
    <message>
        <source>Consider repression, torture, extrajudicial killings, excessive force by the end user; how closely the items fit such uses; and accountability.</source>
        <translation>انظر في القمع والتعذيب وعمليات القتل خارج نطاق القضاء والاستخدام المفرط للقوة من قِبل المستعمل النهائي؛ ومدى ملاءمة الأصناف لهذه الاستعمالات؛ والمساءلة.</translation>
    </message>
    <message>
        <source>UN human-rights mechanisms, treaty-body and special-rapporteur reports, NGO reports.</source>
        <translation>آليات الأمم المتحدة لحقوق الإنسان، وتقارير هيئات المعاهدات والمقررين الخاصين، وتقارير المنظمات غير الحكومية.</translation>
    </message>
    <message>
        <source>Could the items be used in an offence under the terrorism conventions you are party to?</source>
        <translation>هل يمكن أن تُستخدم الأصناف في جريمة بموجب اتفاقيات الإرهاب التي تكون دولتك طرفاً فيها؟</translation>
    </message>
    <message>
        <source>Consider links between the parties or the route and terrorist groups, and leakage risk.</source>
        <translation>انظر في الصلات بين الأطراف أو المسار والجماعات الإرهابية، وفي خطر التسرب.</translation>
    </message>
    <message>
        <source>Sanctions lists, intelligence, law-enforcement information, UN monitoring reports.</source>
        <translation>قوائم الجزاءات، والمعلومات الاستخبارية، ومعلومات إنفاذ القانون، وتقارير الرصد التابعة للأمم المتحدة.</translation>
    </message>
    <message>
        <source>Could the items be used in an offence under the organised-crime conventions?</source>
        <translation>هل يمكن أن تُستخدم الأصناف في جريمة بموجب اتفاقيات الجريمة المنظمة؟</translation>
    </message>
    <message>
        <source>Consider trafficking networks, corruption, and criminal access to the end user&apos;s stocks.</source>
        <translation>انظر في شبكات الاتجار، والفساد، ووصول المجرمين إلى مخزونات المستعمل النهائي.</translation>
    </message>
    <message>
        <source>UNODC reports, police and customs information, Firearms Protocol reporting.</source>
        <translation>تقارير مكتب الأمم المتحدة المعني بالمخدرات والجريمة، ومعلومات الشرطة والجمارك، والإبلاغ بموجب بروتوكول الأسلحة النارية.</translation>
    </message>
    <message>
        <source>Could items leak during production, e.g. from an unlicensed or poorly secured plant?</source>
        <translation>هل يمكن أن تتسرب الأصناف أثناء الإنتاج، مثلاً من مصنع غير مرخَّص أو ضعيف التأمين؟</translation>
    </message>
    <message>
        <source>Rate the diversion risk at this stage of the supply chain (Article 11).</source>
        <translation>قدّر خطر التسريب في هذه المرحلة من سلسلة الإمداد (المادة 11).</translation>
    </message>
    <message>
        <source>Manufacturer licence and security audits; industry due-diligence files.</source>
        <translation>ترخيص الصانع وعمليات تدقيق الأمن؛ وملفات العناية الواجبة لدى الصناعة.</translation>
    </message>
    <message>
        <source>Could items go missing before shipment, at the warehouse or point of loading?</source>
        <translation>هل يمكن أن تُفقد الأصناف قبل الشحن، في المستودع أو عند نقطة التحميل؟</translation>
    </message>
    <message>
        <source>Freight forwarder details, packing lists, export-control inspections at loading.</source>
        <translation>بيانات وكيل الشحن، وقوائم التعبئة، وعمليات تفتيش مراقبة الصادرات عند التحميل.</translation>
    </message>
    <message>
        <source>Could items be diverted en route, before the authorised end user takes delivery?</source>
        <translation>هل يمكن أن تُسرَّب الأصناف في الطريق، قبل أن يتسلمها المستعمل النهائي المأذون له؟</translation>
    </message>
    <message>
        <source>Routing and transit States, carriers, trans-shipment points, intermediate consignees.</source>
        <translation>المسار ودول العبور، والناقلون، ونقاط الشحن العابر، والمرسَل إليهم الوسطاء.</translation>
    </message>
    <message>
        <source>Could items be stolen, sold or lost from the recipient&apos;s stockpiles?</source>
        <translation>هل يمكن أن تُسرق الأصناف أو تُباع أو تُفقد من مخزونات المستلم؟</translation>
    </message>
    <message>
        <source>Stockpile security assurances, past audits, UN or NGO reports on losses from stocks.</source>
        <translation>ضمانات أمن المخزون، وعمليات التدقيق السابقة، وتقارير الأمم المتحدة أو المنظمات غير الحكومية عن الفاقد من المخزونات.</translation>
    </message>
    <message>
        <source>Could the end user pass the items on, or use them other than as declared?</source>
        <translation>هل يمكن أن ينقل المستعمل النهائي الأصناف إلى غيره، أو يستعملها على غير ما أعلنه؟</translation>
    </message>
    <message>
        <source>End-user certificate, the end user&apos;s record, re-export history, embassy reporting.</source>
        <translation>شهادة المستعمل النهائي، وسجل المستعمل النهائي، وسوابق إعادة التصدير، وتقارير السفارة.</translation>
    </message>
    <message>
        <source>What happens when the items are retired: destroyed, stored, sold or re-exported?</source>
        <translation>ماذا يحدث عند إخراج الأصناف من الخدمة: إتلاف أو تخزين أو بيع أو إعادة تصدير؟</translation>
    </message>
    <message>
        <source>Disposal commitments, destruction certificates, the importer&apos;s surplus policies.</source>
        <translation>التزامات التخلص، وشهادات الإتلاف، وسياسات المستورد بشأن الفائض.</translation>
    </message>
</context>
<context>
    <name>GuidancePanel</name>
    <message>
        <source>Guidance</source>
        <extracomment>Dynamic property naming the guidance id of a question&apos;s widgets.</extracomment>
        <translation>الإرشادات</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>ما يعنيه</translation>
    </message>
    <message>
        <source>Evidence that helps</source>
        <translation>الأدلة المفيدة</translation>
    </message>
    <message>
        <source>Click into a question to see its guidance here.</source>
        <translation>انقر في سؤال لعرض إرشاداته هنا.</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <source>User guide — %1</source>
        <extracomment>The section shown when nothing more specific is known.</extracomment>
        <translation>دليل المستخدم — ⁨%1⁩</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>المحتويات</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; ال&amp;سابق</translation>
    </message>
    <message>
        <source>&amp;Forward &gt;</source>
        <translation>ال&amp;تالي &gt;</translation>
    </message>
    <message>
        <source>Find in this chapter (Enter: next)</source>
        <translation>البحث في هذا الفصل (Enter: التالي)</translation>
    </message>
    <message>
        <source>F&amp;ind:</source>
        <translation>&amp;بحث:</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>غير موجود</translation>
    </message>
</context>
<context>
    <name>ImportAuthorisationDialog</name>
    <message>
        <source>Imports: authorisations and actual imports</source>
        <translation>الواردات: الأذونات والواردات الفعلية</translation>
    </message>
    <message>
        <source>Leave empty for the next IL/&lt;year&gt;/&lt;number&gt;</source>
        <translation>اتركه فارغاً لاستخدام IL/&lt;year&gt;/&lt;number&gt; التالي</translation>
    </message>
    <message>
        <source>&amp;Record authorisation</source>
        <translation>&amp;تسجيل الإذن</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>&amp;Importer:</source>
        <translation>ال&amp;مستورد:</translation>
    </message>
    <message>
        <source>Importer&apos;s c&amp;ountry:</source>
        <translation>&amp;بلد المستورد:</translation>
    </message>
    <message>
        <source>E&amp;xporting State:</source>
        <translation>الدولة الم&amp;صدرة:</translation>
    </message>
    <message>
        <source>Importing S&amp;tate:</source>
        <translation>الدولة المستو&amp;ردة:</translation>
    </message>
    <message>
        <source>&amp;End user:</source>
        <translation>المستعمل ال&amp;نهائي:</translation>
    </message>
    <message>
        <source>End user t&amp;ype:</source>
        <translation>نو&amp;ع المستعمل النهائي:</translation>
    </message>
    <message>
        <source>Issued o&amp;n:</source>
        <translation>تاري&amp;خ الإصدار:</translation>
    </message>
    <message>
        <source>&amp;Valid until:</source>
        <translation>صالح &amp;حتى:</translation>
    </message>
    <message>
        <source>Authorisation n&amp;umber:</source>
        <translation>رقم الإ&amp;ذن:</translation>
    </message>
    <message>
        <source>End-user &amp;certificate:</source>
        <translation>&amp;شهادة المستعمل النهائي:</translation>
    </message>
    <message>
        <source>Record an &amp;actual import…</source>
        <translation>تسجيل استيراد &amp;فعلي…</translation>
    </message>
    <message>
        <source>Import authorisations (&amp;list):</source>
        <translation>أذونات الاستيراد (ال&amp;قائمة):</translation>
    </message>
    <message>
        <source>name the importer</source>
        <translation>سمِّ المستورد</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>لم يُحفظ شيء.</translation>
    </message>
    <message>
        <source>Recorded import authorisation %1 (case %2).</source>
        <translation>سُجّل إذن الاستيراد ⁨%1⁩ (القضية ⁨%2⁩).</translation>
    </message>
    <message>
        <source>Nothing was saved. Fix:</source>
        <translation>لم يُحفظ شيء. صحّح:</translation>
    </message>
    <message>
        <source>Choose an import authorisation in the list.</source>
        <translation>اختر إذن استيراد من القائمة.</translation>
    </message>
    <message>
        <source>Record an actual import</source>
        <translation>تسجيل استيراد فعلي</translation>
    </message>
</context>
<context>
    <name>IncidentDialog</name>
    <message>
        <source>New diversion or breach incident</source>
        <translation>حادثة تسريب أو مخالفة جديدة</translation>
    </message>
    <message>
        <source>Incident %1</source>
        <translation>الحادثة ⁨%1⁩</translation>
    </message>
    <message>
        <source>&amp;What happened</source>
        <translation>&amp;ما حدث</translation>
    </message>
    <message>
        <source>&amp;Licences and parties</source>
        <translation>ال&amp;تراخيص والأطراف</translation>
    </message>
    <message>
        <source>&amp;Items</source>
        <translation>الأ&amp;صناف</translation>
    </message>
    <message>
        <source>Res&amp;ponses</source>
        <translation>الإ&amp;جراءات</translation>
    </message>
    <message>
        <source>States i&amp;nformed</source>
        <translation>الدول التي أُ&amp;بلغت</translation>
    </message>
    <message>
        <source>e.g. note verbale, seizure record</source>
        <translation>مثال: مذكرة شفوية، محضر ضبط</translation>
    </message>
    <message>
        <source>Kn&amp;own:</source>
        <translation>م&amp;عروف:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>ال&amp;نوع:</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>المص&amp;در:</translation>
    </message>
    <message>
        <source>Source &amp;reference:</source>
        <translation>م&amp;رجع المصدر:</translation>
    </message>
    <message>
        <source>Date of the incident:</source>
        <translation>تاريخ الحادثة:</translation>
    </message>
    <message>
        <source>Date l&amp;earned:</source>
        <translation>تاري&amp;خ العلم:</translation>
    </message>
    <message>
        <source>&amp;Country where it happened:</source>
        <translation>البلد الذي و&amp;قعت فيه:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>ال&amp;وصف:</translation>
    </message>
    <message>
        <source>Cannot search the licences</source>
        <translation>تعذّر البحث في التراخيص</translation>
    </message>
    <message>
        <source>Licence number, case reference or destination</source>
        <translation>رقم الترخيص أو مرجع القضية أو الوجهة</translation>
    </message>
    <message>
        <source>&amp;Add licence</source>
        <translation>إ&amp;ضافة ترخيص</translation>
    </message>
    <message>
        <source>Remo&amp;ve licence</source>
        <translation>إ&amp;زالة ترخيص</translation>
    </message>
    <message>
        <source>Name (as the source gives it)</source>
        <translation>الاسم (كما يذكره المصدر)</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>Add pa&amp;rty</source>
        <translation>إضافة &amp;طرف</translation>
    </message>
    <message>
        <source>Remove part&amp;y</source>
        <translation>إزالة طر&amp;ف</translation>
    </message>
    <message>
        <source>Licences involved (by number):</source>
        <translation>التراخيص المعنية (بالرقم):</translation>
    </message>
    <message>
        <source>Parties involved: valid licences of cases with a matching party (similar name, same country) are put up for reassessment too.</source>
        <translation>الأطراف المعنية: التراخيص السارية للقضايا التي فيها طرف مطابق (اسم مشابه، البلد نفسه) تُدرج أيضاً لإعادة التقييم.</translation>
    </message>
    <message>
        <source>Items involved</source>
        <translation>الأصناف المعنية</translation>
    </message>
    <message>
        <source>ATT category (e.g. VIII.SA.4)</source>
        <translation>فئة المعاهدة (مثل VIII.SA.4)</translation>
    </message>
    <message>
        <source>Add ite&amp;m</source>
        <translation>إ&amp;ضافة صنف</translation>
    </message>
    <message>
        <source>Remove i&amp;tem</source>
        <translation>إ&amp;زالة صنف</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>الترخيص</translation>
    </message>
    <message>
        <source>Referred to (Art. 14)</source>
        <translation>أُحيل إلى (المادة 14)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Add r&amp;esponse</source>
        <translation>إ&amp;ضافة إجراء</translation>
    </message>
    <message>
        <source>Remove respon&amp;se</source>
        <translation>إ&amp;زالة إجراء</translation>
    </message>
    <message>
        <source>State informed</source>
        <translation>الدولة المُبلَّغة</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>القناة</translation>
    </message>
    <message>
        <source>Add &amp;State</source>
        <translation>إ&amp;ضافة دولة</translation>
    </message>
    <message>
        <source>Remove St&amp;ate</source>
        <translation>إ&amp;زالة دولة</translation>
    </message>
    <message>
        <source>Incident %1 (closed)</source>
        <translation>الحادثة ⁨%1⁩ (مغلقة)</translation>
    </message>
    <message>
        <source>This incident was closed on %1 and can no longer be edited. Record what has been learned since as a new incident.</source>
        <translation>أُغلقت هذه الحادثة في ⁨%1⁩ ولم يعد من الممكن تعديلها. سجِّل ما عُرف بعد ذلك كحادثة جديدة.</translation>
    </message>
    <message>
        <source>Verification visit (%1): </source>
        <translation>زيارة تحقق (⁨%1⁩): </translation>
    </message>
    <message>
        <source>Change licence %1?</source>
        <translation>تغيير الترخيص ⁨%1⁩؟</translation>
    </message>
    <message>
        <source>Saving will make licence %1 %2 at once (Article 7(7)); the licence&apos;s history keeps it. Say why to go ahead:</source>
        <translation>عند الحفظ يُطبَّق على الترخيص ⁨%1⁩ فوراً: ⁨%2⁩ (المادة 7(7))؛ ويحتفظ السجل التاريخي للترخيص بذلك. اذكر السبب للمتابعة:</translation>
    </message>
    <message>
        <source>Not saved. Please correct:</source>
        <translation>لم يُحفظ. يُرجى التصحيح:</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>لم يُحفظ: ⁨%1⁩</translation>
    </message>
</context>
<context>
    <name>Incidents</name>
    <message>
        <source>Diversion</source>
        <translation>تسريب</translation>
    </message>
    <message>
        <source>Suspected diversion</source>
        <translation>اشتباه في تسريب</translation>
    </message>
    <message>
        <source>Unauthorised re-export</source>
        <translation>إعادة تصدير غير مأذون بها</translation>
    </message>
    <message>
        <source>End-use breach</source>
        <translation>مخالفة الاستعمال النهائي</translation>
    </message>
    <message>
        <source>Breach of licence conditions</source>
        <translation>مخالفة شروط الترخيص</translation>
    </message>
    <message>
        <source>Other incident</source>
        <translation>حادثة أخرى</translation>
    </message>
    <message>
        <source>Customs seizure</source>
        <translation>ضبط جمركي</translation>
    </message>
    <message>
        <source>Intelligence</source>
        <translation>معلومات استخبارية</translation>
    </message>
    <message>
        <source>Another State&apos;s notification (Art. 11(4)–(5))</source>
        <translation>إخطار من دولة أخرى (المادة 11(4)–(5))</translation>
    </message>
    <message>
        <source>UN panel of experts report</source>
        <translation>تقرير فريق خبراء الأمم المتحدة</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>وسائل الإعلام</translation>
    </message>
    <message>
        <source>Post-shipment verification</source>
        <translation>التحقق بعد الشحن</translation>
    </message>
    <message>
        <source>Other source</source>
        <translation>مصدر آخر</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>لا شيء بعد</translation>
    </message>
    <message>
        <source>Licence suspended</source>
        <translation>تعليق الترخيص</translation>
    </message>
    <message>
        <source>Licence revoked</source>
        <translation>إلغاء الترخيص</translation>
    </message>
    <message>
        <source>Enforcement referral (Art. 14)</source>
        <translation>إحالة للإنفاذ (المادة 14)</translation>
    </message>
    <message>
        <source>Information shared</source>
        <translation>تبادل المعلومات</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>مفتوحة</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>مغلقة</translation>
    </message>
    <message>
        <source>Incident %1: %2 in %3</source>
        <translation>الحادثة ⁨%1⁩: ⁨%2⁩ في ⁨%3⁩</translation>
    </message>
    <message>
        <source>parties match: %1</source>
        <translation>تطابق الأطراف: ⁨%1⁩</translation>
    </message>
    <message>
        <source>concerns this case&apos;s licence</source>
        <translation>تخص ترخيص هذه القضية</translation>
    </message>
    <message>
        <source>same destination</source>
        <translation>الوجهة نفسها</translation>
    </message>
    <message>
        <source>learned on %1</source>
        <translation>عُلم بها في ⁨%1⁩</translation>
    </message>
    <message>
        <source>licence %1</source>
        <translation>الترخيص ⁨%1⁩</translation>
    </message>
    <message>
        <source>Incident %1 (%2) concerns licence %3: to be reassessed (Art. 7(7))</source>
        <translation>الحادثة ⁨%1⁩ (⁨%2⁩) تخص الترخيص ⁨%3⁩: يُعاد تقييمه (المادة 7(7))</translation>
    </message>
    <message>
        <source>Incident %1 closed: %2</source>
        <translation>أُغلقت الحادثة ⁨%1⁩: ⁨%2⁩</translation>
    </message>
    <message>
        <source>Incident %1 updated: %2</source>
        <translation>حُدّثت الحادثة ⁨%1⁩: ⁨%2⁩</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>source reference</source>
        <translation>مرجع المصدر</translation>
    </message>
    <message>
        <source>date of the incident</source>
        <translation>تاريخ الحادثة</translation>
    </message>
    <message>
        <source>date learned</source>
        <translation>تاريخ العلم</translation>
    </message>
    <message>
        <source>description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>licences</source>
        <translation>التراخيص</translation>
    </message>
    <message>
        <source>parties</source>
        <translation>الأطراف</translation>
    </message>
    <message>
        <source>items</source>
        <translation>الأصناف</translation>
    </message>
    <message>
        <source>responses</source>
        <translation>الإجراءات</translation>
    </message>
    <message>
        <source>States informed</source>
        <translation>الدول المُبلَّغة</translation>
    </message>
</context>
<context>
    <name>IncidentsCasePanel</name>
    <message>
        <source>Diversion and breach incidents involving this case&apos;s parties (similar names, same country), its destination or its licences. Weigh them in the assessment (Article 11).</source>
        <translation>حوادث التسريب والمخالفة التي تشمل أطراف هذه القضية (أسماء مشابهة، البلد نفسه) أو وجهتها أو تراخيصها. خذها في الحسبان في التقييم (المادة 11).</translation>
    </message>
    <message>
        <source>No incident concerns this case.</source>
        <translation>لا تخص أي حادثة هذه القضية.</translation>
    </message>
    <message>
        <source>Incidents (%1)</source>
        <translation>الحوادث (⁨%1⁩)</translation>
    </message>
</context>
<context>
    <name>IncidentsWindow</name>
    <message>
        <source>Diversion and breach incidents</source>
        <translation>حوادث التسريب والمخالفة</translation>
    </message>
    <message>
        <source>Diversions and breaches learned of (Article 11(4)–(5)), how they were answered (Article 14) and which States were informed. Each puts the valid licences it touches up for reassessment (Article 7(7)).</source>
        <translation>حالات التسريب والمخالفة التي عُلم بها (المادة 11(4)–(5))، وكيف عولجت (المادة 14)، والدول التي أُبلغت. كل منها يُدرج التراخيص السارية التي يمسّها لإعادة التقييم (المادة 7(7)).</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>الحادثة</translation>
    </message>
    <message>
        <source>Learned</source>
        <translation>تاريخ العلم</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Only a licensing officer, a committee member or the deciding authority records incidents.</source>
        <translation>لا يسجّل الحوادث إلا موظف الترخيص أو عضو اللجنة أو سلطة البتّ.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>مفتوحة</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>مغلقة</translation>
    </message>
    <message>
        <source>All</source>
        <translation>الكل</translation>
    </message>
    <message>
        <source>Every kind</source>
        <translation>كل الأنواع</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>ال&amp;حالة:</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>ال&amp;بلد:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>ال&amp;نوع:</translation>
    </message>
    <message>
        <source>&amp;New incident…</source>
        <translation>حادثة &amp;جديدة…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;تعديل…</translation>
    </message>
    <message>
        <source>C&amp;lose incident…</source>
        <translation>إ&amp;غلاق الحادثة…</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>الترخيص</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>القضية</translation>
    </message>
    <message>
        <source>To reassess</source>
        <translation>لإعادة التقييم</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Open the Article 7(7) &amp;reassessment…</source>
        <translation>فتح &amp;إعادة التقييم بموجب المادة 7(7)…</translation>
    </message>
    <message>
        <source>Licences this incident touches:</source>
        <translation>التراخيص التي تمسّها هذه الحادثة:</translation>
    </message>
    <message>
        <source>A closed incident can no longer be edited: record new facts as a new incident. Double-click it to read it.</source>
        <translation>لا يمكن تعديل حادثة مغلقة: سجِّل الوقائع الجديدة كحادثة جديدة. انقر عليها نقراً مزدوجاً للاطلاع عليها.</translation>
    </message>
    <message>
        <source>No incident matches the filters.</source>
        <translation>لا توجد حادثة تطابق عوامل التصفية.</translation>
    </message>
    <message>
        <source>named by the incident</source>
        <translation>مذكور في الحادثة</translation>
    </message>
    <message>
        <source>party matches: %1</source>
        <translation>تطابق الطرف: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>المصدر: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Happened on %1, learned on %2</source>
        <translation>وقعت في ⁨%1⁩، وعُلم بها في ⁨%2⁩</translation>
    </message>
    <message>
        <source>Parties: %1</source>
        <translation>الأطراف: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Items: %1</source>
        <translation>الأصناف: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Informed %1 on %2 (%3)</source>
        <translation>أُبلغت ⁨%1⁩ في ⁨%2⁩ (⁨%3⁩)</translation>
    </message>
    <message>
        <source>Closed: %1</source>
        <translation>مغلقة: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Incident %1 recorded</source>
        <translation>سُجّلت الحادثة ⁨%1⁩</translation>
    </message>
    <message>
        <source>These valid licences are now listed for Article 7(7) reassessment:
%1</source>
        <translation>أُدرجت هذه التراخيص السارية الآن لإعادة التقييم بموجب المادة 7(7):
⁨%1⁩</translation>
    </message>
    <message>
        <source>No valid licence is touched by this incident.</source>
        <translation>لا تمسّ هذه الحادثة أي ترخيص سارٍ.</translation>
    </message>
    <message>
        <source>Close incident %1</source>
        <translation>إغلاق الحادثة ⁨%1⁩</translation>
    </message>
    <message>
        <source>How was it settled? Its licences stay listed for reassessment until each is reassessed.</source>
        <translation>كيف سُوّيت؟ تبقى تراخيصها مدرجة لإعادة التقييم إلى أن يُعاد تقييم كل منها.</translation>
    </message>
    <message>
        <source>The incident was not closed</source>
        <translation>لم تُغلق الحادثة</translation>
    </message>
</context>
<context>
    <name>ItemCard</name>
    <message>
        <source>e.g. Assault rifle, 5.56 mm</source>
        <extracomment>Currencies offered first; any three-letter ISO 4217 code may be typed. Units offered; any other unit may be typed. A card&apos;s fields as typed, in a fixed order, for moving cards and noticing changes.</extracomment>
        <translation>مثال: بندقية هجومية، 5.56 مم</translation>
    </message>
    <message>
        <source>Manufacturer&apos;s model or type</source>
        <translation>طراز الصانع أو نوعه</translation>
    </message>
    <message>
        <source>e.g. 250</source>
        <translation>مثال: 250</translation>
    </message>
    <message>
        <source>e.g. 1250000.00</source>
        <translation>مثال: 1250000.00</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>اختياري</translation>
    </message>
    <message>
        <source>Withhold from the published annual report</source>
        <translation>حجب عن التقرير السنوي المنشور</translation>
    </message>
    <message>
        <source>Reason, e.g. commercially sensitive</source>
        <translation>السبب، مثل: حساسية تجارية</translation>
    </message>
    <message>
        <source>Optional, e.g. temporary export for demonstration, to be returned</source>
        <translation>اختياري، مثل: تصدير مؤقت للعرض، يُعاد لاحقاً</translation>
    </message>
    <message>
        <source>Printed in the annual report&apos;s column “Comments on the transfer” for this item&apos;s row; never printed when the item is withheld.</source>
        <translation>يُطبع في عمود «ملاحظات على النقل» في التقرير السنوي في صف هذا الصنف؛ ولا يُطبع أبداً عند حجب الصنف.</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>نقل لأعلى</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>نقل لأسفل</translation>
    </message>
    <message>
        <source>Remove item</source>
        <translation>إزالة الصنف</translation>
    </message>
    <message>
        <source>Description *</source>
        <translation>الوصف *</translation>
    </message>
    <message>
        <source>Model / type</source>
        <translation>الطراز / النوع</translation>
    </message>
    <message>
        <source>Control-list rating</source>
        <translation>التصنيف في قائمة الرقابة</translation>
    </message>
    <message>
        <source>ATT category, or why it is not reportable *</source>
        <translation>فئة المعاهدة، أو سبب عدم الإبلاغ عنه *</translation>
    </message>
    <message>
        <source>State of origin</source>
        <translation>دولة المنشأ</translation>
    </message>
    <message>
        <source>Quantity *</source>
        <translation>الكمية *</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>الوحدة</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>العملة</translation>
    </message>
    <message>
        <source>Comment for the annual report</source>
        <translation>تعليق للتقرير السنوي</translation>
    </message>
    <message>
        <source>e.g. ML10.a</source>
        <translation>مثل ML10.a</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <source>ATT categories (reported)</source>
        <translation>فئات المعاهدة (يُبلَّغ عنها)</translation>
    </message>
    <message>
        <source>Not reportable, because it is:</source>
        <translation>لا يُبلَّغ عنه، لأنه:</translation>
    </message>
    <message>
        <source>Line item %1</source>
        <translation>البند ⁨%1⁩</translation>
    </message>
    <message>
        <source>%1 (not in the current list)</source>
        <translation>⁨%1⁩ (ليس في القائمة الحالية)</translation>
    </message>
    <message>
        <source>enter the quantity</source>
        <translation>أدخل الكمية</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not in the list of countries; choose one from the list</source>
        <translation>&apos;⁨%1⁩&apos; ليس في قائمة البلدان؛ اختر بلداً من القائمة</translation>
    </message>
    <message>
        <source>Item %1: description</source>
        <translation>الصنف ⁨%1⁩: الوصف</translation>
    </message>
    <message>
        <source>Item %1: model / type</source>
        <translation>الصنف ⁨%1⁩: الطراز / النوع</translation>
    </message>
    <message>
        <source>Item %1: control-list rating</source>
        <translation>الصنف ⁨%1⁩: التصنيف في قائمة الرقابة</translation>
    </message>
    <message>
        <source>Item %1: ATT category</source>
        <translation>الصنف ⁨%1⁩: فئة المعاهدة</translation>
    </message>
    <message>
        <source>Item %1: State of origin</source>
        <translation>الصنف ⁨%1⁩: دولة المنشأ</translation>
    </message>
    <message>
        <source>Item %1: quantity</source>
        <translation>الصنف ⁨%1⁩: الكمية</translation>
    </message>
    <message>
        <source>Item %1: unit</source>
        <translation>الصنف ⁨%1⁩: الوحدة</translation>
    </message>
    <message>
        <source>Item %1: value</source>
        <translation>الصنف ⁨%1⁩: القيمة</translation>
    </message>
    <message>
        <source>Item %1: currency</source>
        <translation>الصنف ⁨%1⁩: العملة</translation>
    </message>
    <message>
        <source>Item %1: reason for withholding</source>
        <translation>الصنف ⁨%1⁩: سبب الحجب</translation>
    </message>
    <message>
        <source>Item %1: comment for the annual report</source>
        <translation>الصنف ⁨%1⁩: تعليق للتقرير السنوي</translation>
    </message>
    <message>
        <source>Item %1</source>
        <translation>الصنف ⁨%1⁩</translation>
    </message>
</context>
<context>
    <name>ItemsEditor</name>
    <message>
        <source>Add line &amp;item</source>
        <translation>إضافة ب&amp;ند</translation>
    </message>
    <message>
        <source>Give each item its ATT category, or say why it is not reportable (ammunition, parts and components, dual-use, national list only).</source>
        <translation>حدّد لكل صنف فئته في المعاهدة، أو اذكر سبب عدم الإبلاغ عنه (ذخائر، أجزاء ومكونات، مزدوج الاستخدام، في القائمة الوطنية فقط).</translation>
    </message>
    <message>
        <source>No line items yet. Press “Add line item”.</source>
        <translation>لا توجد بنود بعد. اضغط «إضافة بند».</translation>
    </message>
    <message>
        <source>Line items</source>
        <translation>البنود</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Main toolbar</source>
        <extracomment>Builds the assessment wizard for one case: (db, case id, language, parent, prompter, actor). Tests pass their own, with scripted answers to the wizard&apos;s questions. Emitted after the register was re-queried (tests wait on it). The database, paths, settings, signed-in person, language and prompter. Open assessment wizards by case id: one per case, non-modal. Sign-in, switch user and the idle lock (the application installs them). Help → User guide and F1 (ui/help.py).</extracomment>
        <translation>شريط الأدوات الرئيسي</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n قضية</numerusform>
            <numerusform>%n قضية</numerusform>
            <numerusform>%n قضيتان</numerusform>
            <numerusform>%n قضايا</numerusform>
            <numerusform>%n قضية</numerusform>
            <numerusform>%n قضية</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot open the case</source>
        <translation>تعذّر فتح القضية</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>فتح قضية</translation>
    </message>
    <message>
        <source>Case reference (for example EXP/2026/00042):</source>
        <translation>مرجع القضية (مثلاً EXP/2026/00042):</translation>
    </message>
    <message>
        <source>Case not found</source>
        <translation>لم يُعثر على القضية</translation>
    </message>
    <message>
        <source>Assessment open</source>
        <translation>التقييم مفتوح</translation>
    </message>
    <message>
        <source>The assessment of %1 is open. Save and close it before you edit the application, then open the assessment again.</source>
        <translation>تقييم ⁨%1⁩ مفتوح. احفظه وأغلقه قبل تعديل الطلب، ثم افتح التقييم مجدداً.</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>غير متاح</translation>
    </message>
    <message>
        <source>The application form could not be loaded: %1</source>
        <translation>تعذّر تحميل نموذج الطلب: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Cannot open the assessment</source>
        <translation>تعذّر فتح التقييم</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>فتح قاعدة بيانات</translation>
    </message>
    <message>
        <source>ATT Desktop databases (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>قواعد بيانات ATT Desktop (*.sqlite3 *.sqlite *.db);;جميع الملفات (*)</translation>
    </message>
    <message>
        <source>Database upgraded</source>
        <translation>رُقّيت قاعدة البيانات</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>تعذّر فتح قاعدة البيانات</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>جارٍ فتح ⁨%1⁩…</translation>
    </message>
    <message>
        <source>Opening the database</source>
        <translation>فتح قاعدة البيانات</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>قاعدة البيانات: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>مقفل</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>The language was changed to %1. It applies the next time you start %2.</source>
        <translation>غُيّرت اللغة إلى ⁨%1⁩. يسري التغيير في المرة القادمة التي تشغّل فيها ⁨%2⁩.</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>لم تُحفظ الإعدادات</translation>
    </message>
    <message>
        <source>Your settings could not be saved: %1</source>
        <translation>تعذّر حفظ إعداداتك: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Only the national focal point builds the annual report.</source>
        <extracomment>The window attribute that holds it (``window.action_new``). Dotted path from the window to a callable taking no argument, looked up when triggered (``&quot;committee.open_sessions&quot;``, ``&quot;sessions.switch_user&quot;``). Offered to whoever holds any one of these permissions; () offers it to everyone. The tooltip of a greyed-out action: who may use it. Hidden (rather than greyed out) from those who are not offered it. Shown only once a sign-in is installed (the account actions). Enabled only while someone is signed in (not while the workstation is locked). The translation context holding ``text`` and ``tooltip``. Window attribute: a mapping of its actions, in order. A separator line in a menu or the toolbar. The window attribute that holds the menu, if the window needs it.</extracomment>
        <translation>لا يُعدّ التقرير السنوي إلا جهة التنسيق الوطنية.</translation>
    </message>
    <message>
        <source>Only the national focal point builds the national and Wassenaar reports.</source>
        <translation>لا يُعِدّ التقريرَ الوطني وتقريرَ ترتيب واسنار إلا جهةُ الاتصال الوطنية.</translation>
    </message>
    <message>
        <source>Only a licensing officer or the national focal point records shipments and imports.</source>
        <translation>لا يسجّل الشحنات والواردات إلا موظف الترخيص أو جهة التنسيق الوطنية.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>مل&amp;ف</translation>
    </message>
    <message>
        <source>&amp;New application…</source>
        <translation>طلب &amp;جديد…</translation>
    </message>
    <message>
        <source>Register a new application (Ctrl+N)</source>
        <translation>تسجيل طلب جديد (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Open case…</source>
        <translation>&amp;فتح قضية…</translation>
    </message>
    <message>
        <source>Open a case by its reference (Ctrl+O)</source>
        <translation>فتح قضية برقمها المرجعي (Ctrl+O)</translation>
    </message>
    <message>
        <source>Open &amp;database…</source>
        <translation>فتح &amp;قاعدة بيانات…</translation>
    </message>
    <message>
        <source>Connect to a database &amp;server…</source>
        <translation>الاتصال ب&amp;خادم قاعدة بيانات…</translation>
    </message>
    <message>
        <source>Open a database file or a shared PostgreSQL server, after testing it</source>
        <translation>فتح ملف قاعدة بيانات أو خادم PostgreSQL مشترك، بعد اختباره</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>إ&amp;نهاء</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>ت&amp;حرير</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;بحث</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;تحديث</translation>
    </message>
    <message>
        <source>&amp;Clear filters</source>
        <translation>&amp;مسح عوامل التصفية</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>ال&amp;قضية</translation>
    </message>
    <message>
        <source>&amp;Edit case…</source>
        <translation>&amp;تعديل القضية…</translation>
    </message>
    <message>
        <source>Add &amp;document…</source>
        <translation>إضافة &amp;مستند…</translation>
    </message>
    <message>
        <source>&amp;Assess…</source>
        <translation>تقي&amp;يم…</translation>
    </message>
    <message>
        <source>Open the assessment of the selected case (Ctrl+Shift+A)</source>
        <translation>فتح تقييم القضية المحددة (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>C&amp;omplete assessment</source>
        <translation>إ&amp;كمال التقييم</translation>
    </message>
    <message>
        <source>&amp;Submit to the committee…</source>
        <translation>ت&amp;قديم إلى اللجنة…</translation>
    </message>
    <message>
        <source>Licence &amp;follow-up…</source>
        <translation>متا&amp;بعة التراخيص…</translation>
    </message>
    <message>
        <source>Delivery verification certificates, verification visits and assurances of every licence (Ctrl+Shift+U)</source>
        <translation>شهادات التحقق من التسليم وزيارات التحقق والضمانات لكل ترخيص (Ctrl+Shift+U)</translation>
    </message>
    <message>
        <source>Assessmen&amp;t</source>
        <translation>ال&amp;تقييم</translation>
    </message>
    <message>
        <source>Article 7(7) &amp;reassessment…</source>
        <translation>إعادة ال&amp;تقييم بموجب المادة 7(7)…</translation>
    </message>
    <message>
        <source>&amp;Embargo reference data…</source>
        <translation>بيانات ال&amp;حظر المرجعية…</translation>
    </message>
    <message>
        <source>&amp;Denials notified by other States…</source>
        <translation>حالات ال&amp;رفض التي أخطرت بها دول أخرى…</translation>
    </message>
    <message>
        <source>&amp;UN sanctions list and hits…</source>
        <translation>قائمة ج&amp;زاءات الأمم المتحدة ونتائجها…</translation>
    </message>
    <message>
        <source>Destination &amp;files…</source>
        <translation>م&amp;لفات الوجهات…</translation>
    </message>
    <message>
        <source>Diversion and breach &amp;incidents…</source>
        <translation>حوادث الت&amp;سريب والمخالفة…</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>التقا&amp;رير</translation>
    </message>
    <message>
        <source>&amp;Annual report…</source>
        <translation>التقرير ال&amp;سنوي…</translation>
    </message>
    <message>
        <source>Na&amp;tional report on licence decisions…</source>
        <translation>التقرير ال&amp;وطني عن قرارات الترخيص…</translation>
    </message>
    <message>
        <source>&amp;Wassenaar Arrangement report…</source>
        <translation>تقرير ترتيب &amp;واسنار…</translation>
    </message>
    <message>
        <source>U&amp;N Register of Conventional Arms report…</source>
        <translation>تقرير سجل الأمم المتحدة لل&amp;أسلحة التقليدية…</translation>
    </message>
    <message>
        <source>&amp;EU annual report on arms exports…</source>
        <translation>التقرير السنوي للا&amp;تحاد الأوروبي عن صادرات الأسلحة…</translation>
    </message>
    <message>
        <source>Reporting &amp;calendar…</source>
        <translation>&amp;تقويم الإبلاغ…</translation>
    </message>
    <message>
        <source>Record a &amp;shipment…</source>
        <translation>تسجيل &amp;شحنة…</translation>
    </message>
    <message>
        <source>Import shipments from a c&amp;ustoms file…</source>
        <translation>استيراد الشحنات من ملف &amp;جمركي…</translation>
    </message>
    <message>
        <source>&amp;Imports: authorisations and actual imports…</source>
        <translation>ال&amp;واردات: الأذونات والواردات الفعلية…</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>الإعدا&amp;دات</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>ال&amp;لغة</translation>
    </message>
    <message>
        <source>&amp;Authority…</source>
        <translation>ال&amp;سلطة…</translation>
    </message>
    <message>
        <source>The authority&apos;s name, letterhead and signatory on every document</source>
        <translation>اسم السلطة وترويستها والموقّع على كل مستند</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;دليل المستخدم</translation>
    </message>
    <message>
        <source>The user guide, at the section for where you are (F1)</source>
        <translation>دليل المستخدم، عند القسم الخاص بموضعك (F1)</translation>
    </message>
    <message>
        <source>&amp;About %1</source>
        <translation>&amp;حول ⁨%1⁩</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>حو&amp;ل Qt</translation>
    </message>
</context>
<context>
    <name>MandateDialog</name>
    <message>
        <source>Mandate of %1</source>
        <translation>اختصاص ⁨%1⁩</translation>
    </message>
    <message>
        <source>Phone, e-mail</source>
        <translation>الهاتف، البريد الإلكتروني</translation>
    </message>
    <message>
        <source>One question per line</source>
        <translation>سؤال واحد في كل سطر</translation>
    </message>
    <message>
        <source>&amp;Mandate:</source>
        <translation>الا&amp;ختصاص:</translation>
    </message>
    <message>
        <source>Contact &amp;person:</source>
        <translation>الشخص ال&amp;مسؤول عن الاتصال:</translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation>بيانات الا&amp;تصال:</translation>
    </message>
    <message>
        <source>&amp;Questions it answers:</source>
        <translation>الأ&amp;سئلة التي تجيب عنها:</translation>
    </message>
</context>
<context>
    <name>MatchCard</name>
    <message>
        <source>Party screened</source>
        <extracomment>The follow-ups an officer can record, per effect the screen could not settle alone. The follow-ups that need the committee&apos;s evidence (reference, date) to clear a match. Runs the service&apos;s screen as at a date and merges it into the given answers.</extracomment>
        <translation>الطرف المفحوص</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>الأساس القانوني</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>النطاق</translation>
    </message>
    <message>
        <source>in force</source>
        <translation>نافذ</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>التواريخ</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>الأثر</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>الشرح</translation>
    </message>
    <message>
        <source>Why: the committee&apos;s reply, the end use, the region…</source>
        <translation>السبب: رد اللجنة، الاستعمال النهائي، المنطقة…</translation>
    </message>
    <message>
        <source>Officer&apos;s confirmation</source>
        <translation>تأكيد الموظف</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>التعليل</translation>
    </message>
    <message>
        <source>The sanctions committee&apos;s reference, e.g. S/AC.47/2026/OC.3</source>
        <translation>مرجع لجنة الجزاءات، مثل S/AC.47/2026/OC.3</translation>
    </message>
    <message>
        <source>not stated in the embargo entry: record when no objection had been received</source>
        <translation>غير مذكور في مدخل الحظر: سجّل متى لم يرد أي اعتراض</translation>
    </message>
    <message>
        <source>%1 day(s) after the notification</source>
        <translation>عدد الأيام بعد الإخطار: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Committee reference</source>
        <translation>مرجع اللجنة</translation>
    </message>
    <message>
        <source>Date of approval or notification</source>
        <translation>تاريخ الموافقة أو الإخطار</translation>
    </message>
    <message>
        <source>Waiting period</source>
        <translation>فترة الانتظار</translation>
    </message>
    <message>
        <source>No objection received by</source>
        <translation>لم يرد اعتراض حتى</translation>
    </message>
</context>
<context>
    <name>MeasureCard</name>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>Why it does or does not reduce this risk</source>
        <translation>لماذا يخفض هذا الخطر أو لا يخفضه</translation>
    </message>
    <message>
        <source>Why a measure of this kind can address this risk (authority policy)</source>
        <translation>لماذا يمكن لتدبير من هذا النوع أن يعالج هذا الخطر (سياسة السلطة)</translation>
    </message>
    <message>
        <source>Measure %1</source>
        <translation>التدبير ⁨%1⁩</translation>
    </message>
    <message>
        <source>What is agreed, with whom, and how it is verified</source>
        <translation>ما المتفق عليه، ومع من، وكيف يُتحقق منه</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>الخطر</translation>
    </message>
    <message>
        <source>Reliably reduces this risk?</source>
        <translation>يخفض هذا الخطر بصورة موثوقة؟</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>How the measure works and is verified</source>
        <translation>كيف يعمل التدبير وكيف يُتحقق منه</translation>
    </message>
    <message>
        <source>Remove this measure</source>
        <translation>إزالة هذا التدبير</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>Risks addressed, judged one by one</source>
        <translation>المخاطر التي يعالجها، كلٌّ على حدة</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>المصادر</translation>
    </message>
    <message>
        <source>A measure of this kind is not one the treaty names against this risk (Article 7(2), 11(2)). Your authority allows it to count on your stated reason: give it below.</source>
        <translation>تدبير من هذا النوع ليس مما تسمّيه المعاهدة لمواجهة هذا الخطر (المادة 7(2)، 11(2)). تسمح سلطتك باحتسابه بناءً على السبب الذي تذكره: اذكره أدناه.</translation>
    </message>
    <message>
        <source>A measure of this kind cannot lower this risk (Article 7(2), 11(2)): it will not be counted.</source>
        <translation>لا يمكن لتدبير من هذا النوع أن يخفض هذا الخطر (المادة 7(2)، 11(2)): لن يُحتسب.</translation>
    </message>
    <message>
        <source>Carried over from one judgement for the whole measure: confirm it for this risk.</source>
        <translation>منقول من حكم واحد على التدبير كله: أكّده لهذا الخطر.</translation>
    </message>
</context>
<context>
    <name>MissingAnswers</name>
    <message>
        <source>Article 6(1) embargo screen</source>
        <extracomment>The domain catalogue&apos;s English words, marked for lupdate (a test checks they agree).</extracomment>
        <translation>فحص الحظر بموجب المادة 6(1)</translation>
    </message>
    <message>
        <source>Article 6(2) other international obligations</source>
        <translation>الالتزامات الدولية الأخرى بموجب المادة 6(2)</translation>
    </message>
    <message>
        <source>Article 6(3) knowledge of atrocity crimes</source>
        <translation>العلم بالجرائم الفظيعة بموجب المادة 6(3)</translation>
    </message>
    <message>
        <source>Article 6(1) embargo {name}</source>
        <translation>الحظر ⁨{name}⁩ بموجب المادة 6(1)</translation>
    </message>
    <message>
        <source>Article 7(1)(a) peace and security</source>
        <translation>المادة 7(1)(أ) السلام والأمن</translation>
    </message>
    <message>
        <source>Article 7(1)(b)(i) international humanitarian law</source>
        <translation>المادة 7(1)(ب)(1) القانون الإنساني الدولي</translation>
    </message>
    <message>
        <source>Article 7(1)(b)(ii) international human rights law</source>
        <translation>المادة 7(1)(ب)(2) القانون الدولي لحقوق الإنسان</translation>
    </message>
    <message>
        <source>Article 7(1)(b)(iii) terrorism</source>
        <translation>المادة 7(1)(ب)(3) الإرهاب</translation>
    </message>
    <message>
        <source>Article 7(1)(b)(iv) transnational organised crime</source>
        <translation>المادة 7(1)(ب)(4) الجريمة المنظمة عبر الوطنية</translation>
    </message>
    <message>
        <source>GBV flowchart step 1, prevalent GBV/VAWC</source>
        <translation>مخطط العنف الجنساني، الخطوة 1، العنف السائد</translation>
    </message>
    <message>
        <source>GBV flowchart step 2, seriousness</source>
        <translation>مخطط العنف الجنساني، الخطوة 2، الخطورة</translation>
    </message>
    <message>
        <source>GBV flowchart step 3, preventive action</source>
        <translation>مخطط العنف الجنساني، الخطوة 3، الإجراءات الوقائية</translation>
    </message>
    <message>
        <source>GBV flowchart, risk before mitigation</source>
        <translation>مخطط العنف الجنساني، الخطر قبل التخفيف</translation>
    </message>
    <message>
        <source>GBV flowchart step 5, mitigation</source>
        <translation>مخطط العنف الجنساني، الخطوة 5، التخفيف</translation>
    </message>
    <message>
        <source>GBV flowchart step 4, overriding risk</source>
        <translation>مخطط العنف الجنساني، الخطوة 4، الخطر الراجح</translation>
    </message>
    <message>
        <source>Article 11 diversion, manufacture</source>
        <translation>التسريب بموجب المادة 11، التصنيع</translation>
    </message>
    <message>
        <source>Article 11 diversion, before transfer</source>
        <translation>التسريب بموجب المادة 11، قبل النقل</translation>
    </message>
    <message>
        <source>Article 11 diversion, in transit</source>
        <translation>التسريب بموجب المادة 11، أثناء العبور</translation>
    </message>
    <message>
        <source>Article 11 diversion, post-delivery storage</source>
        <translation>التسريب بموجب المادة 11، التخزين بعد التسليم</translation>
    </message>
    <message>
        <source>Article 11 diversion, end use</source>
        <translation>التسريب بموجب المادة 11، الاستعمال النهائي</translation>
    </message>
    <message>
        <source>Article 11 diversion, disposal</source>
        <translation>التسريب بموجب المادة 11، التخلص</translation>
    </message>
    <message>
        <source>Red flag: unusual routing</source>
        <translation>مؤشر تحذيري: مسار غير معتاد</translation>
    </message>
    <message>
        <source>Red flag: unknown broker</source>
        <translation>مؤشر تحذيري: سمسار مجهول</translation>
    </message>
    <message>
        <source>Red flag: items do not match the end user&apos;s needs</source>
        <translation>مؤشر تحذيري: الأصناف لا تتناسب مع احتياجات المستعمل النهائي</translation>
    </message>
    <message>
        <source>Red flag: vague end-use information</source>
        <translation>مؤشر تحذيري: معلومات استعمال نهائي مبهمة</translation>
    </message>
    <message>
        <source>Red flag: unusual payment terms</source>
        <translation>مؤشر تحذيري: شروط دفع غير معتادة</translation>
    </message>
    <message>
        <source>Red flag: past diversion</source>
        <translation>مؤشر تحذيري: تسريب سابق</translation>
    </message>
    <message>
        <source>Red flag: weak stockpile security</source>
        <translation>مؤشر تحذيري: ضعف أمن المخزون</translation>
    </message>
    <message>
        <source>Red flag: other</source>
        <translation>مؤشر تحذيري: آخر</translation>
    </message>
    <message>
        <source>Article 11 end-user certificate</source>
        <translation>شهادة المستعمل النهائي بموجب المادة 11</translation>
    </message>
    <message>
        <source>Mitigation measure {name}</source>
        <translation>تدبير التخفيف ⁨{name}⁩</translation>
    </message>
    <message>
        <source>run the screen as at the decision date</source>
        <translation>أجرِ الفحص بتاريخ القرار</translation>
    </message>
    <message>
        <source>the answer</source>
        <translation>الإجابة</translation>
    </message>
    <message>
        <source>reasoning for the answer</source>
        <translation>تعليل الإجابة</translation>
    </message>
    <message>
        <source>reasoning and at least one source</source>
        <translation>التعليل ومصدر واحد على الأقل</translation>
    </message>
    <message>
        <source>the prevalent types identified</source>
        <translation>الأنواع السائدة المحددة</translation>
    </message>
    <message>
        <source>risk level before mitigation</source>
        <translation>مستوى الخطر قبل التخفيف</translation>
    </message>
    <message>
        <source>reasoning for the finding</source>
        <translation>تعليل الاستنتاج</translation>
    </message>
    <message>
        <source>sources for the finding</source>
        <translation>مصادر الاستنتاج</translation>
    </message>
    <message>
        <source>confirm whether it applies</source>
        <translation>أكّد هل ينطبق</translation>
    </message>
    <message>
        <source>why it does not apply</source>
        <translation>لماذا لا ينطبق</translation>
    </message>
    <message>
        <source>whether the linked measures reliably reduce the risk</source>
        <translation>هل تخفض التدابير المرتبطة الخطر بصورة موثوقة</translation>
    </message>
    <message>
        <source>reasoning for the overriding-risk determination</source>
        <translation>تعليل تحديد الخطر الراجح</translation>
    </message>
    <message>
        <source>whether it is present</source>
        <translation>هل هو موجود</translation>
    </message>
    <message>
        <source>whether it was received</source>
        <translation>هل ورد</translation>
    </message>
    <message>
        <source>the risks it addresses</source>
        <translation>المخاطر التي يعالجها</translation>
    </message>
    <message>
        <source>whether it reliably reduces the risk</source>
        <translation>هل يخفض الخطر بصورة موثوقة</translation>
    </message>
    <message>
        <source>a measure with the same number</source>
        <translation>تدبير بالرقم نفسه</translation>
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
        <translation>ما زال ناقصاً قبل إمكان إكمال هذا التقييم:</translation>
    </message>
    <message>
        <source>Go to this question</source>
        <translation>الانتقال إلى هذا السؤال</translation>
    </message>
</context>
<context>
    <name>MitigationPage</name>
    <message>
        <source>Consider measures that could mitigate the risks found (Article 7(2)): confidence-building measures, programmes jointly developed and agreed with the importing State, end-use assurances, re-export clauses, delivery verification. Link each measure to the risks it addresses and judge each risk on its own: does it reliably reduce this risk, and why? A measure judged unreliable changes nothing, and only the kinds the treaty names against a risk can lower it: 7(2) confidence-building measures and joint programmes for any risk, Article 11(2) assurances and verification for diversion.</source>
        <translation>انظر في التدابير التي يمكن أن تخفف المخاطر المحددة (المادة 7(2)): تدابير بناء الثقة، والبرامج الموضوعة والمتفق عليها بصورة مشتركة مع الدولة المستوردة، وضمانات الاستعمال النهائي، وبنود إعادة التصدير، والتحقق من التسليم. اربط كل تدبير بالمخاطر التي يعالجها وقيّم كل خطر على حدة: هل يخفض هذا الخطر بصورة موثوقة، ولماذا؟ التدبير الذي يُحكم بعدم موثوقيته لا يغيّر شيئاً، ولا يخفض الخطر إلا الأنواع التي تسمّيها المعاهدة لمواجهته: تدابير بناء الثقة والبرامج المشتركة بموجب 7(2) لأي خطر، والضمانات والتحقق بموجب المادة 11(2) للتسريب.</translation>
    </message>
    <message>
        <source>Add a measure</source>
        <translation>إضافة تدبير</translation>
    </message>
    <message>
        <source>Not offered: Article 6 prohibits this transfer (%1), and no mitigation measure can lift an Article 6 prohibition. Measures recorded here are not considered.</source>
        <translation>غير متاح: تحظر المادة 6 هذا النقل (⁨%1⁩)، ولا يمكن لأي تدبير تخفيف أن يرفع حظراً بموجب المادة 6. لا يُنظر في التدابير المسجلة هنا.</translation>
    </message>
</context>
<context>
    <name>MyWorkDock</name>
    <message>
        <source>My work</source>
        <extracomment>A report&apos;s item (application id 0): open that year&apos;s report submission.</extracomment>
        <translation>عملي</translation>
    </message>
    <message>
        <source>Sign in to see the cases waiting for you.</source>
        <translation>سجّل الدخول لرؤية القضايا التي تنتظرك.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n case(s) waiting</source>
        <translation>
            <numerusform>⁨%1⁩: %n قضية منتظِرة</numerusform>
            <numerusform>⁨%1⁩: %n قضية منتظِرة</numerusform>
            <numerusform>⁨%1⁩: %n قضيتان منتظِرتان</numerusform>
            <numerusform>⁨%1⁩: %n قضايا منتظِرة</numerusform>
            <numerusform>⁨%1⁩: %n قضية منتظِرة</numerusform>
            <numerusform>⁨%1⁩: %n قضية منتظِرة</numerusform>
        </translation>
    </message>
    <message>
        <source>(due %1)</source>
        <translation>(مستحق في ⁨%1⁩)</translation>
    </message>
</context>
<context>
    <name>NationalReportDialog</name>
    <message>
        <source>National report on licence decisions</source>
        <translation>التقرير الوطني عن قرارات الترخيص</translation>
    </message>
    <message>
        <source>to</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>P&amp;eriod:</source>
        <translation>ال&amp;فترة:</translation>
    </message>
    <message>
        <source>&amp;Rows:</source>
        <translation>ال&amp;صفوف:</translation>
    </message>
    <message>
        <source>Colu&amp;mns:</source>
        <translation>الأ&amp;عمدة:</translation>
    </message>
    <message>
        <source>Report c&amp;urrency:</source>
        <translation>عمل&amp;ة التقرير:</translation>
    </message>
    <message>
        <source>Document &amp;language:</source>
        <translation>&amp;لغة الوثيقة:</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>الوجهة</translation>
    </message>
    <message>
        <source>Control-list rating</source>
        <translation>التصنيف في قائمة الرقابة</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>المعيار</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>تنتهي الفترة قبل أن تبدأ.</translation>
    </message>
    <message>
        <source>Choose at least one dimension for the rows.</source>
        <translation>اختر بُعدًا واحدًا على الأقل للصفوف.</translation>
    </message>
    <message>
        <source>A dimension cannot be both a row and a column.</source>
        <translation>لا يمكن أن يكون البُعد صفًا وعمودًا في آن واحد.</translation>
    </message>
    <message>
        <source>Give the report currency as a 3-letter ISO 4217 code.</source>
        <translation>أدخل عملة التقرير برمزها المؤلف من 3 أحرف وفق ISO 4217.</translation>
    </message>
    <message>
        <source>%1: count</source>
        <translation>%1: العدد</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>العدد</translation>
    </message>
    <message>
        <source>%1: value</source>
        <translation>%1: القيمة</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <source>Total: count</source>
        <translation>المجموع: العدد</translation>
    </message>
    <message>
        <source>Total: value</source>
        <translation>المجموع: القيمة</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>المجموع</translation>
    </message>
    <message>
        <source>Nil report: no licence decisions in the period.</source>
        <translation>تقرير صفري: لا توجد قرارات ترخيص خلال الفترة.</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>Write a note; @username puts the case in that colleague&apos;s work queue</source>
        <extracomment>The database and the person acting, read when a button is pressed.</extracomment>
        <translation>اكتب ملاحظة؛ ‎@username يضع القضية في قائمة عمل ذلك الزميل</translation>
    </message>
    <message>
        <source>&amp;Add note</source>
        <translation>إضافة ملاح&amp;ظة</translation>
    </message>
    <message>
        <source>Add the note (Ctrl+Return)</source>
        <translation>إضافة الملاحظة (Ctrl+Return)</translation>
    </message>
    <message>
        <source>&amp;Reassign case…</source>
        <translation>إعادة إس&amp;ناد القضية…</translation>
    </message>
    <message>
        <source>Not assigned to anyone.</source>
        <translation>غير مسندة إلى أحد.</translation>
    </message>
    <message>
        <source>Assigned to %1.</source>
        <translation>مسندة إلى ⁨%1⁩.</translation>
    </message>
</context>
<context>
    <name>ObligationDialog</name>
    <message>
        <source>Licence %1 (%2): %3, due %4</source>
        <translation>الترخيص ⁨%1⁩ (⁨%2⁩): ⁨%3⁩، مستحق في ⁨%4⁩</translation>
    </message>
    <message>
        <source>Recei&amp;ved on:</source>
        <translation>تاريخ الا&amp;ستلام:</translation>
    </message>
    <message>
        <source>Certificate &amp;reference:</source>
        <translation>&amp;مرجع الشهادة:</translation>
    </message>
    <message>
        <source>&amp;Visited on:</source>
        <translation>تاريخ ال&amp;زيارة:</translation>
    </message>
    <message>
        <source>Visited &amp;by:</source>
        <translation>&amp;قام بالزيارة:</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>ال&amp;نتيجة:</translation>
    </message>
    <message>
        <source>What was &amp;found:</source>
        <translation>ما &amp;تبيّن:</translation>
    </message>
    <message>
        <source>Report &amp;reference:</source>
        <translation>مرجع التقري&amp;ر:</translation>
    </message>
    <message>
        <source>&amp;Checked on:</source>
        <translation>تاري&amp;خ التحقق:</translation>
    </message>
    <message>
        <source>&amp;Evidence (reference):</source>
        <translation>ال&amp;دليل (المرجع):</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>م&amp;لاحظة:</translation>
    </message>
    <message>
        <source>&amp;Why is it waived?</source>
        <translation>لماذا الإ&amp;عفاء؟</translation>
    </message>
    <message>
        <source>&amp;Licence:</source>
        <translation>الترخي&amp;ص:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>الن&amp;وع:</translation>
    </message>
    <message>
        <source>&amp;Due (or planned) on:</source>
        <translation>موعد الاست&amp;حقاق (أو الموعد المقرر):</translation>
    </message>
    <message>
        <source>What to &amp;check:</source>
        <translation>ما &amp;يجب التحقق منه:</translation>
    </message>
    <message>
        <source>Who is to &amp;visit:</source>
        <translation>ال&amp;جهة الزائرة:</translation>
    </message>
    <message>
        <source>&amp;Where:</source>
        <translation>الم&amp;كان:</translation>
    </message>
    <message>
        <source>Delivery verification certificate received</source>
        <translation>وردت شهادة التحقق من التسليم</translation>
    </message>
    <message>
        <source>Verification visit: result</source>
        <translation>زيارة التحقق: النتيجة</translation>
    </message>
    <message>
        <source>Assurance checked</source>
        <translation>تم التحقق من الضمان</translation>
    </message>
    <message>
        <source>Waive a follow-up obligation</source>
        <translation>الإعفاء من التزام متابعة</translation>
    </message>
    <message>
        <source>Add a follow-up obligation</source>
        <translation>إضافة التزام متابعة</translation>
    </message>
    <message>
        <source>Record &amp;certificate</source>
        <translation>تسجيل ال&amp;شهادة</translation>
    </message>
    <message>
        <source>Record v&amp;isit</source>
        <translation>تس&amp;جيل الزيارة</translation>
    </message>
    <message>
        <source>Record c&amp;heck</source>
        <translation>&amp;تسجيل التحقق</translation>
    </message>
    <message>
        <source>W&amp;aive</source>
        <translation>&amp;إعفاء</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>إ&amp;ضافة</translation>
    </message>
    <message>
        <source>This case has no licence to follow up.</source>
        <translation>ليس لهذه القضية ترخيص للمتابعة.</translation>
    </message>
</context>
<context>
    <name>ObligationModel</name>
    <message>
        <source>Due</source>
        <extracomment>Columns and the service&apos;s sort key for each (&quot;&quot; when the column cannot be sorted on).</extracomment>
        <translation>الاستحقاق</translation>
    </message>
    <message>
        <source>What</source>
        <translation>ماذا</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>الترخيص</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>القضية</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>الوجهة</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>تاريخ الإنجاز</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>النتيجة</translation>
    </message>
</context>
<context>
    <name>ObligationsPanel</name>
    <message>
        <source>Certificate &amp;received…</source>
        <extracomment>Something was recorded on the obligations of this case (its id). Double click in the register: open this case.</extracomment>
        <translation>وردت ال&amp;شهادة…</translation>
    </message>
    <message>
        <source>&amp;Visit result…</source>
        <translation>نتيجة ال&amp;زيارة…</translation>
    </message>
    <message>
        <source>Assurance c&amp;hecked…</source>
        <translation>تم التحقق من ال&amp;ضمان…</translation>
    </message>
    <message>
        <source>&amp;Waive…</source>
        <translation>&amp;إعفاء…</translation>
    </message>
    <message>
        <source>&amp;Add obligation or visit…</source>
        <translation>إضافة التزام أ&amp;و زيارة…</translation>
    </message>
    <message>
        <source>Record as &amp;incident…</source>
        <translation>تسجيل كحاد&amp;ثة…</translation>
    </message>
    <message>
        <source>Open a new diversion or breach incident for this licence, with the visit&apos;s findings: it puts the licence up for reassessment (Article 7(7)).</source>
        <translation>فتح حادثة تسريب أو مخالفة جديدة لهذا الترخيص، مع نتائج الزيارة: تُدرج الترخيص لإعادة التقييم (المادة 7(7)).</translation>
    </message>
    <message>
        <source>No follow-up obligations yet. A delivery verification certificate is added with each shipment when the licence calls for one; add others below.</source>
        <translation>لا توجد التزامات متابعة بعد. تُضاف شهادة تحقق من التسليم مع كل شحنة عندما يتطلبها الترخيص؛ أضف غيرها أدناه.</translation>
    </message>
    <message>
        <source>Only a licensing officer or the focal point records this.</source>
        <translation>لا يسجّل هذا إلا موظف الترخيص أو جهة التنسيق.</translation>
    </message>
</context>
<context>
    <name>OpinionDialog</name>
    <message>
        <source>Opinion on %1</source>
        <translation>الرأي بشأن ⁨%1⁩</translation>
    </message>
    <message>
        <source>%1 gives the opinion of %2.</source>
        <translation>يقدّم ⁨%1⁩ رأي ⁨%2⁩.</translation>
    </message>
    <message>
        <source>no agency</source>
        <translation>بلا جهة</translation>
    </message>
    <message>
        <source>Why: the facts and sources your agency relies on</source>
        <translation>السبب: الوقائع والمصادر التي تستند إليها جهتك</translation>
    </message>
    <message>
        <source>Conditions, one per line (e.g. post-shipment verification)</source>
        <translation>الشروط، شرط في كل سطر (مثل التحقق بعد الشحن)</translation>
    </message>
    <message>
        <source>Opinion:</source>
        <translation>الرأي:</translation>
    </message>
    <message>
        <source>&amp;Reasons:</source>
        <translation>الأ&amp;سباب:</translation>
    </message>
    <message>
        <source>&amp;Conditions:</source>
        <translation>ال&amp;شروط:</translation>
    </message>
    <message>
        <source>The assessment under review:</source>
        <translation>التقييم قيد المراجعة:</translation>
    </message>
    <message>
        <source>This case has no assessment yet.</source>
        <translation>لا يوجد تقييم لهذه القضية بعد.</translation>
    </message>
    <message>
        <source>Revision %1, %2</source>
        <translation>النسخة ⁨%1⁩، ⁨%2⁩</translation>
    </message>
    <message>
        <source>Recommendation: %1</source>
        <translation>التوصية: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Choose an opinion.</source>
        <translation>اختر رأياً.</translation>
    </message>
</context>
<context>
    <name>Ops</name>
    <message>
        <source>Something unexpected went wrong, and this action was not completed. The details were written to the log; please tell your administrator.</source>
        <extracomment>What the op disables while it runs (and gives back its previous state afterwards). Ops that have not delivered yet. Ops until their thread has ended: a worker must outlive the window that started it (a QThread destroyed while it runs aborts the program).</extracomment>
        <translation>حدث خطأ غير متوقع ولم يكتمل هذا الإجراء. كُتبت التفاصيل في السجل؛ يُرجى إبلاغ مدير النظام.</translation>
    </message>
</context>
<context>
    <name>PartiesEditor</name>
    <message>
        <source>Role</source>
        <extracomment>A party row as typed: role, type, name, country text, address, and the number of the row it acts for (&quot;&quot; if none). Used to move rows and to tell whether anything changed. The row of the government this consignee acts for (followed when rows move).</extracomment>
        <translation>الدور</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Acts for</source>
        <translation>ينوب عن</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>الأطراف</translation>
    </message>
    <message>
        <source>Add part&amp;y</source>
        <translation>إضافة ط&amp;رف</translation>
    </message>
    <message>
        <source>Re&amp;move party</source>
        <translation>إزالة طر&amp;ف</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;نقل لأعلى</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>نقل لأسف&amp;ل</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not in the list of countries; choose one from the list</source>
        <translation>&apos;⁨%1⁩&apos; ليس في قائمة البلدان؛ اختر بلداً من القائمة</translation>
    </message>
    <message>
        <source>Party %1: role</source>
        <translation>الطرف ⁨%1⁩: الدور</translation>
    </message>
    <message>
        <source>Party %1: type</source>
        <translation>الطرف ⁨%1⁩: النوع</translation>
    </message>
    <message>
        <source>Party %1: name</source>
        <translation>الطرف ⁨%1⁩: الاسم</translation>
    </message>
    <message>
        <source>Party %1: country</source>
        <translation>الطرف ⁨%1⁩: البلد</translation>
    </message>
    <message>
        <source>Party %1: address</source>
        <translation>الطرف ⁨%1⁩: العنوان</translation>
    </message>
    <message>
        <source>Party %1: acts for</source>
        <translation>الطرف ⁨%1⁩: ينوب عن</translation>
    </message>
    <message>
        <source>Party %1</source>
        <translation>الطرف ⁨%1⁩</translation>
    </message>
    <message>
        <source>Name of the party</source>
        <translation>اسم الطرف</translation>
    </message>
    <message>
        <source>For a commercial consignee importing for a government end user of this case: the Article 6 screen then treats it as that government.</source>
        <translation>لمرسَل إليه تجاري يستورد لمستعمل نهائي حكومي في هذه القضية: يعامله فحص المادة 6 عندئذ معاملة تلك الحكومة.</translation>
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
        <translation>&amp;فتح</translation>
    </message>
</context>
<context>
    <name>ReassessmentDialog</name>
    <message>
        <source>Article 7(7) reassessment of valid licences</source>
        <translation>إعادة تقييم التراخيص السارية بموجب المادة 7(7)</translation>
    </message>
    <message>
        <source>When an embargo is imposed or new information about a destination is recorded, every valid licence it concerns is listed here. Reassess each one, possibly after consulting the importing State, and record what you decided: the licence stands, or is suspended, revoked or amended. Every step is kept in the licence&apos;s history. A licence that an embargo now prohibits cannot stand.</source>
        <translation>عند فرض حظر أو تسجيل معلومات جديدة عن وجهة ما، يُدرج هنا كل ترخيص سارٍ يخصها. أعد تقييم كل ترخيص، وربما بعد التشاور مع الدولة المستوردة، وسجّل ما قررته: يبقى الترخيص قائماً، أو يُعلَّق أو يُلغى أو يُعدَّل. تُحفظ كل خطوة في السجل التاريخي للترخيص. لا يمكن أن يبقى قائماً ترخيصٌ يحظره الآن حظرٌ.</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>الترخيص</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>القضية</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>الوجهة</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>صالح حتى</translation>
    </message>
    <message>
        <source>Why it is listed</source>
        <translation>سبب الإدراج</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;تحديث</translation>
    </message>
    <message>
        <source>&amp;Embargo data…</source>
        <translation>بيانات ال&amp;حظر…</translation>
    </message>
    <message>
        <source>Amended terms</source>
        <translation>الشروط المعدَّلة</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>السطر</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>الكمية</translation>
    </message>
    <message>
        <source>Record the &amp;amendment</source>
        <translation>تسجيل التعد&amp;يل</translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation>صالح حتى:</translation>
    </message>
    <message>
        <source>Quantities:</source>
        <translation>الكميات:</translation>
    </message>
    <message>
        <source>Conditions (one per line):</source>
        <translation>الشروط (شرط في كل سطر):</translation>
    </message>
    <message>
        <source>Reassess the selected licence</source>
        <translation>إعادة تقييم الترخيص المحدد</translation>
    </message>
    <message>
        <source>Your conclusion and its reasons (what the new information changes, whom you consulted). It is kept as the reason of the step you record.</source>
        <translation>استنتاجك وأسبابه (ما الذي تغيّره المعلومات الجديدة، ومن استشرت). يُحفظ سبباً للخطوة التي تسجّلها.</translation>
    </message>
    <message>
        <source>&amp;Conclusion and reasons:</source>
        <translation>الا&amp;ستنتاج والأسباب:</translation>
    </message>
    <message>
        <source>Licence &amp;stands</source>
        <translation>الترخيص &amp;قائم</translation>
    </message>
    <message>
        <source>S&amp;uspend</source>
        <translation>تع&amp;ليق</translation>
    </message>
    <message>
        <source>Re&amp;voke</source>
        <translation>إل&amp;غاء</translation>
    </message>
    <message>
        <source>&amp;Amend…</source>
        <translation>تع&amp;ديل…</translation>
    </message>
    <message>
        <source>I confirm the revocation: a revoked licence cannot be reinstated</source>
        <translation>أؤكد الإلغاء: لا يمكن إعادة العمل بترخيص ملغى</translation>
    </message>
    <message>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>من</translation>
    </message>
    <message>
        <source>What</source>
        <translation>ماذا</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>History of the licence:</source>
        <translation>السجل التاريخي للترخيص:</translation>
    </message>
    <message>
        <source>Record new information about a destination</source>
        <translation>تسجيل معلومات جديدة عن وجهة</translation>
    </message>
    <message>
        <source>e.g. UN report of abuses by the receiving unit, or a coup d&apos;état</source>
        <translation>مثال: تقرير للأمم المتحدة عن انتهاكات ارتكبتها الوحدة المستلمة، أو انقلاب</translation>
    </message>
    <message>
        <source>Source: title, date, reference</source>
        <translation>المصدر: العنوان، التاريخ، المرجع</translation>
    </message>
    <message>
        <source>Record &amp;information</source>
        <translation>تسجيل ال&amp;معلومات</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>الد&amp;ولة:</translation>
    </message>
    <message>
        <source>&amp;Information:</source>
        <translation>الم&amp;علومات:</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>الم&amp;صدر:</translation>
    </message>
    <message>
        <source>Your conclusion or information is not recorded yet. Record it, or close again to discard it.</source>
        <translation>استنتاجك أو معلوماتك لم تُسجَّل بعد. سجّلها، أو أغلق مجدداً لتجاهلها.</translation>
    </message>
    <message>
        <source>EMBARGO — suspend or revoke.</source>
        <translation>حظر — علِّق أو ألغِ.</translation>
    </message>
    <message>
        <source>%1 valid licence(s) to reassess as at %2.</source>
        <translation>التراخيص السارية التي يلزم إعادة تقييمها بتاريخ ⁨%2⁩: ⁨%1⁩.</translation>
    </message>
    <message>
        <source>No valid licence needs reassessing as at %1.</source>
        <translation>لا يحتاج أي ترخيص سارٍ إلى إعادة تقييم بتاريخ ⁨%1⁩.</translation>
    </message>
    <message>
        <source>Select a licence in the list.</source>
        <translation>اختر ترخيصاً من القائمة.</translation>
    </message>
    <message>
        <source>Licence %1 (%2), version %3, %4.</source>
        <translation>الترخيص ⁨%1⁩ (⁨%2⁩)، الإصدار ⁨%3⁩، ⁨%4⁩.</translation>
    </message>
    <message>
        <source>An embargo now prohibits this transfer (Article 6): it cannot stand and no mitigation lifts it. Suspend or revoke it and stop further shipments.</source>
        <translation>يحظر حظرٌ الآن هذا النقل (المادة 6): لا يمكن أن يبقى قائماً ولا يرفعه أي تخفيف. علّقه أو ألغِه وأوقف الشحنات اللاحقة.</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>سارٍ</translation>
    </message>
    <message>
        <source>suspended</source>
        <translation>معلَّق</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>ملغى</translation>
    </message>
    <message>
        <source>Write your conclusion and its reasons first: they are kept.</source>
        <translation>اكتب استنتاجك وأسبابه أولاً: فهي تُحفظ.</translation>
    </message>
    <message>
        <source>Licence %1 is %2 and no longer needs reassessing.</source>
        <translation>الترخيص ⁨%1⁩ ⁨%2⁩ ولم يعد يحتاج إلى إعادة تقييم.</translation>
    </message>
    <message>
        <source>Not recorded: %1</source>
        <translation>لم يُسجَّل: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Recorded: licence %1 stands.</source>
        <translation>سُجّل: الترخيص ⁨%1⁩ قائم.</translation>
    </message>
    <message>
        <source>Tick the confirmation first: a revocation cannot be undone.</source>
        <translation>حدّد خانة التأكيد أولاً: لا يمكن التراجع عن الإلغاء.</translation>
    </message>
    <message>
        <source>Recorded: licence %1 is now %2.</source>
        <translation>سُجّل: الترخيص ⁨%1⁩ الآن ⁨%2⁩.</translation>
    </message>
    <message>
        <source>Line %1: %2 is not a number.</source>
        <translation>السطر ⁨%1⁩: ⁨%2⁩ ليس رقماً.</translation>
    </message>
    <message>
        <source>Recorded: licence %1 amended.</source>
        <translation>سُجّل: عُدّل الترخيص ⁨%1⁩.</translation>
    </message>
    <message>
        <source>The information was not recorded: %1</source>
        <translation>لم تُسجَّل المعلومات: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Information recorded; %1 valid licence(s) concern that State.</source>
        <translation>سُجّلت المعلومات؛ عدد التراخيص السارية التي تخص تلك الدولة: ⁨%1⁩.</translation>
    </message>
</context>
<context>
    <name>ReassignDialog</name>
    <message>
        <source>Reassign %1</source>
        <translation>إعادة إسناد ⁨%1⁩</translation>
    </message>
    <message>
        <source>e.g. officer transferred to another post</source>
        <translation>مثال: نُقل الموظف إلى منصب آخر</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;إلى:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>ال&amp;سبب:</translation>
    </message>
    <message>
        <source>Choose the colleague who takes the case over.</source>
        <translation>اختر الزميل الذي يتولى القضية.</translation>
    </message>
</context>
<context>
    <name>RecordRequestDialog</name>
    <message>
        <source>Record a change request</source>
        <translation>تسجيل طلب تعديل</translation>
    </message>
    <message>
        <source>The new end use or location, in words</source>
        <translation>الاستعمال النهائي أو الموقع الجديد، بالكلمات</translation>
    </message>
    <message>
        <source>Licensed item</source>
        <translation>الصنف المرخَّص</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>الكمية</translation>
    </message>
    <message>
        <source>One document per line (title or reference)</source>
        <translation>مستند واحد في كل سطر (العنوان أو المرجع)</translation>
    </message>
    <message>
        <source>&amp;Licence:</source>
        <translation>ال&amp;ترخيص:</translation>
    </message>
    <message>
        <source>&amp;Request:</source>
        <translation>ال&amp;طلب:</translation>
    </message>
    <message>
        <source>Asked &amp;by:</source>
        <translation>&amp;مقدّم الطلب:</translation>
    </message>
    <message>
        <source>Recei&amp;ved on:</source>
        <translation>تاريخ الا&amp;ستلام:</translation>
    </message>
    <message>
        <source>New &amp;country:</source>
        <translation>ال&amp;بلد الجديد:</translation>
    </message>
    <message>
        <source>New &amp;end user:</source>
        <translation>المستعمل النهائي ال&amp;جديد:</translation>
    </message>
    <message>
        <source>New end use or l&amp;ocation:</source>
        <translation>الاستعمال النهائي أو المو&amp;قع الجديد:</translation>
    </message>
    <message>
        <source>&amp;Items concerned:</source>
        <translation>الأ&amp;صناف المعنية:</translation>
    </message>
    <message>
        <source>&amp;Justification:</source>
        <translation>&amp;المبررات:</translation>
    </message>
    <message>
        <source>Docu&amp;ments:</source>
        <translation>المستن&amp;دات:</translation>
    </message>
    <message>
        <source>(licensed: %1)</source>
        <translation>(المرخَّص: ⁨%1⁩)</translation>
    </message>
    <message>
        <source>Type each quantity as a number, e.g. 10 or 2.5.</source>
        <translation>اكتب كل كمية رقماً، مثل 10 أو 2.5.</translation>
    </message>
</context>
<context>
    <name>RegisterFilters</name>
    <message>
        <source>Search reference, exporter, end user…</source>
        <translation>البحث في المرجع، المصدِّر، المستعمل النهائي…</translation>
    </message>
    <message>
        <source>Year the application was received</source>
        <translation>سنة استلام الطلب</translation>
    </message>
    <message>
        <source>Case status</source>
        <translation>حالة القضية</translation>
    </message>
    <message>
        <source>Final importing State</source>
        <translation>الدولة المستوردة النهائية</translation>
    </message>
    <message>
        <source>ATT category of any line item</source>
        <translation>فئة المعاهدة لأي بند</translation>
    </message>
    <message>
        <source>Exporter or applicant</source>
        <translation>المصدِّر أو مقدّم الطلب</translation>
    </message>
    <message>
        <source>Transfer type</source>
        <translation>نوع النقل</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>مسح عوامل التصفية</translation>
    </message>
    <message>
        <source>Show every case again</source>
        <translation>إظهار كل القضايا مجدداً</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>كل السنوات</translation>
    </message>
    <message>
        <source>All destinations</source>
        <translation>كل الوجهات</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>كل الفئات</translation>
    </message>
    <message>
        <source>All exporters</source>
        <translation>كل المصدِّرين</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>كل الحالات</translation>
    </message>
    <message>
        <source>All transfer types</source>
        <translation>كل أنواع النقل</translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <source>Could not read this case: %1</source>
        <extracomment>The case&apos;s database id, for opening it. At most this many pages stay in memory (5,000 rows). Pages that could not be read, with the reason (kept until the next reset). How many pages were fetched since the last reset (benchmarks and tests read it).</extracomment>
        <translation>تعذّرت قراءة هذه القضية: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>المرجع</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Exporter / applicant</source>
        <translation>المصدِّر / مقدّم الطلب</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>الوجهة</translation>
    </message>
    <message>
        <source>End user</source>
        <translation>المستعمل النهائي</translation>
    </message>
    <message>
        <source>ATT categories</source>
        <translation>فئات المعاهدة</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>الاستلام</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>البتّ</translation>
    </message>
    <message>
        <source>The line items are valued in different currencies.</source>
        <translation>البنود مقيَّمة بعملات مختلفة.</translation>
    </message>
</context>
<context>
    <name>ReportBuilder</name>
    <message>
        <source>Category / sub-category</source>
        <translation>الفئة / الفئة الفرعية</translation>
    </message>
    <message>
        <source>Final importing State</source>
        <translation>الدولة المستوردة النهائية</translation>
    </message>
    <message>
        <source>Exporting State</source>
        <translation>الدولة المصدرة</translation>
    </message>
    <message>
        <source>Number of items</source>
        <translation>عدد الأصناف</translation>
    </message>
    <message>
        <source>Value (%1)</source>
        <translation>القيمة (⁨%1⁩)</translation>
    </message>
    <message>
        <source>State of origin (if not exporter)</source>
        <translation>دولة المنشأ (إن لم تكن المصدِّرة)</translation>
    </message>
    <message>
        <source>Intermediate location (if any)</source>
        <translation>الموقع الوسيط (إن وُجد)</translation>
    </message>
    <message>
        <source>Description of item</source>
        <translation>وصف الصنف</translation>
    </message>
    <message>
        <source>Comments on the transfer</source>
        <translation>ملاحظات على النقل</translation>
    </message>
    <message>
        <source>Some values of this row are left out: no value recorded, or no exchange rate into the report currency. See the findings.</source>
        <translation>بعض قيم هذا الصف مستبعدة: لا قيمة مسجلة، أو لا سعر صرف إلى عملة التقرير. انظر نتائج الفحص.</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(غير مسجل)</translation>
    </message>
    <message>
        <source>authorised</source>
        <translation>المأذون بها</translation>
    </message>
    <message>
        <source>actual</source>
        <translation>الفعلية</translation>
    </message>
    <message>
        <source>Exports (%1), %2</source>
        <translation>الصادرات (⁨%1⁩)، ⁨%2⁩</translation>
    </message>
    <message>
        <source>Imports (%1), %2</source>
        <translation>الواردات (⁨%1⁩)، ⁨%2⁩</translation>
    </message>
    <message>
        <source>Nil report on exports: nothing to report for %1.</source>
        <translation>تقرير صفري عن الصادرات: لا شيء يُبلَّغ عنه لعام ⁨%1⁩.</translation>
    </message>
    <message>
        <source>Nil report on imports: nothing to report for %1.</source>
        <translation>تقرير صفري عن الواردات: لا شيء يُبلَّغ عنه لعام ⁨%1⁩.</translation>
    </message>
    <message>
        <source>The report will include a nil report (Annex 3).</source>
        <translation>سيتضمن التقرير تقريراً صفرياً (المرفق 3).</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>* value incomplete (see findings)</source>
        <translation>* القيمة غير مكتملة (انظر نتائج الفحص)</translation>
    </message>
    <message>
        <source>Total: </source>
        <translation>المجموع: </translation>
    </message>
    <message>
        <source>Choose the options, then press Preview to see this table.</source>
        <translation>اختر الخيارات، ثم اضغط «معاينة» لعرض هذا الجدول.</translation>
    </message>
</context>
<context>
    <name>ReportBuilderDialog</name>
    <message>
        <source>Annual report (Article 13(3))</source>
        <extracomment>Builds the report (``services.reporting.collect``); run on a worker thread. The application (case) id of a record to fix; the main window opens it. A file was written: its path. A preview was built (tests and the main window may listen).</extracomment>
        <translation>التقرير السنوي (المادة 13(3))</translation>
    </message>
    <message>
        <source>&amp;Open the record to fix</source>
        <extracomment>The preview being built or the file being written, if any.</extracomment>
        <translation>فتح السجل لتصحيح&amp;ه</translation>
    </message>
    <message>
        <source>Exported items per year, by category</source>
        <translation>الأصناف المصدَّرة سنوياً، حسب الفئة</translation>
    </message>
    <message>
        <source>Exported items per year, by region</source>
        <translation>الأصناف المصدَّرة سنوياً، حسب المنطقة</translation>
    </message>
    <message>
        <source>E&amp;xports table</source>
        <translation>جدول ال&amp;صادرات</translation>
    </message>
    <message>
        <source>I&amp;mports table</source>
        <translation>جدول ال&amp;واردات</translation>
    </message>
    <message>
        <source>Fin&amp;dings</source>
        <translation>نتائج الف&amp;حص</translation>
    </message>
    <message>
        <source>C&amp;harts</source>
        <translation>ال&amp;رسوم البيانية</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>م&amp;عاينة</translation>
    </message>
    <message>
        <source>Allow a dra&amp;ft despite errors</source>
        <translation>السماح ب&amp;مسودة رغم الأخطاء</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>تصدير &amp;PDF…</translation>
    </message>
    <message>
        <source>Export &amp;XLSX…</source>
        <translation>تصدير &amp;XLSX…</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>تصدير &amp;CSV…</translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation>تصدير &amp;JSON…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>S&amp;ubmission…</source>
        <extracomment>The report as submitted: contributions, approval, the frozen copy (issue 14).</extracomment>
        <translation>ال&amp;تقديم…</translation>
    </message>
    <message>
        <source>Cancel the preview</source>
        <extracomment>Stops a preview being built (shown only meanwhile; files are written to the end).</extracomment>
        <translation>إلغاء المعاينة</translation>
    </message>
    <message>
        <source>The choices changed since the preview: press Preview again to export.</source>
        <translation>تغيّرت الخيارات منذ المعاينة: اضغط «معاينة» مجدداً للتصدير.</translation>
    </message>
    <message numerus="yes">
        <source>Due to the ATT Secretariat by %1: %n day(s) left.</source>
        <translation>
            <numerusform>مستحق لأمانة المعاهدة بحلول ⁨%1⁩: بقي %n يوم.</numerusform>
            <numerusform>مستحق لأمانة المعاهدة بحلول ⁨%1⁩: بقي %n يوم.</numerusform>
            <numerusform>مستحق لأمانة المعاهدة بحلول ⁨%1⁩: بقي %n يومان.</numerusform>
            <numerusform>مستحق لأمانة المعاهدة بحلول ⁨%1⁩: بقيت %n أيام.</numerusform>
            <numerusform>مستحق لأمانة المعاهدة بحلول ⁨%1⁩: بقي %n يوماً.</numerusform>
            <numerusform>مستحق لأمانة المعاهدة بحلول ⁨%1⁩: بقي %n يوم.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Due to the ATT Secretariat by %1: %n day(s) overdue.</source>
        <translation>
            <numerusform>مستحق لأمانة المعاهدة بحلول ⁨%1⁩: متأخر %n يوم.</numerusform>
            <numerusform>مستحق لأمانة المعاهدة بحلول ⁨%1⁩: متأخر %n يوم.</numerusform>
            <numerusform>مستحق لأمانة المعاهدة بحلول ⁨%1⁩: متأخر %n يومين.</numerusform>
            <numerusform>مستحق لأمانة المعاهدة بحلول ⁨%1⁩: متأخر %n أيام.</numerusform>
            <numerusform>مستحق لأمانة المعاهدة بحلول ⁨%1⁩: متأخر %n يوماً.</numerusform>
            <numerusform>مستحق لأمانة المعاهدة بحلول ⁨%1⁩: متأخر %n يوم.</numerusform>
        </translation>
    </message>
    <message>
        <source>Annual report</source>
        <translation>التقرير السنوي</translation>
    </message>
    <message>
        <source>Reading the records of %1…</source>
        <translation>جارٍ قراءة سجلات ⁨%1⁩…</translation>
    </message>
    <message>
        <source>The preview was cancelled.</source>
        <translation>أُلغيت المعاينة.</translation>
    </message>
    <message>
        <source>Laying out the tables…</source>
        <translation>جارٍ تنسيق الجداول…</translation>
    </message>
    <message>
        <source> Information withheld: the title page declares it.</source>
        <translation> معلومات محجوبة: تصرّح بها صفحة العنوان.</translation>
    </message>
    <message numerus="yes">
        <source>Preview ready: %n error(s) to fix before export.</source>
        <translation>
            <numerusform>المعاينة جاهزة: %n خطأ يجب تصحيحه قبل التصدير.</numerusform>
            <numerusform>المعاينة جاهزة: %n خطأ يجب تصحيحه قبل التصدير.</numerusform>
            <numerusform>المعاينة جاهزة: %n خطآن يجب تصحيحهما قبل التصدير.</numerusform>
            <numerusform>المعاينة جاهزة: %n أخطاء يجب تصحيحها قبل التصدير.</numerusform>
            <numerusform>المعاينة جاهزة: %n خطأً يجب تصحيحه قبل التصدير.</numerusform>
            <numerusform>المعاينة جاهزة: %n خطأ يجب تصحيحه قبل التصدير.</numerusform>
        </translation>
    </message>
    <message>
        <source>Preview ready: no errors.</source>
        <translation>المعاينة جاهزة: لا أخطاء.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>خطأ</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>تحذير</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n خطأ</numerusform>
            <numerusform>%n خطأ</numerusform>
            <numerusform>%n خطآن</numerusform>
            <numerusform>%n أخطاء</numerusform>
            <numerusform>%n خطأً</numerusform>
            <numerusform>%n خطأ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n تحذير</numerusform>
            <numerusform>%n تحذير</numerusform>
            <numerusform>%n تحذيران</numerusform>
            <numerusform>%n تحذيرات</numerusform>
            <numerusform>%n تحذيراً</numerusform>
            <numerusform>%n تحذير</numerusform>
        </translation>
    </message>
    <message>
        <source>Double-click a finding (or press Enter) to open the record to fix.</source>
        <translation>انقر نقراً مزدوجاً على نتيجة (أو اضغط Enter) لفتح السجل الذي يجب تصحيحه.</translation>
    </message>
    <message>
        <source>Fin&amp;dings (%1)</source>
        <translation>نتائج الف&amp;حص (⁨%1⁩)</translation>
    </message>
    <message>
        <source>Nothing exported in these years.</source>
        <translation>لم يُصدَّر شيء في هذه السنوات.</translation>
    </message>
    <message>
        <source>Enter the %1 rate into %2 for %3, then save it and preview again.</source>
        <translation>أدخل سعر صرف ⁨%1⁩ إلى ⁨%2⁩ لعام ⁨%3⁩، ثم احفظه وأعد المعاينة.</translation>
    </message>
    <message>
        <source>Preview the report before exporting it.</source>
        <translation>عاين التقرير قبل تصديره.</translation>
    </message>
    <message>
        <source>The report has errors (see Findings). Fix them, or tick “Allow a draft despite errors” to write a draft.</source>
        <translation>في التقرير أخطاء (انظر نتائج الفحص). صحّحها، أو حدّد «السماح بمسودة رغم الأخطاء» لكتابة مسودة.</translation>
    </message>
    <message>
        <source>Export the annual report</source>
        <translation>تصدير التقرير السنوي</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>جارٍ كتابة ⁨%1⁩…</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>كُتب: ⁨%1⁩</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <extracomment>``(parent, title, suggested path, filter) -&gt; chosen path or None``: tests replace it.</extracomment>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>مصنف Excel (*.xlsx)</translation>
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
        <translation>تعذّرت كتابة ⁨%1⁩: ⁨%2⁩</translation>
    </message>
    <message>
        <source>The %1 file could not be written: %2
The details are in the log.</source>
        <translation>تعذّرت كتابة ملف ⁨%1⁩: ⁨%2⁩
التفاصيل في السجل.</translation>
    </message>
    <message>
        <source>Authorised (licences issued in the year)</source>
        <translation>المأذون به (التراخيص الصادرة خلال السنة)</translation>
    </message>
    <message>
        <source>Actual (shipments made in the year)</source>
        <translation>الفعلي (الشحنات المنفذة خلال السنة)</translation>
    </message>
    <message>
        <source>Number of items and value</source>
        <translation>عدد الأصناف والقيمة</translation>
    </message>
    <message>
        <source>Number of items</source>
        <translation>عدد الأصناف</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <source>Include small arms for &amp;civilian end users</source>
        <translation>إدراج الأسلحة الصغيرة للمستعملين النهائيين المد&amp;نيين</translation>
    </message>
    <message>
        <source>Add voluntary &amp;national categories</source>
        <translation>إضافة فئات و&amp;طنية طوعية</translation>
    </message>
    <message>
        <source>From the settings, e.g. SE</source>
        <translation>من الإعدادات، مثل SE</translation>
    </message>
    <message>
        <source>Add the charts annex to the PDF</source>
        <translation>إضافة مرفق الرسوم البيانية إلى ملف PDF</translation>
    </message>
    <message>
        <source>Report &amp;year:</source>
        <translation>&amp;سنة التقرير:</translation>
    </message>
    <message>
        <source>&amp;Exports:</source>
        <translation>الصا&amp;درات:</translation>
    </message>
    <message>
        <source>&amp;Imports:</source>
        <translation>ا&amp;لواردات:</translation>
    </message>
    <message>
        <source>&amp;Figures:</source>
        <translation>الأر&amp;قام:</translation>
    </message>
    <message>
        <source>Report c&amp;urrency:</source>
        <translation>عمل&amp;ة التقرير:</translation>
    </message>
    <message>
        <source>Reporting &amp;State:</source>
        <translation>الدولة المبل&amp;غة:</translation>
    </message>
    <message>
        <source>Contact &amp;name:</source>
        <translation>&amp;اسم مسؤول الاتصال:</translation>
    </message>
    <message>
        <source>Position:</source>
        <translation>المنصب:</translation>
    </message>
    <message>
        <source>Contact &amp;organisation:</source>
        <translation>&amp;جهة الاتصال:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>العنوان:</translation>
    </message>
    <message>
        <source>Telephone:</source>
        <translation>الهاتف:</translation>
    </message>
    <message>
        <source>Contact e-&amp;mail:</source>
        <translation>ال&amp;بريد الإلكتروني للاتصال:</translation>
    </message>
    <message>
        <source>Chart &amp;years:</source>
        <translation>سنوات الم&amp;خططات:</translation>
    </message>
    <message>
        <source>Report &amp;language:</source>
        <translation>لغة &amp;كتابة التقرير:</translation>
    </message>
    <message>
        <source>Exports form may be made &amp;public</source>
        <translation>يجوز إتاحة استمارة الصادرات لل&amp;جمهور</translation>
    </message>
    <message>
        <source>Imports form may be made pu&amp;blic</source>
        <translation>يجوز إتاحة استمارة الواردات للج&amp;مهور</translation>
    </message>
    <message>
        <source>Annex 2: national definitions of categories</source>
        <translation>المرفق 2: التعاريف الوطنية للفئات</translation>
    </message>
    <message>
        <source>How your national definition is wider than the UN Register&apos;s</source>
        <translation>كيف يكون تعريفك الوطني أوسع من تعريف سجل الأمم المتحدة</translation>
    </message>
    <message>
        <source>Add definition</source>
        <translation>إضافة تعريف</translation>
    </message>
    <message>
        <source>Remove definition</source>
        <translation>إزالة تعريف</translation>
    </message>
    <message>
        <source>Cate&amp;gory:</source>
        <translation>الف&amp;ئة:</translation>
    </message>
    <message>
        <source>Defini&amp;tion:</source>
        <translation>التعر&amp;يف:</translation>
    </message>
    <message>
        <source>The file was written, but the contact point and definitions were not kept for next time: %1</source>
        <translation>كُتب الملف، لكن جهة الاتصال والتعاريف لم تُحفظ للمرة القادمة: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Exchange rates into the report currency</source>
        <translation>أسعار الصرف إلى عملة التقرير</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>العملة</translation>
    </message>
    <message>
        <source>Rate (1 unit =)</source>
        <translation>السعر (الوحدة الواحدة =)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>e.g. 0.92</source>
        <translation>مثال: 0.92</translation>
    </message>
    <message>
        <source>e.g. Central bank annual average</source>
        <translation>مثال: متوسط البنك المركزي السنوي</translation>
    </message>
    <message>
        <source>Save &amp;rate</source>
        <translation>حف&amp;ظ السعر</translation>
    </message>
    <message>
        <source>Values in other currencies are added to no total until their rate for the year is recorded.</source>
        <translation>لا تُضاف القيم بالعملات الأخرى إلى أي مجموع حتى يُسجَّل سعرها للسنة.</translation>
    </message>
    <message>
        <source>Curre&amp;ncy:</source>
        <translation>رم&amp;ز العملة:</translation>
    </message>
    <message>
        <source>R&amp;ate:</source>
        <translation>سعر الصر&amp;ف:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>المصدر:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(لا شيء)</translation>
    </message>
    <message>
        <source>Exchange rates</source>
        <translation>أسعار الصرف</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number; write the rate like 0.92</source>
        <translation>&apos;⁨%1⁩&apos; ليس رقماً؛ اكتب السعر مثل 0.92</translation>
    </message>
    <message>
        <source>Saved: 1 %1 = %2 %3 for %4. Preview again to use it.</source>
        <translation>حُفظ: 1 ⁨%1⁩ = ⁨%2⁩ ⁨%3⁩ لعام ⁨%4⁩. أعد المعاينة لاستخدامه.</translation>
    </message>
</context>
<context>
    <name>ReportingCalendarDialog</name>
    <message>
        <source>Reporting calendar</source>
        <translation>تقويم الإبلاغ</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>لم يبدأ</translation>
    </message>
    <message>
        <source>Collecting data</source>
        <translation>جمع البيانات</translation>
    </message>
    <message>
        <source>Inter-agency check</source>
        <translation>التحقق المشترك بين الجهات</translation>
    </message>
    <message>
        <source>Signed off</source>
        <translation>معتمَد</translation>
    </message>
    <message>
        <source>Submitted to the ATT Secretariat</source>
        <translation>قُدّم إلى أمانة معاهدة تجارة الأسلحة</translation>
    </message>
    <message>
        <source>&amp;Collect data by:</source>
        <translation>&amp;جمع البيانات بحلول:</translation>
    </message>
    <message>
        <source>&amp;Inter-agency check by:</source>
        <translation>ال&amp;تحقق المشترك بين الجهات بحلول:</translation>
    </message>
    <message>
        <source>Si&amp;gn-off by:</source>
        <translation>الا&amp;عتماد بحلول:</translation>
    </message>
    <message>
        <source>Report &amp;year:</source>
        <translation>&amp;سنة التقرير:</translation>
    </message>
    <message>
        <source>&amp;Status of the report:</source>
        <translation>&amp;حالة التقرير:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>ح&amp;فظ</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>The %1 report was submitted (due %2).</source>
        <translation>قُدّم تقرير ⁨%1⁩ (كان مستحقاً في ⁨%2⁩).</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left to submit the %1 report (due %2).</source>
        <translation>
            <numerusform>بقي %n يوم لتقديم تقرير ⁨%1⁩ (مستحق في ⁨%2⁩).</numerusform>
            <numerusform>بقي %n يوم لتقديم تقرير ⁨%1⁩ (مستحق في ⁨%2⁩).</numerusform>
            <numerusform>بقي %n يومان لتقديم تقرير ⁨%1⁩ (مستحق في ⁨%2⁩).</numerusform>
            <numerusform>بقيت %n أيام لتقديم تقرير ⁨%1⁩ (مستحق في ⁨%2⁩).</numerusform>
            <numerusform>بقي %n يوماً لتقديم تقرير ⁨%1⁩ (مستحق في ⁨%2⁩).</numerusform>
            <numerusform>بقي %n يوم لتقديم تقرير ⁨%1⁩ (مستحق في ⁨%2⁩).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %1 report is %n day(s) overdue (due %2).</source>
        <translation>
            <numerusform>تقرير ⁨%1⁩ متأخر %n يوم (كان مستحقاً في ⁨%2⁩).</numerusform>
            <numerusform>تقرير ⁨%1⁩ متأخر %n يوم (كان مستحقاً في ⁨%2⁩).</numerusform>
            <numerusform>تقرير ⁨%1⁩ متأخر %n يومين (كان مستحقاً في ⁨%2⁩).</numerusform>
            <numerusform>تقرير ⁨%1⁩ متأخر %n أيام (كان مستحقاً في ⁨%2⁩).</numerusform>
            <numerusform>تقرير ⁨%1⁩ متأخر %n يوماً (كان مستحقاً في ⁨%2⁩).</numerusform>
            <numerusform>تقرير ⁨%1⁩ متأخر %n يوم (كان مستحقاً في ⁨%2⁩).</numerusform>
        </translation>
    </message>
    <message>
        <source>done</source>
        <translation>تم</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <translation>
            <numerusform>متأخر %n يوم</numerusform>
            <numerusform>متأخر %n يوم</numerusform>
            <numerusform>متأخر %n يومين</numerusform>
            <numerusform>متأخر %n أيام</numerusform>
            <numerusform>متأخر %n يوماً</numerusform>
            <numerusform>متأخر %n يوم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>خلال %n يوم</numerusform>
            <numerusform>خلال %n يوم</numerusform>
            <numerusform>خلال %n يومين</numerusform>
            <numerusform>خلال %n أيام</numerusform>
            <numerusform>خلال %n يوماً</numerusform>
            <numerusform>خلال %n يوم</numerusform>
        </translation>
    </message>
    <message>
        <source>Collect data</source>
        <translation>جمع البيانات</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>الاعتماد</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <source>Urgent: %1</source>
        <translation>عاجل: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Overdue: %1</source>
        <translation>متأخر: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Agency</source>
        <extracomment>The case changed here (submitted, decided): the window refreshes register and case. The database and the person acting, read when a button is pressed.</extracomment>
        <translation>الجهة</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>أجابت؟</translation>
    </message>
    <message>
        <source>Opinion</source>
        <translation>الرأي</translation>
    </message>
    <message>
        <source>By</source>
        <translation>بواسطة</translation>
    </message>
    <message>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>الأسباب</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>الشروط</translation>
    </message>
    <message>
        <source>&amp;Submit for review…</source>
        <translation>&amp;تقديم للمراجعة…</translation>
    </message>
    <message>
        <source>Give &amp;opinion…</source>
        <translation>إ&amp;بداء الرأي…</translation>
    </message>
    <message>
        <source>&amp;Decide…</source>
        <translation>اتخا&amp;ذ القرار…</translation>
    </message>
    <message>
        <source>This case has not been submitted to the committee.</source>
        <translation>لم تُقدَّم هذه القضية إلى اللجنة.</translation>
    </message>
    <message>
        <source>the majority approves</source>
        <translation>الأغلبية توافق</translation>
    </message>
    <message>
        <source>the majority refuses</source>
        <translation>الأغلبية ترفض</translation>
    </message>
    <message>
        <source>no majority</source>
        <translation>لا أغلبية</translation>
    </message>
    <message>
        <source>quorum met</source>
        <translation>اكتمل النصاب</translation>
    </message>
    <message>
        <source>quorum not met</source>
        <translation>لم يكتمل النصاب</translation>
    </message>
    <message>
        <source>%1 of %2 agencies answered; %3 needed (%4); %5.</source>
        <translation>الجهات التي أجابت: ⁨%1⁩ من ⁨%2⁩؛ المطلوب ⁨%3⁩ (⁨%4⁩)؛ ⁨%5⁩.</translation>
    </message>
    <message>
        <source>Waiting for: %1</source>
        <translation>بانتظار: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>حلّ محلّه غيره</translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <source>Delivery verification certificates</source>
        <translation>شهادات التحقق من التسليم</translation>
    </message>
    <message>
        <source> days after the shipment</source>
        <translation> يوماً بعد الشحنة</translation>
    </message>
    <message>
        <source>&amp;Owed:</source>
        <translation>تُستحق &amp;عند:</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>ال&amp;موعد:</translation>
    </message>
    <message>
        <source>Applies to shipments recorded from now on.</source>
        <translation>يسري على الشحنات المسجلة من الآن فصاعداً.</translation>
    </message>
</context>
<context>
    <name>RulesTab</name>
    <message>
        <source>any case</source>
        <translation>أي قضية</translation>
    </message>
    <message>
        <source>transit or trans-shipment States</source>
        <translation>دول العبور أو الشحن العابر</translation>
    </message>
    <message>
        <source>a serious GBV finding</source>
        <translation>استنتاج بعنف جنساني خطير</translation>
    </message>
    <message>
        <source>a risk at a level</source>
        <translation>خطر بمستوى معيّن</translation>
    </message>
    <message>
        <source>an Article 6 concern</source>
        <translation>إشكال يتعلق بالمادة 6</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>الجهة</translation>
    </message>
    <message>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Ret&amp;ire rule…</source>
        <translation>إ&amp;يقاف القاعدة…</translation>
    </message>
    <message>
        <source>New rule</source>
        <translation>قاعدة جديدة</translation>
    </message>
    <message>
        <source>agency code, e.g. CUS</source>
        <translation>رمز الجهة، مثل CUS</translation>
    </message>
    <message>
        <source>any transfer type</source>
        <translation>أي نوع نقل</translation>
    </message>
    <message>
        <source>any; or codes, e.g. BR, AR</source>
        <translation>أي وجهة؛ أو رموز، مثل BR، AR</translation>
    </message>
    <message>
        <source>why: the mandate or decree</source>
        <translation>السبب: الاختصاص أو المرسوم</translation>
    </message>
    <message>
        <source>Add &amp;rule</source>
        <translation>إضافة &amp;قاعدة</translation>
    </message>
    <message>
        <source>&amp;Agency:</source>
        <translation>ال&amp;جهة:</translation>
    </message>
    <message>
        <source>&amp;Transfer type:</source>
        <translation>&amp;نوع النقل:</translation>
    </message>
    <message>
        <source>&amp;Finding:</source>
        <translation>الا&amp;ستنتاج:</translation>
    </message>
    <message>
        <source>&amp;Destinations:</source>
        <translation>ال&amp;وجهات:</translation>
    </message>
    <message>
        <source>W&amp;hy:</source>
        <translation>&amp;لماذا:</translation>
    </message>
    <message>
        <source>Sa&amp;ve due days</source>
        <translation>&amp;حفظ أيام الاستحقاق</translation>
    </message>
    <message>
        <source>Opinions due in (working days):</source>
        <translation>مهلة الآراء (أيام عمل):</translation>
    </message>
    <message>
        <source>urgent:</source>
        <translation>عاجل:</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>موقوفة</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>سارية</translation>
    </message>
    <message>
        <source>No such agency yet</source>
        <translation>لا توجد جهة بهذا الرمز بعد</translation>
    </message>
    <message>
        <source>Rule added.</source>
        <translation>أُضيفت القاعدة.</translation>
    </message>
    <message>
        <source>Retire a consultation rule</source>
        <translation>إيقاف قاعدة تشاور</translation>
    </message>
    <message>
        <source>Why does this rule no longer apply? (It is kept, retired.)</source>
        <translation>لماذا لم تعد هذه القاعدة تنطبق؟ (تُحفظ موقوفةً.)</translation>
    </message>
    <message>
        <source>Rule retired.</source>
        <translation>أُوقفت القاعدة.</translation>
    </message>
    <message>
        <source>Due days saved.</source>
        <translation>حُفظت أيام الاستحقاق.</translation>
    </message>
</context>
<context>
    <name>SanctionsHitsPanel</name>
    <message>
        <source>Party</source>
        <extracomment>A hit was reviewed or new hits were found: the case id (or 0 for every case).</extracomment>
        <translation>الطرف</translation>
    </message>
    <message>
        <source>Listed as</source>
        <translation>مدرج باسم</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>المرجع</translation>
    </message>
    <message>
        <source>Regime</source>
        <translation>النظام</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>الدرجة</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>المراجعة</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>القضية</translation>
    </message>
    <message>
        <source>Why the selected hit is, or is not, the listed party (required)</source>
        <translation>لماذا تكون النتيجة المحددة هي الطرف المدرج أو لا تكون (مطلوب)</translation>
    </message>
    <message>
        <source>&amp;Confirm: same party</source>
        <translation>&amp;تأكيد: الطرف نفسه</translation>
    </message>
    <message>
        <source>&amp;Reject: someone else</source>
        <translation>&amp;رفض: شخص آخر</translation>
    </message>
    <message>
        <source>&amp;Screen parties now</source>
        <translation>&amp;فحص الأطراف الآن</translation>
    </message>
    <message>
        <source>No UN Consolidated List has been imported: parties are not screened.</source>
        <translation>لم تُستورد قائمة الأمم المتحدة الموحدة: لا تُفحص الأطراف.</translation>
    </message>
    <message>
        <source>Screened against the UN Consolidated List generated %1.</source>
        <translation>فُحصت مقابل قائمة الأمم المتحدة الموحدة الصادرة في ⁨%1⁩.</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>للمراجعة</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>مؤكَّدة</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>مرفوضة</translation>
    </message>
    <message>
        <source>Only a licensing officer reviews sanctions list hits.</source>
        <translation>لا يراجع نتائج قائمة الجزاءات إلا موظف الترخيص.</translation>
    </message>
    <message>
        <source>Hit not reviewed</source>
        <translation>لم تُراجَع النتيجة</translation>
    </message>
    <message>
        <source>Screening parties</source>
        <translation>فحص الأطراف</translation>
    </message>
    <message>
        <source>Screening parties against the UN Consolidated List…</source>
        <translation>جارٍ فحص الأطراف مقابل قائمة الأمم المتحدة الموحدة…</translation>
    </message>
</context>
<context>
    <name>SanctionsListDialog</name>
    <message>
        <source>UN Security Council Consolidated List</source>
        <translation>القائمة الموحدة لمجلس الأمن التابع للأمم المتحدة</translation>
    </message>
    <message>
        <source>Every party of every case is screened against the Council&apos;s list of individuals and entities. Import the consolidated XML file downloaded from the Security Council&apos;s website; a new list re-screens valid licences and open cases.</source>
        <translation>يُفحص كل طرف في كل قضية مقابل قائمة المجلس للأفراد والكيانات. استورد ملف XML الموحد الذي نُزّل من موقع مجلس الأمن؛ وتؤدي قائمة جديدة إلى إعادة فحص التراخيص السارية والقضايا المفتوحة.</translation>
    </message>
    <message>
        <source>&amp;Import list file…</source>
        <translation>ا&amp;ستيراد ملف القائمة…</translation>
    </message>
    <message>
        <source>Only an administrator imports the list.</source>
        <translation>لا يستورد القائمة إلا مدير النظام.</translation>
    </message>
    <message>
        <source>Import the UN Consolidated List</source>
        <translation>استيراد قائمة الأمم المتحدة الموحدة</translation>
    </message>
    <message>
        <source>Consolidated List (*.xml)</source>
        <translation>القائمة الموحدة (*.xml)</translation>
    </message>
    <message>
        <source>Importing the UN Consolidated List</source>
        <translation>استيراد قائمة الأمم المتحدة الموحدة</translation>
    </message>
    <message>
        <source>Reading the list and screening parties…</source>
        <translation>جارٍ قراءة القائمة وفحص الأطراف…</translation>
    </message>
    <message>
        <source>Imported %1 entries; %2 parties screened, %3 new hits.</source>
        <translation>المدخلات المستوردة: ⁨%1⁩؛ الأطراف المفحوصة: ⁨%2⁩؛ النتائج الجديدة: ⁨%3⁩.</translation>
    </message>
    <message>
        <source>Valid licences to reassess under Article 7(7) (Assessment → Article 7(7) reassessment): %1</source>
        <translation>التراخيص السارية التي يُعاد تقييمها بموجب المادة 7(7) (التقييم ← إعادة التقييم بموجب المادة 7(7)): ⁨%1⁩</translation>
    </message>
    <message>
        <source>List imported</source>
        <translation>استُوردت القائمة</translation>
    </message>
</context>
<context>
    <name>SessionManager</name>
    <message>
        <source>The workstation is locked: sign in to continue.</source>
        <extracomment>Events that count as someone using the workstation (they postpone the idle lock). The full history verification waits this long after the start-up check. The signed-in session after a sign-in, or None after a lock or sign-out. The start-up history check has its ``AuditReport`` (it runs on a worker thread). The background full verification (every event since the first) has its report. The application context this manager sets the signed-in person on. The history check under way, if any. How long after the start-up check the full verification starts (tests: 0). Whose session the lock screen is covering (they may unlock it). Signed in with a one-time password; not usable until it is changed.</extracomment>
        <translation>محطة العمل مقفلة: سجّل الدخول للمتابعة.</translation>
    </message>
    <message>
        <source>Checking the event history</source>
        <translation>التحقق من سجل الأحداث</translation>
    </message>
    <message>
        <source>Checking the event history…</source>
        <translation>جارٍ التحقق من سجل الأحداث…</translation>
    </message>
    <message>
        <source>Checking the whole event history…</source>
        <translation>جارٍ التحقق من سجل الأحداث بأكمله…</translation>
    </message>
    <message>
        <source>The history has been tampered with</source>
        <translation>جرى العبث بالسجل التاريخي</translation>
    </message>
    <message>
        <source>The event history of this database was changed outside ATT Desktop (problems at event %1). Keep the file as evidence, tell your administrator and run &apos;att-desktop audit verify&apos; for the details.</source>
        <translation>غُيّر سجل أحداث قاعدة البيانات هذه خارج ATT Desktop (مشكلات عند الحدث ⁨%1⁩). احتفظ بالملف دليلاً، وأبلغ مدير النظام، وشغّل &apos;att-desktop audit verify&apos; لمعرفة التفاصيل.</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>مقفل</translation>
    </message>
    <message>
        <source>Signed in: %1</source>
        <translation>مسجّل الدخول: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>غير مسموح</translation>
    </message>
    <message>
        <source>S&amp;witch user…</source>
        <translation>&amp;تبديل المستخدم…</translation>
    </message>
    <message>
        <source>Lock the window and let someone else sign in (Ctrl+L)</source>
        <translation>قفل النافذة والسماح لشخص آخر بتسجيل الدخول (Ctrl+L)</translation>
    </message>
    <message>
        <source>Loc&amp;k</source>
        <translation>قف&amp;ل</translation>
    </message>
    <message>
        <source>C&amp;hange password…</source>
        <translation>تغيير &amp;كلمة المرور…</translation>
    </message>
    <message>
        <source>My &amp;training…</source>
        <translation>ت&amp;دريبي…</translation>
    </message>
    <message>
        <source>&amp;Users and agencies…</source>
        <translation>ال&amp;مستخدمون والجهات…</translation>
    </message>
</context>
<context>
    <name>ShipmentDialog</name>
    <message>
        <source>Record a shipment</source>
        <translation>تسجيل شحنة</translation>
    </message>
    <message>
        <source>Licence number or case reference</source>
        <translation>رقم الترخيص أو مرجع القضية</translation>
    </message>
    <message>
        <source>Customs declaration, e.g. MRN</source>
        <translation>البيان الجمركي، مثل MRN</translation>
    </message>
    <message>
        <source>I have read the warnings; record the shipment as it happened</source>
        <translation>قرأت التحذيرات؛ سجّل الشحنة كما جرت</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;تحقق</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>ت&amp;سجيل</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>السطر</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>الصنف</translation>
    </message>
    <message>
        <source>Licensed</source>
        <translation>المرخَّص</translation>
    </message>
    <message>
        <source>Shipped so far</source>
        <translation>المشحون حتى الآن</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>المتبقي</translation>
    </message>
    <message>
        <source>This shipment</source>
        <translation>هذه الشحنة</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>العملة</translation>
    </message>
    <message>
        <source>Find &amp;licence:</source>
        <translation>البحث عن الت&amp;رخيص:</translation>
    </message>
    <message>
        <source>Shipped &amp;on:</source>
        <translation>تاريخ ال&amp;شحن:</translation>
    </message>
    <message>
        <source>C&amp;ustoms reference:</source>
        <translation>المرجع ال&amp;جمركي:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;ملاحظات:</translation>
    </message>
    <message>
        <source>Quantities and values shipped (&amp;this shipment):</source>
        <translation>الكميات والقيم المشحونة (&amp;هذه الشحنة):</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>التحذيرات:</translation>
    </message>
    <message>
        <source>export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <source>import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <source>Licence %1 (case %2), %3, valid %4 to %5.</source>
        <translation>الترخيص ⁨%1⁩ (القضية ⁨%2⁩)، ⁨%3⁩، صالح من ⁨%4⁩ إلى ⁨%5⁩.</translation>
    </message>
    <message>
        <source>Choose the licence first.</source>
        <translation>اختر الترخيص أولاً.</translation>
    </message>
    <message>
        <source>Line %1: quantity and value must be numbers, e.g. 12 or 1500.50</source>
        <translation>السطر ⁨%1⁩: يجب أن تكون الكمية والقيمة أرقاماً، مثل 12 أو 1500.50</translation>
    </message>
    <message>
        <source>Enter the quantity shipped on at least one line.</source>
        <translation>أدخل الكمية المشحونة في سطر واحد على الأقل.</translation>
    </message>
    <message>
        <source>No warnings: the shipment is within the licence.</source>
        <translation>لا تحذيرات: الشحنة في حدود الترخيص.</translation>
    </message>
    <message>
        <source>Nothing was saved: read the warnings, tick that you have read them, then record again.</source>
        <translation>لم يُحفظ شيء: اقرأ التحذيرات، وحدّد أنك قرأتها، ثم سجّل مجدداً.</translation>
    </message>
    <message numerus="yes">
        <source>Shipment recorded (%n warning(s) acknowledged).</source>
        <translation>
            <numerusform>سُجّلت الشحنة (أُقرّ بـ %n تحذير).</numerusform>
            <numerusform>سُجّلت الشحنة (أُقرّ بـ %n تحذير).</numerusform>
            <numerusform>سُجّلت الشحنة (أُقرّ بـ %n تحذيرين).</numerusform>
            <numerusform>سُجّلت الشحنة (أُقرّ بـ %n تحذيرات).</numerusform>
            <numerusform>سُجّلت الشحنة (أُقرّ بـ %n تحذيراً).</numerusform>
            <numerusform>سُجّلت الشحنة (أُقرّ بـ %n تحذير).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignInForm</name>
    <message>
        <source>Sign in</source>
        <extracomment>The form&apos;s height may have changed (an error appeared): the lock screen refits.</extracomment>
        <translation>تسجيل الدخول</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;اسم المستخدم:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;كلمة المرور:</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>مقفل</translation>
    </message>
    <message>
        <source>This workstation is locked; %1 is signed in. Enter the password to continue, or sign in as yourself (the open windows of %1 are then closed).</source>
        <translation>محطة العمل هذه مقفلة؛ ⁨%1⁩ مسجّل الدخول. أدخل كلمة المرور للمتابعة، أو سجّل الدخول باسمك (تُغلق عندئذ النوافذ المفتوحة لـ ⁨%1⁩).</translation>
    </message>
    <message>
        <source>This workstation is shared: sign in so your work is recorded in your name.</source>
        <translation>محطة العمل هذه مشتركة: سجّل الدخول ليُسجَّل عملك باسمك.</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>أدخل اسم المستخدم.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>أدخل كلمة المرور.</translation>
    </message>
</context>
<context>
    <name>SourcesTable</name>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>المرجع</translation>
    </message>
    <message>
        <source>Add source</source>
        <translation>إضافة مصدر</translation>
    </message>
    <message>
        <source>Remove source</source>
        <translation>إزالة مصدر</translation>
    </message>
    <message>
        <source>Choose the kind of source…</source>
        <translation>اختر نوع المصدر…</translation>
    </message>
    <message>
        <source>Title of the report or document</source>
        <translation>عنوان التقرير أو المستند</translation>
    </message>
    <message>
        <source>URL, file or document number</source>
        <translation>عنوان URL أو ملف أو رقم مستند</translation>
    </message>
    <message>
        <source>Incomplete: choose the kind of source</source>
        <translation>غير مكتمل: اختر نوع المصدر</translation>
    </message>
</context>
<context>
    <name>SubmissionDialog</name>
    <message>
        <source>Annual report as submitted</source>
        <extracomment>The submission was changed (opened, signed off, approved...): the year.</extracomment>
        <translation>التقرير السنوي كما قُدّم</translation>
    </message>
    <message>
        <source>&amp;Open for preparation</source>
        <extracomment>The newest files shown with &quot;Show as submitted&quot; (tests read them).</extracomment>
        <translation>&amp;فتح للإعداد</translation>
    </message>
    <message>
        <source>Report &amp;year:</source>
        <translation>&amp;سنة التقرير:</translation>
    </message>
    <message>
        <source>&amp;Contributions</source>
        <translation>ال&amp;مساهمات</translation>
    </message>
    <message>
        <source>C&amp;hoices</source>
        <translation>ال&amp;خيارات</translation>
    </message>
    <message>
        <source>&amp;Approval and submission</source>
        <translation>الا&amp;عتماد والتقديم</translation>
    </message>
    <message>
        <source>C&amp;larifications</source>
        <translation>الاستي&amp;ضاحات</translation>
    </message>
    <message>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>من</translation>
    </message>
    <message>
        <source>What</source>
        <translation>ماذا</translation>
    </message>
    <message>
        <source>His&amp;tory</source>
        <translation>السجل ال&amp;تاريخي</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>الجهة</translation>
    </message>
    <message>
        <source>Signed off by</source>
        <translation>اعتمده</translation>
    </message>
    <message>
        <source>Signed off on</source>
        <translation>تاريخ الاعتماد</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>المساهمة</translation>
    </message>
    <message>
        <source>As&amp;k this agency to contribute</source>
        <translation>&amp;طلب مساهمة هذه الجهة</translation>
    </message>
    <message>
        <source>Your agency&apos;s notes on its data (e.g. actual exports confirmed by customs)</source>
        <translation>ملاحظات جهتك على بياناتها (مثل تأكيد الجمارك للصادرات الفعلية)</translation>
    </message>
    <message>
        <source>&amp;Sign off my agency&apos;s contribution</source>
        <translation>اعتماد مساهمة &amp;جهتي</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>الخيار</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <source>Made by</source>
        <translation>اتخذه</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>The report&apos;s choices as recorded when it was opened, with who made each and why. Opening it again records the choices that changed since.</source>
        <translation>خيارات التقرير كما سُجّلت عند فتحه، مع من اتخذ كلاً منها ولماذا. يسجّل فتحه مجدداً الخيارات التي تغيّرت منذ ذلك الحين.</translation>
    </message>
    <message>
        <source>&amp;Name as approver</source>
        <translation>تعي&amp;ينه معتمِداً</translation>
    </message>
    <message>
        <source>I have read the report and appro&amp;ve it for submission</source>
        <translation>قرأت التقرير وأ&amp;وافق على تقديمه</translation>
    </message>
    <message>
        <source>A&amp;pprove and freeze</source>
        <translation>اعتماد وتجمي&amp;د</translation>
    </message>
    <message>
        <source>&amp;Mark as submitted</source>
        <translation>تأ&amp;شير كمقدَّم</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>الإصدار</translation>
    </message>
    <message>
        <source>Frozen on</source>
        <translation>تاريخ التجميد</translation>
    </message>
    <message>
        <source>By</source>
        <translation>بواسطة</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Files (SHA-256)</source>
        <translation>الملفات (SHA-256)</translation>
    </message>
    <message>
        <source>Sho&amp;w as submitted</source>
        <translation>عرض كما &amp;قُدّم</translation>
    </message>
    <message>
        <source>Compare with the &amp;register</source>
        <translation>مقارنة مع السج&amp;ل</translation>
    </message>
    <message>
        <source>Recor&amp;d a correction…</source>
        <translation>تسجيل تص&amp;حيح…</translation>
    </message>
    <message>
        <source>Approver:</source>
        <translation>المعتمِد:</translation>
    </message>
    <message>
        <source>S&amp;ent to the ATT Secretariat on:</source>
        <translation>أُرسل إلى أما&amp;نة المعاهدة في:</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>تاريخ الاستلام</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>المرجع</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>الطلب</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>تاريخ الرد</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>الرد</translation>
    </message>
    <message>
        <source>Lo&amp;g the request</source>
        <translation>&amp;قيد الطلب</translation>
    </message>
    <message>
        <source>Record the a&amp;nswer to the selected request</source>
        <translation>تسجيل ال&amp;رد على الطلب المحدد</translation>
    </message>
    <message>
        <source>Received on:</source>
        <translation>تاريخ الاستلام:</translation>
    </message>
    <message>
        <source>Secretariat&apos;s reference:</source>
        <translation>مرجع الأمانة:</translation>
    </message>
    <message>
        <source>Request:</source>
        <translation>الطلب:</translation>
    </message>
    <message>
        <source>Answer sent today:</source>
        <translation>الرد المرسل اليوم:</translation>
    </message>
    <message>
        <source>Open the report for preparation</source>
        <translation>فتح التقرير للإعداد</translation>
    </message>
    <message>
        <source>Why these choices (recorded with them):</source>
        <translation>سبب هذه الخيارات (يُسجَّل معها):</translation>
    </message>
    <message>
        <source>Building and freezing the report&apos;s files…</source>
        <translation>جارٍ إنشاء ملفات التقرير وتجميدها…</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>اعتماد</translation>
    </message>
    <message>
        <source>Record a correction</source>
        <translation>تسجيل تصحيح</translation>
    </message>
    <message>
        <source>What does the correction correct? The report as the register now stands is frozen as the next version; earlier versions stay as they were.</source>
        <translation>ما الذي يصحّحه التصحيح؟ يُجمَّد التقرير بحسب حالة السجل الآن بوصفه الإصدار التالي؛ وتبقى الإصدارات السابقة كما هي.</translation>
    </message>
    <message>
        <source>The stored copy was changed</source>
        <translation>غُيّرت النسخة المخزنة</translation>
    </message>
    <message>
        <source>No viewer opened the PDF; it is at %1</source>
        <translation>لم يفتح أي عارض ملف PDF؛ وهو في ⁨%1⁩</translation>
    </message>
    <message>
        <source>The register gives the same rows and totals as the report as sent.</source>
        <translation>يعطي السجل الصفوف والمجاميع نفسها التي في التقرير كما أُرسل.</translation>
    </message>
    <message>
        <source>Select the request the answer is for.</source>
        <translation>اختر الطلب الذي يخصه الرد.</translation>
    </message>
    <message>
        <source>Exports reported as</source>
        <translation>أساس الإبلاغ عن الصادرات</translation>
    </message>
    <message>
        <source>Imports reported as</source>
        <translation>أساس الإبلاغ عن الواردات</translation>
    </message>
    <message>
        <source>Number of items and/or value</source>
        <translation>عدد الأصناف و/أو القيمة</translation>
    </message>
    <message>
        <source>Report currency</source>
        <translation>عملة التقرير</translation>
    </message>
    <message>
        <source>Small arms for civilian use included</source>
        <translation>إدراج الأسلحة الصغيرة للاستعمال المدني</translation>
    </message>
    <message>
        <source>National categories included</source>
        <translation>إدراج الفئات الوطنية</translation>
    </message>
    <message>
        <source>May be made public</source>
        <translation>يجوز نشر التقرير</translation>
    </message>
    <message>
        <source>Exports form may be made public</source>
        <translation>يجوز إتاحة استمارة الصادرات للجمهور</translation>
    </message>
    <message>
        <source>Imports form may be made public</source>
        <translation>يجوز إتاحة استمارة الواردات للجمهور</translation>
    </message>
    <message>
        <source>Reporting State</source>
        <translation>الدولة المبلِّغة</translation>
    </message>
    <message>
        <source>National point of contact</source>
        <translation>جهة الاتصال الوطنية</translation>
    </message>
    <message>
        <source>National definitions (Annex 2)</source>
        <translation>التعاريف الوطنية (المرفق 2)</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1، السطر %2</translation>
    </message>
    <message>
        <source>Withheld: %1</source>
        <translation>محجوب: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Left out as not reportable: %1</source>
        <translation>مستبعد لأنه غير مشمول بالإبلاغ: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Comment printed with %1</source>
        <translation>تعليق مطبوع مع ⁨%1⁩</translation>
    </message>
    <message>
        <source>Exchange rate %1</source>
        <translation>سعر الصرف ⁨%1⁩</translation>
    </message>
    <message>
        <source>authorised</source>
        <translation>المأذون بها</translation>
    </message>
    <message>
        <source>actual</source>
        <translation>الفعلية</translation>
    </message>
    <message>
        <source>number of items</source>
        <translation>عدد الأصناف</translation>
    </message>
    <message>
        <source>value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <source>number of items and value</source>
        <translation>عدد الأصناف والقيمة</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>no</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>withheld (commercially sensitive or national security)</source>
        <translation>محجوب (حساسية تجارية أو أمن وطني)</translation>
    </message>
    <message>
        <source>not reportable</source>
        <translation>غير مشمول بالإبلاغ</translation>
    </message>
    <message>
        <source>%1 definition(s)</source>
        <translation>عدد التعاريف: ⁨%1⁩</translation>
    </message>
    <message>
        <source>No report for %1 is in preparation yet.</source>
        <translation>لا يوجد تقرير لعام ⁨%1⁩ قيد الإعداد بعد.</translation>
    </message>
    <message>
        <source>In preparation (opened by %1).</source>
        <translation>قيد الإعداد (فتحه ⁨%1⁩).</translation>
    </message>
    <message>
        <source>Waiting for the sign-off of: %1.</source>
        <translation>بانتظار اعتماد: ⁨%1⁩.</translation>
    </message>
    <message>
        <source>Every agency asked has signed off.</source>
        <translation>اعتمدت جميع الجهات المطلوب منها المساهمة مساهماتِها.</translation>
    </message>
    <message>
        <source>Approver: %1.</source>
        <translation>المعتمِد: ⁨%1⁩.</translation>
    </message>
    <message>
        <source>Approved by %1 on %2.</source>
        <translation>اعتمده ⁨%1⁩ في ⁨%2⁩.</translation>
    </message>
    <message>
        <source>Sent to the ATT Secretariat on %1.</source>
        <translation>أُرسل إلى أمانة المعاهدة في ⁨%1⁩.</translation>
    </message>
    <message>
        <source>%1 versions (corrections).</source>
        <translation>عدد الإصدارات (التصحيحات): ⁨%1⁩.</translation>
    </message>
    <message>
        <source>Exports</source>
        <translation>الصادرات</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>الواردات</translation>
    </message>
    <message>
        <source>%1, %2: %3 row(s) in the report as sent, %4 in the register now</source>
        <translation>⁨%1⁩، ⁨%2⁩: عدد الصفوف في التقرير كما أُرسل ⁨%3⁩، وفي السجل الآن ⁨%4⁩</translation>
    </message>
    <message>
        <source>items %1 → %2</source>
        <translation>الأصناف ⁨%1⁩ ← ⁨%2⁩</translation>
    </message>
    <message>
        <source>value %1 → %2</source>
        <translation>القيمة ⁨%1⁩ ← ⁨%2⁩</translation>
    </message>
    <message>
        <source>Report opened for preparation</source>
        <translation>فُتح التقرير للإعداد</translation>
    </message>
    <message>
        <source>Choices recorded again: %1</source>
        <translation>أُعيد تسجيل الخيارات: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Choice changed: %1</source>
        <translation>تغيّر خيار: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Contribution asked of: %1</source>
        <translation>طُلبت المساهمة من: ⁨%1⁩</translation>
    </message>
    <message>
        <source>%1 signed off its contribution</source>
        <translation>اعتمدت ⁨%1⁩ مساهمتها</translation>
    </message>
    <message>
        <source>%1 named as approver</source>
        <translation>عُيّن ⁨%1⁩ معتمِداً</translation>
    </message>
    <message>
        <source>Approved; version %1 frozen</source>
        <translation>اعتُمد؛ وجُمّد الإصدار ⁨%1⁩</translation>
    </message>
    <message>
        <source>Sent to the ATT Secretariat on %1</source>
        <translation>أُرسل إلى أمانة المعاهدة في ⁨%1⁩</translation>
    </message>
    <message>
        <source>Correction frozen as version %1</source>
        <translation>جُمّد التصحيح بوصفه الإصدار ⁨%1⁩</translation>
    </message>
    <message>
        <source>Clarification requested on %1</source>
        <translation>طُلب استيضاح في ⁨%1⁩</translation>
    </message>
    <message>
        <source>Clarification answered on %1</source>
        <translation>أُجيب عن الاستيضاح في ⁨%1⁩</translation>
    </message>
</context>
<context>
    <name>SubmitReviewDialog</name>
    <message>
        <source>Submit %1 for review</source>
        <translation>تقديم ⁨%1⁩ للمراجعة</translation>
    </message>
    <message>
        <source>Send the completed assessment to these agencies for their opinion. The authority&apos;s rules tick the agencies this case needs; leaving one out, or adding another, needs a reason.</source>
        <translation>أرسل التقييم المكتمل إلى هذه الجهات لإبداء رأيها. تحدد قواعد السلطة الجهات التي تحتاج إليها هذه القضية؛ واستبعاد إحداها أو إضافة غيرها يتطلب سبباً.</translation>
    </message>
</context>
<context>
    <name>TablePage</name>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n صف</numerusform>
            <numerusform>%n صف</numerusform>
            <numerusform>%n صفان</numerusform>
            <numerusform>%n صفوف</numerusform>
            <numerusform>%n صفاً</numerusform>
            <numerusform>%n صف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) withheld</source>
        <translation>
            <numerusform>%n سطر محجوب</numerusform>
            <numerusform>%n سطر محجوب</numerusform>
            <numerusform>%n سطران محجوبان</numerusform>
            <numerusform>%n أسطر محجوبة</numerusform>
            <numerusform>%n سطراً محجوباً</numerusform>
            <numerusform>%n سطر محجوب</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>When / field</source>
        <translation>متى / الحقل</translation>
    </message>
    <message>
        <source>Who / before</source>
        <translation>من / قبل</translation>
    </message>
    <message>
        <source>What / after</source>
        <translation>ماذا / بعد</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>The history is append-only and hash-chained: nothing in it can be changed or removed without &apos;att-desktop audit verify&apos; noticing.</source>
        <translation>السجل التاريخي لا يقبل إلا الإضافة ومتسلسل بالتجزئة: لا يمكن تغيير شيء فيه أو إزالته دون أن يلاحظ ذلك &apos;att-desktop audit verify&apos;.</translation>
    </message>
</context>
<context>
    <name>TrainingBanner</name>
    <message>
        <source>You have no recorded training on gender-based violence; the authority asks for it. Consider asking the gender adviser.</source>
        <translation>لا يوجد لك تدريب مسجل على العنف القائم على نوع الجنس؛ وتطلبه السلطة. فكّر في سؤال مستشار الشؤون الجنسانية.</translation>
    </message>
</context>
<context>
    <name>TrainingDialog</name>
    <message>
        <source>Training of %1</source>
        <translation>تدريب ⁨%1⁩</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>الدورة</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>الجهة المقدِّمة</translation>
    </message>
    <message>
        <source>Completed on</source>
        <translation>تاريخ الإتمام</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>صالح حتى</translation>
    </message>
    <message>
        <source>Add a course completed</source>
        <translation>إضافة دورة مُتمَّة</translation>
    </message>
    <message>
        <source>Leave empty when the course does not expire</source>
        <translation>اتركه فارغاً إذا كانت الدورة لا تنتهي صلاحيتها</translation>
    </message>
    <message>
        <source>&amp;Add the course</source>
        <translation>إ&amp;ضافة الدورة</translation>
    </message>
    <message>
        <source>T&amp;opic</source>
        <translation>ال&amp;موضوع</translation>
    </message>
    <message>
        <source>&amp;Course</source>
        <translation>ال&amp;دورة</translation>
    </message>
    <message>
        <source>&amp;Provider</source>
        <translation>ال&amp;جهة المقدِّمة</translation>
    </message>
    <message>
        <source>Valid until (optional)</source>
        <translation>صالح حتى (اختياري)</translation>
    </message>
    <message>
        <source>does not expire</source>
        <translation>لا تنتهي صلاحيتها</translation>
    </message>
    <message>
        <source>GBV training recorded and valid today.</source>
        <translation>تدريب على العنف الجنساني مسجل وسارٍ اليوم.</translation>
    </message>
    <message>
        <source>No valid training on gender-based violence recorded: the GBV page of the assessment warns this person.</source>
        <translation>لا يوجد تدريب سارٍ مسجل على العنف القائم على نوع الجنس: تنبّه صفحةُ العنف الجنساني في التقييم هذا الشخص.</translation>
    </message>
</context>
<context>
    <name>UnrocaBackgroundDialog</name>
    <message>
        <source>Background information %1</source>
        <translation>معلومات أساسية لعام %1</translation>
    </message>
    <message>
        <source>Military holdings</source>
        <translation>المقتنيات العسكرية</translation>
    </message>
    <message>
        <source>Procurement through national production</source>
        <translation>المشتريات من الإنتاج الوطني</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>المعلومات</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>Number of items</source>
        <translation>عدد الأصناف</translation>
    </message>
    <message>
        <source>Description of item</source>
        <translation>وصف الصنف</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Optional background information for the UN Register, entered by hand: it is not in the licence register. Leave a row empty to report nothing for it.</source>
        <extracomment>(kind, category) of each row, and its three fields.</extracomment>
        <translation>معلومات أساسية اختيارية لسجل الأمم المتحدة، تُدخل يدويًا: فهي غير موجودة في سجل التراخيص. اترك الصف فارغًا لعدم الإبلاغ عن أي شيء بشأنه.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;حفظ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number of items.</source>
        <translation>«%1» ليس عددًا للأصناف.</translation>
    </message>
</context>
<context>
    <name>UnrocaBuilderDialog</name>
    <message>
        <source>UN Register of Conventional Arms report</source>
        <translation>تقرير سجل الأمم المتحدة للأسلحة التقليدية</translation>
    </message>
    <message>
        <source>Calendar &amp;year:</source>
        <translation>السنة ال&amp;تقويمية:</translation>
    </message>
    <message>
        <source>Report &amp;language:</source>
        <translation>&amp;لغة التقرير:</translation>
    </message>
    <message>
        <source>The Register counts actual transfers: the shipments recorded in the calendar year (not the licences issued), in numbers of items, without values.</source>
        <translation>يحصي السجل عمليات النقل الفعلية: الشحنات المسجلة خلال السنة التقويمية (وليس التراخيص الصادرة)، بعدد الأصناف، ومن دون قيم.</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الدولة</translation>
    </message>
    <message>
        <source>Number of items</source>
        <translation>عدد الأصناف</translation>
    </message>
    <message>
        <source>State of origin (if not exporter)</source>
        <translation>دولة المنشأ (إن لم تكن الدولة المصدِّرة)</translation>
    </message>
    <message>
        <source>Intermediate location (if any)</source>
        <translation>الموقع الوسيط (إن وُجد)</translation>
    </message>
    <message>
        <source>Description of item</source>
        <translation>وصف الصنف</translation>
    </message>
    <message>
        <source>Comments on the transfer</source>
        <translation>تعليقات على عملية النقل</translation>
    </message>
    <message>
        <source>E&amp;xports I-VII</source>
        <translation>ال&amp;صادرات I-VII</translation>
    </message>
    <message>
        <source>I&amp;mports I-VII</source>
        <translation>ال&amp;واردات I-VII</translation>
    </message>
    <message>
        <source>SALW exports</source>
        <translation>صادرات الأسلحة الصغيرة والخفيفة</translation>
    </message>
    <message>
        <source>SALW imports</source>
        <translation>واردات الأسلحة الصغيرة والخفيفة</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>المعلومات</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>&amp;Enter background information…</source>
        <translation>إ&amp;دخال المعلومات الأساسية…</translation>
    </message>
    <message>
        <source>&amp;Background information</source>
        <translation>المعلومات الأ&amp;ساسية</translation>
    </message>
    <message>
        <source>&amp;Open the record to fix</source>
        <translation>فتح السجل لتصحيح&amp;ه</translation>
    </message>
    <message>
        <source>Fin&amp;dings</source>
        <translation>نتائج الف&amp;حص</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>م&amp;عاينة</translation>
    </message>
    <message>
        <source>Allow a dra&amp;ft despite errors</source>
        <translation>السماح ب&amp;مسودة رغم الأخطاء</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>تصدير &amp;PDF…</translation>
    </message>
    <message>
        <source>Export &amp;XLSX…</source>
        <translation>تصدير &amp;XLSX…</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>تصدير &amp;CSV…</translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation>تصدير &amp;JSON…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>The year changed since the preview: press Preview again to export.</source>
        <translation>تغيّرت السنة منذ المعاينة: اضغط «معاينة» مرة أخرى للتصدير.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>خطأ</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>تحذير</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message numerus="yes">
        <source>Preview ready: %n error(s) to fix before export.</source>
        <translation>
            <numerusform>المعاينة جاهزة: %n خطأ يجب تصحيحه قبل التصدير.</numerusform>
            <numerusform>المعاينة جاهزة: %n خطأ يجب تصحيحه قبل التصدير.</numerusform>
            <numerusform>المعاينة جاهزة: %n خطآن يجب تصحيحهما قبل التصدير.</numerusform>
            <numerusform>المعاينة جاهزة: %n أخطاء يجب تصحيحها قبل التصدير.</numerusform>
            <numerusform>المعاينة جاهزة: %n خطأً يجب تصحيحه قبل التصدير.</numerusform>
            <numerusform>المعاينة جاهزة: %n خطأ يجب تصحيحه قبل التصدير.</numerusform>
        </translation>
    </message>
    <message>
        <source>Preview ready: no errors.</source>
        <translation>المعاينة جاهزة: لا أخطاء.</translation>
    </message>
    <message>
        <source>Nil: nothing to report.</source>
        <translation>لا شيء: لا يوجد ما يُبلَّغ عنه.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>المجموع</translation>
    </message>
    <message>
        <source>Military holdings</source>
        <translation>المقتنيات العسكرية</translation>
    </message>
    <message>
        <source>Procurement through national production</source>
        <translation>المشتريات من الإنتاج الوطني</translation>
    </message>
    <message>
        <source>Preview the report before exporting it.</source>
        <translation>عاين التقرير قبل تصديره.</translation>
    </message>
    <message>
        <source>The report has errors (see Findings). Fix them, or tick “Allow a draft despite errors” to write a draft.</source>
        <translation>في التقرير أخطاء (انظر نتائج الفحص). صحّحها، أو حدّد «السماح بمسودة رغم الأخطاء» لكتابة مسودة.</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>مصنف Excel (*.xlsx)</translation>
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
        <translation>تصدير تقرير سجل الأمم المتحدة</translation>
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
        <translation>الإذن</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>الرفض</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>Status: %1 → %2</source>
        <translation>الحالة: ⁨%1⁩ ← ⁨%2⁩</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>agency: opinion</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Sent to the committee: %1</source>
        <translation>أُرسل إلى اللجنة: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Licence %1, valid %2 to %3</source>
        <translation>الترخيص ⁨%1⁩، صالح من ⁨%2⁩ إلى ⁨%3⁩</translation>
    </message>
    <message>
        <source>%1 parties screened against the UN Consolidated List: %2 new hits</source>
        <translation>فحص الأطراف مقابل قائمة الأمم المتحدة الموحدة: الأطراف المفحوصة ⁨%1⁩، والنتائج الجديدة ⁨%2⁩</translation>
    </message>
    <message>
        <source>conditions: %1</source>
        <translation>الشروط: ⁨%1⁩</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>من ⁨%1⁩ إلى ⁨%2⁩</translation>
    </message>
    <message>
        <source>%1&apos;s opinion: from %2 to %3</source>
        <translation>رأي ⁨%1⁩: من ⁨%2⁩ إلى ⁨%3⁩</translation>
    </message>
    <message>
        <source>%1&apos;s opinion: %2 left, nobody else can answer</source>
        <translation>رأي ⁨%1⁩: غادر ⁨%2⁩، ولا أحد غيره يستطيع الإجابة</translation>
    </message>
    <message>
        <source>urgent: %1</source>
        <translation>عاجل: ⁨%1⁩</translation>
    </message>
    <message>
        <source>opinions due %1</source>
        <translation>مهلة الآراء ⁨%1⁩</translation>
    </message>
    <message>
        <source>%1 not consulted although required: %2</source>
        <translation>لم يُستشر ⁨%1⁩ رغم أنه مطلوب: ⁨%2⁩</translation>
    </message>
    <message>
        <source>%1 consulted although no rule requires it: %2</source>
        <translation>استُشير ⁨%1⁩ رغم أنه لا توجد قاعدة تتطلب ذلك: ⁨%2⁩</translation>
    </message>
    <message>
        <source>Export</source>
        <extracomment>Kinds of document an officer records; stored as these keys, shown translated.</extracomment>
        <translation>تصدير</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <source>Transit</source>
        <translation>عبور</translation>
    </message>
    <message>
        <source>Trans-shipment</source>
        <translation>شحن عابر</translation>
    </message>
    <message>
        <source>Brokering</source>
        <translation>سمسرة</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>مقدَّم</translation>
    </message>
    <message>
        <source>Under assessment</source>
        <translation>قيد التقييم</translation>
    </message>
    <message>
        <source>In committee</source>
        <translation>لدى اللجنة</translation>
    </message>
    <message>
        <source>Authorised</source>
        <translation>مأذون به</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>مسحوب</translation>
    </message>
    <message>
        <source>End user</source>
        <translation>المستعمل النهائي</translation>
    </message>
    <message>
        <source>Consignee</source>
        <translation>المرسَل إليه</translation>
    </message>
    <message>
        <source>Intermediate consignee</source>
        <translation>المرسَل إليه الوسيط</translation>
    </message>
    <message>
        <source>Broker</source>
        <translation>السمسار</translation>
    </message>
    <message>
        <source>Government</source>
        <translation>حكومي</translation>
    </message>
    <message>
        <source>Commercial</source>
        <translation>تجاري</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>فرد</translation>
    </message>
    <message>
        <source>Regional government</source>
        <translation>حكومة إقليمية</translation>
    </message>
    <message>
        <source>Non-State armed group</source>
        <translation>جماعة مسلحة من غير الدول</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>مكتملة</translation>
    </message>
    <message>
        <source>superseded</source>
        <translation>مستبدَلة</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>سارٍ</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>معلَّق</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>ملغى</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>منتهي الصلاحية</translation>
    </message>
    <message>
        <source>Exhausted</source>
        <translation>مستنفَد</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>مسجَّل</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>عُدّل</translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation>تغيّرت الحالة</translation>
    </message>
    <message>
        <source>Document added</source>
        <translation>أُضيف مستند</translation>
    </message>
    <message>
        <source>Note added</source>
        <translation>أُضيفت ملاحظة</translation>
    </message>
    <message>
        <source>Assessment started</source>
        <translation>بدأ التقييم</translation>
    </message>
    <message>
        <source>Assessment saved</source>
        <translation>حُفظ التقييم</translation>
    </message>
    <message>
        <source>Assessment completed</source>
        <translation>اكتمل التقييم</translation>
    </message>
    <message>
        <source>Assessment superseded</source>
        <translation>حلّ تقييم آخر محل التقييم</translation>
    </message>
    <message>
        <source>Committee review requested</source>
        <translation>طُلبت مراجعة اللجنة</translation>
    </message>
    <message>
        <source>Reassigned</source>
        <translation>أُعيد الإسناد</translation>
    </message>
    <message>
        <source>Committee opinion</source>
        <translation>رأي في اللجنة</translation>
    </message>
    <message>
        <source>Committee position noted</source>
        <translation>سُجّل موقف اللجنة</translation>
    </message>
    <message>
        <source>Assessment imported</source>
        <translation>استُورد التقييم</translation>
    </message>
    <message>
        <source>Decision imported</source>
        <translation>استُورد القرار</translation>
    </message>
    <message>
        <source>Licence imported</source>
        <translation>استُورد الترخيص</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>مستورد</translation>
    </message>
    <message>
        <source>Attendance recorded</source>
        <translation>سُجّل الحضور</translation>
    </message>
    <message>
        <source>Committee outcome</source>
        <translation>نتيجة اللجنة</translation>
    </message>
    <message>
        <source>Decision recorded</source>
        <translation>سُجّل القرار</translation>
    </message>
    <message>
        <source>Denial recorded</source>
        <translation>سُجّل الرفض</translation>
    </message>
    <message>
        <source>Denial notice recorded</source>
        <translation>سُجّل إشعار الرفض</translation>
    </message>
    <message>
        <source>Licence issued</source>
        <translation>صدر الترخيص</translation>
    </message>
    <message>
        <source>Licence amended</source>
        <translation>عُدّل الترخيص</translation>
    </message>
    <message>
        <source>Shipment recorded</source>
        <translation>سُجّلت الشحنة</translation>
    </message>
    <message>
        <source>Screened against the UN sanctions list</source>
        <translation>فُحص مقابل قائمة جزاءات الأمم المتحدة</translation>
    </message>
    <message>
        <source>UN sanctions list hit confirmed</source>
        <translation>أُكّدت نتيجة في قائمة جزاءات الأمم المتحدة</translation>
    </message>
    <message>
        <source>UN sanctions list hit rejected</source>
        <translation>رُفضت نتيجة في قائمة جزاءات الأمم المتحدة</translation>
    </message>
    <message>
        <source>Change request recorded</source>
        <translation>سُجّل طلب تعديل</translation>
    </message>
    <message>
        <source>Change request consented to</source>
        <translation>وُوفق على طلب تعديل</translation>
    </message>
    <message>
        <source>Change request refused</source>
        <translation>رُفض طلب تعديل</translation>
    </message>
    <message>
        <source>Change to the licence consented to</source>
        <translation>وُوفق على تغيير في الترخيص</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>سُلّم</translation>
    </message>
    <message>
        <source>Opinion handed over</source>
        <translation>سُلّم الرأي</translation>
    </message>
    <message>
        <source>Agency has nobody to answer</source>
        <translation>ليس لدى الجهة من يجيب</translation>
    </message>
    <message>
        <source>Record rows vouched for</source>
        <translation>صفوف السجل المضمونة</translation>
    </message>
    <message>
        <source>Row digests begin</source>
        <translation>بداية قيم تجزئة الصفوف</translation>
    </message>
    <message>
        <source>Incident recorded</source>
        <translation>سُجّلت حادثة</translation>
    </message>
    <message>
        <source>Incident updated</source>
        <translation>حُدّثت حادثة</translation>
    </message>
    <message>
        <source>Incident closed</source>
        <translation>أُغلقت حادثة</translation>
    </message>
    <message>
        <source>Incident concerns this case</source>
        <translation>حادثة تخص هذه القضية</translation>
    </message>
    <message>
        <source>Agency mandate</source>
        <translation>اختصاص الجهة</translation>
    </message>
    <message>
        <source>Consultation rule added</source>
        <translation>أُضيفت قاعدة تشاور</translation>
    </message>
    <message>
        <source>Consultation rule retired</source>
        <translation>أُوقفت قاعدة تشاور</translation>
    </message>
    <message>
        <source>Gender adviser consulted</source>
        <translation>استُشير مستشار الشؤون الجنسانية</translation>
    </message>
    <message>
        <source>Gender adviser answered</source>
        <translation>أجاب مستشار الشؤون الجنسانية</translation>
    </message>
    <message>
        <source>Training recorded</source>
        <translation>سُجّل تدريب</translation>
    </message>
    <message>
        <source>End-user certificate checked</source>
        <translation>تم التحقق من شهادة المستعمل النهائي</translation>
    </message>
    <message>
        <source>valid training on gender-based violence recorded</source>
        <translation>سُجّل تدريب سارٍ على العنف القائم على نوع الجنس</translation>
    </message>
    <message>
        <source>transfer type</source>
        <translation>نوع النقل</translation>
    </message>
    <message>
        <source>status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>applicant</source>
        <translation>مقدّم الطلب</translation>
    </message>
    <message>
        <source>final importing State</source>
        <translation>الدولة المستوردة النهائية</translation>
    </message>
    <message>
        <source>exporting State</source>
        <translation>الدولة المصدرة</translation>
    </message>
    <message>
        <source>intended end use</source>
        <translation>الاستعمال النهائي المقصود</translation>
    </message>
    <message>
        <source>end-user certificate number</source>
        <translation>رقم شهادة المستعمل النهائي</translation>
    </message>
    <message>
        <source>end-user certificate issuer</source>
        <translation>جهة إصدار شهادة المستعمل النهائي</translation>
    </message>
    <message>
        <source>end-user certificate date</source>
        <translation>تاريخ شهادة المستعمل النهائي</translation>
    </message>
    <message>
        <source>date received</source>
        <translation>تاريخ الاستلام</translation>
    </message>
    <message>
        <source>parties</source>
        <translation>الأطراف</translation>
    </message>
    <message>
        <source>transit States</source>
        <translation>دول العبور</translation>
    </message>
    <message>
        <source>line items</source>
        <translation>البنود</translation>
    </message>
    <message>
        <source>agencies</source>
        <translation>الجهات</translation>
    </message>
    <message>
        <source>opinions due</source>
        <translation>مهلة الآراء</translation>
    </message>
    <message>
        <source>required by the rules</source>
        <translation>تتطلبه القواعد</translation>
    </message>
    <message>
        <source>required, not consulted</source>
        <translation>مطلوب، لم يُستشر</translation>
    </message>
    <message>
        <source>consulted, not required</source>
        <translation>استُشير، غير مطلوب</translation>
    </message>
    <message>
        <source>urgent because</source>
        <translation>عاجل لأن</translation>
    </message>
    <message>
        <source>End-user certificate</source>
        <translation>شهادة المستعمل النهائي</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>عقد</translation>
    </message>
    <message>
        <source>Technical specification</source>
        <translation>مواصفات فنية</translation>
    </message>
    <message>
        <source>Import permit</source>
        <translation>تصريح استيراد</translation>
    </message>
    <message>
        <source>Correspondence</source>
        <translation>مراسلات</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <source>mixed currencies</source>
        <translation>عملات مختلطة</translation>
    </message>
</context>
<context>
    <name>WassenaarReportDialog</name>
    <message>
        <source>Wassenaar Arrangement report</source>
        <translation>تقرير ترتيب واسنار</translation>
    </message>
    <message>
        <source>January–June</source>
        <translation>يناير–يونيه</translation>
    </message>
    <message>
        <source>July–December</source>
        <translation>يوليه–ديسمبر</translation>
    </message>
    <message>
        <source>P&amp;eriod:</source>
        <translation>ال&amp;فترة:</translation>
    </message>
    <message>
        <source>Document &amp;language:</source>
        <translation>&amp;لغة الوثيقة:</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>State of import</source>
        <translation>الدولة المستوردة</translation>
    </message>
    <message>
        <source>Number of items</source>
        <translation>عدد الأصناف</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>Nil</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>Nil report: nothing to report for the period.</source>
        <translation>تقرير صفري: لا شيء يُبلَّغ عنه لهذه الفترة.</translation>
    </message>
</context>
<context>
    <name>YesNo</name>
    <message>
        <source>Yes</source>
        <extracomment>QDateEdit cannot be empty: its minimum date stands for &quot;no date&quot; and shows as blank.</extracomment>
        <translation>نعم</translation>
    </message>
    <message>
        <source>No</source>
        <translation>لا</translation>
    </message>
</context>
<context>
    <name>_ReportDialog</name>
    <message>
        <source>&amp;Table</source>
        <translation>ال&amp;جدول</translation>
    </message>
    <message>
        <source>Fin&amp;dings</source>
        <translation>نتائج الف&amp;حص</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>م&amp;عاينة</translation>
    </message>
    <message>
        <source>&amp;Open the record to fix</source>
        <translation>فتح السجل لتصحيح&amp;ه</translation>
    </message>
    <message>
        <source>Allow a dra&amp;ft despite errors</source>
        <translation>السماح ب&amp;مسودة رغم الأخطاء</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>تصدير &amp;PDF…</translation>
    </message>
    <message>
        <source>Export &amp;XLSX…</source>
        <translation>تصدير &amp;XLSX…</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>تصدير &amp;CSV…</translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation>تصدير &amp;JSON…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>The choices changed since the preview: press Preview again to export.</source>
        <translation>تغيّرت الخيارات منذ المعاينة: اضغط «معاينة» مجدداً للتصدير.</translation>
    </message>
    <message>
        <source>Preview ready. Errors to fix before export: %1.</source>
        <translation>المعاينة جاهزة. أخطاء يجب تصحيحها قبل التصدير: %1.</translation>
    </message>
    <message>
        <source>Preview ready: no errors.</source>
        <translation>المعاينة جاهزة: لا أخطاء.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>خطأ</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>تحذير</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Fin&amp;dings (%1)</source>
        <translation>نتائج الف&amp;حص (⁨%1⁩)</translation>
    </message>
    <message>
        <source>Record the %1 rate into %2 for %3 in the annual report builder, then preview again.</source>
        <translation>سجّل سعر صرف %1 مقابل %2 لعام %3 في أداة إعداد التقرير السنوي، ثم أعد المعاينة.</translation>
    </message>
    <message>
        <source>Preview the report before exporting it.</source>
        <translation>عاين التقرير قبل تصديره.</translation>
    </message>
    <message>
        <source>The report has errors (see Findings). Fix them, or tick “Allow a draft despite errors” to write a draft.</source>
        <translation>في التقرير أخطاء (انظر نتائج الفحص). صحّحها، أو حدّد «السماح بمسودة رغم الأخطاء» لكتابة مسودة.</translation>
    </message>
</context>
</TS>
