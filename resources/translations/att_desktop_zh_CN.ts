<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About %1</source>
        <translation>关于 %1</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <source>Arms Trade Treaty licensing for national authorities: the case register, applications, assessments, decisions and the annual report.</source>
        <translation>供国家主管部门使用的《武器贸易条约》许可管理软件：案件登记簿、申请、评估、决定和年度报告。</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>数据文件夹</translation>
    </message>
    <message>
        <source>Settings file</source>
        <translation>设置文件</translation>
    </message>
    <message>
        <source>Log file</source>
        <translation>日志文件</translation>
    </message>
    <message>
        <source>Qt</source>
        <translation>Qt</translation>
    </message>
    <message>
        <source>Qt %1, PySide6 %2</source>
        <translation>Qt %1，PySide6 %2</translation>
    </message>
    <message>
        <source>Python</source>
        <translation>Python</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>许可协议</translation>
    </message>
</context>
<context>
    <name>AccountMessages</name>
    <message numerus="yes">
        <source>This account is locked after repeated failed sign-ins. Try again in %n minute(s), or ask an administrator to reset the password.</source>
        <translation>
            <numerusform>多次登录失败，此账户已被锁定。请在 %n 分钟后重试，或请管理员重置密码。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Accounts</name>
    <message>
        <source>Licensing officer</source>
        <translation>许可审查官员</translation>
    </message>
    <message>
        <source>Committee member</source>
        <translation>委员会成员</translation>
    </message>
    <message>
        <source>Deciding authority</source>
        <translation>决定机关</translation>
    </message>
    <message>
        <source>Reporting focal point</source>
        <translation>报告联络人</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Gender adviser</source>
        <translation>性别问题顾问</translation>
    </message>
    <message>
        <source>The password must be at least %1 characters long.</source>
        <translation>密码至少需要 %1 个字符。</translation>
    </message>
    <message>
        <source>The password must not be your user name.</source>
        <translation>密码不得与用户名相同。</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>新密码必须与当前密码不同。</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>当前密码不正确。</translation>
    </message>
    <message>
        <source>The two new passwords are not the same.</source>
        <translation>两次输入的新密码不一致。</translation>
    </message>
    <message>
        <source>At least %1 characters, and not your user name.</source>
        <translation>至少 %1 个字符，且不得与用户名相同。</translation>
    </message>
    <message>
        <source>This account has been deactivated. Ask an administrator if you still need access.</source>
        <translation>此账户已停用。如仍需访问，请联系管理员。</translation>
    </message>
    <message>
        <source>Unknown user name or wrong password. Check both and try again.</source>
        <translation>用户名不存在或密码错误。请检查后重试。</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <source>Users and agencies</source>
        <translation>用户与机构</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Agencies</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Workstation and committee</source>
        <translation>工作站与委员会</translation>
    </message>
    <message>
        <source>Consultation rules</source>
        <translation>咨询规则</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>&amp;Reset password</source>
        <translation>重置密码(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Deactivate…</source>
        <translation>停用(&amp;D)…</translation>
    </message>
    <message>
        <source>Job &amp;title…</source>
        <translation>职务(&amp;T)…</translation>
    </message>
    <message>
        <source>Printed under the person&apos;s name on the licences and letters they sign</source>
        <translation>打印在此人签署的许可证和函件上其姓名下方</translation>
    </message>
    <message>
        <source>Trainin&amp;g…</source>
        <translation>培训(&amp;G)…</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>新用户</translation>
    </message>
    <message>
        <source>e.g. Director of Export Control</source>
        <translation>例如：出口管制司司长</translation>
    </message>
    <message>
        <source>&amp;Add user</source>
        <translation>添加用户(&amp;A)</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>Job title:</source>
        <translation>职务：</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>角色：</translation>
    </message>
    <message>
        <source>Agency:</source>
        <translation>机构：</translation>
    </message>
    <message>
        <source>The new user receives a one-time password, shown here once, and chooses their own at the first sign-in. Committee members need an agency.</source>
        <translation>新用户将获得一个一次性密码（仅在此显示一次），并须在首次登录时设置自己的密码。委员会成员必须属于某个机构。</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Mandate</source>
        <translation>职责</translation>
    </message>
    <message>
        <source>&amp;Mandate…</source>
        <translation>职责(&amp;M)…</translation>
    </message>
    <message>
        <source>New agency</source>
        <translation>新机构</translation>
    </message>
    <message>
        <source>e.g. MFA</source>
        <translation>例如 MFA</translation>
    </message>
    <message>
        <source>e.g. Ministry of Foreign Affairs</source>
        <translation>例如 外交部</translation>
    </message>
    <message>
        <source>Add a&amp;gency</source>
        <translation>添加机构(&amp;G)</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>代码：</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从不</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>a majority of the agencies asked</source>
        <translation>受邀机构的多数</translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation>保存设置(&amp;S)</translation>
    </message>
    <message>
        <source>Lock the workstation after &amp;idle time:</source>
        <translation>空闲多久后锁定工作站(&amp;I)：</translation>
    </message>
    <message>
        <source>Committee &amp;quorum (agencies that must answer):</source>
        <translation>委员会法定人数（须答复的机构数）(&amp;Q)：</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>设置已保存。</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Locked until %1</source>
        <translation>锁定至 %1</translation>
    </message>
    <message>
        <source>Active, must change password</source>
        <translation>有效，须更改密码</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>The workstation is locked: sign in to continue.</source>
        <translation>工作站已锁定：请登录后继续。</translation>
    </message>
    <message>
        <source>One-time password for %1: %2
Hand it over in person; it must be changed at the first sign-in. It is not shown again.</source>
        <translation>%1 的一次性密码：%2
请当面交付；首次登录时必须更改。此密码不会再次显示。</translation>
    </message>
    <message>
        <source>Job title of %1</source>
        <translation>%1 的职务</translation>
    </message>
    <message>
        <source>Job title, printed under the name on what they sign:</source>
        <translation>职务（打印在签署文件的姓名下方）：</translation>
    </message>
    <message>
        <source>The job title of %1 was saved.</source>
        <translation>%1 的职务已保存。</translation>
    </message>
    <message>
        <source>Deactivate %1</source>
        <translation>停用 %1</translation>
    </message>
    <message>
        <source>%1 will no longer be able to sign in; their name stays on everything they did. Reason (for the history):</source>
        <translation>%1 将无法再登录；其经手的所有记录仍保留其姓名。原因（记入历史）：</translation>
    </message>
    <message>
        <source>%1 was deactivated.</source>
        <translation>%1 已停用。</translation>
    </message>
    <message>
        <source>%1 was deactivated; their work was handed over.</source>
        <translation>%1 已停用；其工作已移交。</translation>
    </message>
    <message>
        <source>The agency %1 was added.</source>
        <translation>已添加机构 %1。</translation>
    </message>
</context>
<context>
    <name>AnswerEditor</name>
    <message>
        <source>Reasoning: why this answer?</source>
        <translation>理由：为何作此回答？</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>回答</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>信息来源</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Cannot open the database</source>
        <extracomment>Exit status when the database cannot be opened (matches the CLI&apos;s &quot;cannot proceed&quot;). Who is signed in; it outlives a window rebuilt for a language change. The database, settings and signed-in person every window reads (made by ``show``).</extracomment>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <source>Database upgraded</source>
        <translation>数据库已升级</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
    <message>
        <source>Something went wrong and the last action may not have been completed:
%1</source>
        <translation>出现意外问题，上一步操作可能没有完成：
%1</translation>
    </message>
</context>
<context>
    <name>ApplicationDialog</name>
    <message>
        <source>Discard changes?</source>
        <extracomment>Asked before unsaved input is thrown away; returns True to discard. Tests pass their own.</extracomment>
        <translation>放弃更改？</translation>
    </message>
    <message>
        <source>You have changed this application without saving. Close it and lose your changes?</source>
        <translation>您修改了此申请但尚未保存。要关闭并放弃这些更改吗？</translation>
    </message>
    <message>
        <source>New application</source>
        <extracomment>Who saves: the signed-in person (the services check their role). Replaceable question asked before discarding unsaved input.</extracomment>
        <translation>新建申请</translation>
    </message>
    <message>
        <source>Edit application %1</source>
        <translation>编辑申请 %1</translation>
    </message>
    <message>
        <source>&amp;Application</source>
        <translation>申请(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Parties and transit</source>
        <translation>当事方与过境(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Line items</source>
        <translation>物项明细(&amp;L)</translation>
    </message>
    <message>
        <source>Optional; recorded in the case history</source>
        <translation>可选；将记入案件历史</translation>
    </message>
    <message>
        <source>Reason for c&amp;hange:</source>
        <translation>修改原因(&amp;H)：</translation>
    </message>
    <message>
        <source>Required: why the registered case is corrected (kept in the history)</source>
        <translation>必填：更正已登记案件的原因（记入历史）</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save (Ctrl+S or Ctrl+Enter)</source>
        <translation>保存（Ctrl+S 或 Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>* required</source>
        <translation>* 必填</translation>
    </message>
    <message>
        <source>Required for import, transit and trans-shipment</source>
        <translation>进口、过境和转运时必填</translation>
    </message>
    <message>
        <source>e.g. Equipment of the national army</source>
        <translation>例如：装备国家陆军</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>转让</translation>
    </message>
    <message>
        <source>&amp;Type of transfer *</source>
        <translation>转让类型(&amp;T) *</translation>
    </message>
    <message>
        <source>Date &amp;received *</source>
        <translation>收件日期(&amp;R) *</translation>
    </message>
    <message>
        <source>&amp;Destination (final importing State) *</source>
        <translation>目的地（最终进口国）(&amp;D) *</translation>
    </message>
    <message>
        <source>E&amp;xporting State</source>
        <translation>出口国(&amp;X)</translation>
    </message>
    <message>
        <source>Intended &amp;end use</source>
        <translation>预期最终用途(&amp;E)</translation>
    </message>
    <message>
        <source>Choose a known organisation or type a new name</source>
        <translation>选择已知机构，或输入新名称</translation>
    </message>
    <message>
        <source>Applicant (exporter, importer or broker)</source>
        <translation>申请人（出口商、进口商或中介商）</translation>
    </message>
    <message>
        <source>&amp;Name *</source>
        <translation>名称(&amp;N) *</translation>
    </message>
    <message>
        <source>C&amp;ountry *</source>
        <translation>国家(&amp;O) *</translation>
    </message>
    <message>
        <source>Re&amp;gistration number</source>
        <translation>注册号(&amp;G)</translation>
    </message>
    <message>
        <source>Addre&amp;ss</source>
        <translation>地址(&amp;S)</translation>
    </message>
    <message>
        <source>e.g. Ministry of Defence</source>
        <translation>例如：国防部</translation>
    </message>
    <message>
        <source>Dated</source>
        <translation>注明日期</translation>
    </message>
    <message>
        <source>End-user certificate (optional)</source>
        <translation>最终用户证书（可选）</translation>
    </message>
    <message>
        <source>Certificate n&amp;umber</source>
        <translation>证书编号(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Issued by</source>
        <translation>签发机关(&amp;I)</translation>
    </message>
    <message>
        <source>Certificate da&amp;te</source>
        <translation>证书日期(&amp;T)</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>当事方</translation>
    </message>
    <message>
        <source>Everyone the items pass through or end with: the end user, consignees, intermediate consignees and brokers.</source>
        <translation>物项经手或最终到达的各方：最终用户、收货人、中间收货人和中介商。</translation>
    </message>
    <message>
        <source>Transit and trans-shipment States</source>
        <translation>过境国和转运国</translation>
    </message>
    <message>
        <source>States the items cross on their way, in route order.</source>
        <translation>物项运输途中经过的国家，按路线顺序排列。</translation>
    </message>
    <message>
        <source>A reference number is given when the application is first saved.</source>
        <translation>首次保存申请时将分配案件编号。</translation>
    </message>
    <message>
        <source>Editing %1 · status: %2 · registered %3</source>
        <translation>正在编辑 %1 · 状态：%2 · 登记日期 %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not in the list of countries; choose one from the list</source>
        <translation>“%1”不在国家列表中；请从列表中选择</translation>
    </message>
    <message>
        <source>its status</source>
        <translation>其状态</translation>
    </message>
    <message>
        <source>Not saved: someone else changed this case after you opened it (%1). Your input is still here. Copy what you need, close this dialog, reopen the case to see the new version, then apply your changes again.</source>
        <translation>未保存：在您打开此案件后，其他人修改了它（%1）。您输入的内容仍在此处。请复制所需内容，关闭此对话框，重新打开案件查看新版本，然后再次进行修改。</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>type of transfer</source>
        <translation>转让类型</translation>
    </message>
    <message>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>destination</source>
        <translation>目的地</translation>
    </message>
    <message>
        <source>exporting State</source>
        <translation>出口国</translation>
    </message>
    <message>
        <source>intended end use</source>
        <translation>预期最终用途</translation>
    </message>
    <message>
        <source>certificate number</source>
        <translation>证书编号</translation>
    </message>
    <message>
        <source>certificate issuer</source>
        <translation>证书签发机关</translation>
    </message>
    <message>
        <source>certificate date</source>
        <translation>证书日期</translation>
    </message>
    <message>
        <source>date received</source>
        <translation>收件日期</translation>
    </message>
    <message>
        <source>parties</source>
        <translation>当事方</translation>
    </message>
    <message>
        <source>transit States</source>
        <translation>过境国</translation>
    </message>
    <message>
        <source>line items</source>
        <translation>物项明细</translation>
    </message>
    <message>
        <source>Type of transfer</source>
        <translation>转让类型</translation>
    </message>
    <message>
        <source>Date received</source>
        <translation>收件日期</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>目的地</translation>
    </message>
    <message>
        <source>Exporting State</source>
        <translation>出口国</translation>
    </message>
    <message>
        <source>Intended end use</source>
        <translation>预期最终用途</translation>
    </message>
    <message>
        <source>Applicant&apos;s name</source>
        <translation>申请人名称</translation>
    </message>
    <message>
        <source>Applicant&apos;s country</source>
        <translation>申请人所在国</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>注册号</translation>
    </message>
    <message>
        <source>Applicant&apos;s address</source>
        <translation>申请人地址</translation>
    </message>
    <message>
        <source>Certificate number</source>
        <translation>证书编号</translation>
    </message>
    <message>
        <source>Certificate issued by</source>
        <translation>证书签发机关</translation>
    </message>
    <message>
        <source>Certificate date</source>
        <translation>证书日期</translation>
    </message>
    <message>
        <source>Transit States</source>
        <translation>过境国</translation>
    </message>
    <message>
        <source>Reason for change</source>
        <translation>修改原因</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>Article6Page</name>
    <message>
        <source>Article 6 is checked first and is absolute: if the transfer would violate a UN Security Council arms embargo (6(1)), another international obligation (6(2)), or the State knows the items would be used for atrocity crimes (6(3)), it shall not be authorised. Ammunition and parts are screened too (Articles 3 and 4).</source>
        <translation>首先审查第6条，且其为绝对禁止：如转让将违反联合国安全理事会武器禁运（第6条第1款）或其他国际义务（第6条第2款），或本国知道物项将被用于暴行罪（第6条第3款），则不得批准。弹药及零部件同样需要筛查（第3条和第4条）。</translation>
    </message>
    <message>
        <source>Article 6(1) — arms embargo screen</source>
        <translation>第6条第1款 — 武器禁运筛查</translation>
    </message>
    <message>
        <source>Run embargo screen</source>
        <translation>运行禁运筛查</translation>
    </message>
    <message>
        <source>Decision date</source>
        <translation>决定日期</translation>
    </message>
    <message>
        <source>The screen is made as at the date of the decision, not against today&apos;s list.</source>
        <translation>筛查以决定日期为准，而非以今日的名单为准。</translation>
    </message>
    <message>
        <source>Article 6(2) — would the transfer violate another international obligation?</source>
        <translation>第6条第2款 — 该转让是否会违反其他国际义务？</translation>
    </message>
    <message>
        <source>Yes, it would violate one</source>
        <translation>是，会违反</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Article 6(3) — does the State know the items would be used in genocide, crimes against humanity or war crimes?</source>
        <translation>第6条第3款 — 本国是否知道物项将被用于灭绝种族罪、危害人类罪或战争罪？</translation>
    </message>
    <message>
        <source>Yes, the State knows</source>
        <translation>是，本国知道</translation>
    </message>
    <message>
        <source>The decision date cannot lie in the future.</source>
        <translation>决定日期不能晚于今天。</translation>
    </message>
    <message>
        <source>The decision date cannot be before the application was received (%1).</source>
        <translation>决定日期不能早于申请的收件日期（%1）。</translation>
    </message>
    <message>
        <source>The screen has not been run yet. Choose the decision date and run it.</source>
        <translation>尚未运行筛查。请选择决定日期并运行。</translation>
    </message>
    <message>
        <source>Screened as at %1: no embargo in force matches this case.</source>
        <translation>截至 %1 的筛查：没有生效的禁运与本案相符。</translation>
    </message>
    <message>
        <source>Screened as at %1: %2 embargo match(es), listed below.</source>
        <translation>截至 %1 的筛查：%2 项禁运匹配，列于下方。</translation>
    </message>
    <message>
        <source>Article 6 prohibits this transfer (%1). The assessment ends here: the only possible decision is a denial citing that paragraph. Articles 7 and 11 are not assessed and no mitigation is offered, because no mitigation measure can lift an Article 6 prohibition.</source>
        <translation>第6条禁止本次转让（%1）。评估到此结束：唯一可能的决定是援引该款予以拒绝。不评估第7条和第11条，也不提供缓解措施，因为任何缓解措施都不能解除第6条的禁止。</translation>
    </message>
</context>
<context>
    <name>Article7Page</name>
    <message>
        <source>Assess objectively and without discrimination, taking into account information from the importing State (Art. 8(1)), the potential that the items would contribute to or undermine peace and security, or could be used to commit or facilitate the acts below. Record the risk before mitigation here: mitigation is considered on its own page, and the conclusion (7(3)) is drawn after it.</source>
        <translation>以客观和非歧视的方式，并考虑进口国提供的信息（第8条第1款），评估物项可能促进或破坏和平与安全、或可能被用于实施或便利下列行为的可能性。此处记录缓解前的风险：缓解措施在单独页面考虑，结论（第7条第3款）在其后得出。</translation>
    </message>
    <message>
        <source>7(1)(a) — would the export contribute to peace and security? (Weighed against the risks under 7(3); it never lowers a risk by itself.)</source>
        <translation>7(1)(a) — 出口是否会促进和平与安全？（根据第7条第3款与各项风险一并权衡；其本身从不降低任何风险。）</translation>
    </message>
</context>
<context>
    <name>AssessmentVocabulary</name>
    <message>
        <source>None identified</source>
        <translation>未发现</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Substantial</source>
        <translation>较大</translation>
    </message>
    <message>
        <source>Overriding before mitigation</source>
        <translation>缓解前即高于一切</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>未评估</translation>
    </message>
    <message>
        <source>Overriding</source>
        <translation>高于一切</translation>
    </message>
    <message>
        <source>Not yet determined</source>
        <translation>尚未确定</translation>
    </message>
    <message>
        <source>7(1)(a) Peace and security</source>
        <translation>7(1)(a) 和平与安全</translation>
    </message>
    <message>
        <source>7(1)(b)(i) Serious violation of international humanitarian law</source>
        <translation>7(1)(b)(i) 严重违反国际人道主义法</translation>
    </message>
    <message>
        <source>7(1)(b)(ii) Serious violation of international human rights law</source>
        <translation>7(1)(b)(ii) 严重违反国际人权法</translation>
    </message>
    <message>
        <source>7(1)(b)(iii) Offence under the terrorism conventions</source>
        <translation>7(1)(b)(iii) 恐怖主义公约所列罪行</translation>
    </message>
    <message>
        <source>7(1)(b)(iv) Offence under the transnational organised crime conventions</source>
        <translation>7(1)(b)(iv) 跨国有组织犯罪公约所列罪行</translation>
    </message>
    <message>
        <source>7(4) Serious gender-based violence or violence against women and children</source>
        <translation>7(4) 严重的基于性别的暴力行为或严重的暴力侵害妇女和儿童行为</translation>
    </message>
    <message>
        <source>Article 11 Diversion</source>
        <translation>第11条 转用</translation>
    </message>
    <message>
        <source>7(1)(a)</source>
        <translation>7(1)(a)</translation>
    </message>
    <message>
        <source>7(1)(b)(i) IHL</source>
        <translation>7(1)(b)(i) 国际人道主义法</translation>
    </message>
    <message>
        <source>7(1)(b)(ii) Human rights</source>
        <translation>7(1)(b)(ii) 人权</translation>
    </message>
    <message>
        <source>7(1)(b)(iii) Terrorism</source>
        <translation>7(1)(b)(iii) 恐怖主义</translation>
    </message>
    <message>
        <source>7(1)(b)(iv) Organised crime</source>
        <translation>7(1)(b)(iv) 有组织犯罪</translation>
    </message>
    <message>
        <source>7(4) GBV/VAWC</source>
        <translation>7(4) 基于性别的暴力/暴力侵害妇女和儿童行为</translation>
    </message>
    <message>
        <source>Art. 11 Diversion</source>
        <translation>第11条 转用</translation>
    </message>
    <message>
        <source>UN report</source>
        <translation>联合国报告</translation>
    </message>
    <message>
        <source>Human-rights report</source>
        <translation>人权报告</translation>
    </message>
    <message>
        <source>Embassy reporting</source>
        <translation>使馆报告</translation>
    </message>
    <message>
        <source>Importer&apos;s Art. 8(1) documentation</source>
        <translation>进口方第8条第1款文件</translation>
    </message>
    <message>
        <source>NGO report</source>
        <translation>非政府组织报告</translation>
    </message>
    <message>
        <source>Media report</source>
        <translation>媒体报道</translation>
    </message>
    <message>
        <source>Intelligence</source>
        <translation>情报</translation>
    </message>
    <message>
        <source>Industry due diligence</source>
        <translation>企业尽职调查</translation>
    </message>
    <message>
        <source>Consultation with GBV experts</source>
        <translation>咨询基于性别的暴力问题专家</translation>
    </message>
    <message>
        <source>Academic research</source>
        <translation>学术研究</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Confidence-building measure</source>
        <translation>建立信任措施</translation>
    </message>
    <message>
        <source>Jointly developed and agreed programme</source>
        <translation>共同制定并商定的方案</translation>
    </message>
    <message>
        <source>End-use / end-user assurance</source>
        <translation>最终用途/最终用户保证</translation>
    </message>
    <message>
        <source>No re-export without consent</source>
        <translation>未经同意不得再出口</translation>
    </message>
    <message>
        <source>Delivery verification certificate</source>
        <translation>交付核查证书</translation>
    </message>
    <message>
        <source>Post-shipment on-site verification</source>
        <translation>装运后现场核查</translation>
    </message>
    <message>
        <source>Stockpile security assurance</source>
        <translation>库存安全保证</translation>
    </message>
    <message>
        <source>Training of the end user</source>
        <translation>对最终用户的培训</translation>
    </message>
    <message>
        <source>Other measure</source>
        <translation>其他措施</translation>
    </message>
    <message>
        <source>Manufacture</source>
        <translation>制造</translation>
    </message>
    <message>
        <source>Before transfer (point of loading)</source>
        <translation>转让前（装货地点）</translation>
    </message>
    <message>
        <source>In transit</source>
        <translation>运输途中</translation>
    </message>
    <message>
        <source>Post-delivery storage</source>
        <translation>交付后储存</translation>
    </message>
    <message>
        <source>End use</source>
        <translation>最终使用</translation>
    </message>
    <message>
        <source>Disposal</source>
        <translation>处置</translation>
    </message>
    <message>
        <source>Unusual or unexplained routing or trans-shipment</source>
        <translation>异常或无法解释的路线或转运</translation>
    </message>
    <message>
        <source>Unknown or unregistered brokers or intermediaries</source>
        <translation>身份不明或未登记的中介商或中间方</translation>
    </message>
    <message>
        <source>Items or quantities do not match the end user&apos;s needs</source>
        <translation>物项或数量与最终用户需求不符</translation>
    </message>
    <message>
        <source>Vague or inconsistent end-use information</source>
        <translation>最终用途信息含糊或前后不一</translation>
    </message>
    <message>
        <source>Unusual payment terms</source>
        <translation>异常付款条件</translation>
    </message>
    <message>
        <source>Past diversion involving the end user or route</source>
        <translation>涉及该最终用户或路线的既往转用</translation>
    </message>
    <message>
        <source>Weak stockpile security at the end user</source>
        <translation>最终用户库存安全薄弱</translation>
    </message>
    <message>
        <source>Other red flag</source>
        <translation>其他危险信号</translation>
    </message>
    <message>
        <source>Prohibited</source>
        <translation>禁止</translation>
    </message>
    <message>
        <source>Prohibited unless approval obtained</source>
        <translation>未获批准则禁止</translation>
    </message>
    <message>
        <source>Needs confirmation</source>
        <translation>需要确认</translation>
    </message>
    <message>
        <source>Notification required</source>
        <translation>需要通知</translation>
    </message>
    <message>
        <source>Does not prohibit</source>
        <translation>不构成禁止</translation>
    </message>
    <message>
        <source>UN Security Council, Chapter VII (Art. 6(1))</source>
        <translation>联合国安全理事会，《联合国宪章》第七章（第6条第1款）</translation>
    </message>
    <message>
        <source>Other international obligation (Art. 6(2))</source>
        <translation>其他国际义务（第6条第2款）</translation>
    </message>
    <message>
        <source>Whole country</source>
        <translation>全国</translation>
    </message>
    <message>
        <source>Non-State actors only</source>
        <translation>仅限非国家行为体</translation>
    </message>
    <message>
        <source>Listed persons and entities</source>
        <translation>被列名的个人和实体</translation>
    </message>
    <message>
        <source>Part of the country</source>
        <translation>国家的部分地区</translation>
    </message>
    <message>
        <source>The embargo applies</source>
        <translation>禁运适用</translation>
    </message>
    <message>
        <source>The embargo does not apply</source>
        <translation>禁运不适用</translation>
    </message>
    <message>
        <source>Committee approval obtained</source>
        <translation>已获委员会批准</translation>
    </message>
    <message>
        <source>Committee approval not obtained</source>
        <translation>未获委员会批准</translation>
    </message>
    <message>
        <source>Committee notified</source>
        <translation>已通知委员会</translation>
    </message>
    <message>
        <source>Not yet confirmed</source>
        <translation>尚未确认</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>Authorisation possible</source>
        <translation>可以批准</translation>
    </message>
    <message>
        <source>Assessment incomplete</source>
        <translation>评估未完成</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Current step</source>
        <translation>当前步骤</translation>
    </message>
    <message>
        <source>Not reached</source>
        <translation>尚未到达</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>无需进行</translation>
    </message>
    <message>
        <source>Prevalent types of GBV / VAWC</source>
        <translation>普遍存在的基于性别的暴力/暴力侵害妇女和儿童行为类型</translation>
    </message>
    <message>
        <source>Are they serious?</source>
        <translation>是否严重？</translation>
    </message>
    <message>
        <source>Effective preventive action?</source>
        <translation>是否采取有效预防行动？</translation>
    </message>
    <message>
        <source>Overriding risk?</source>
        <translation>是否存在高于一切的风险？</translation>
    </message>
    <message>
        <source>Mitigation reliably reduces the risk?</source>
        <translation>缓解措施能否可靠地降低风险？</translation>
    </message>
    <message>
        <source>UN Security Council arms embargo</source>
        <translation>联合国安全理事会武器禁运</translation>
    </message>
    <message>
        <source> (resolution %1 (%2))</source>
        <comment>after an arms embargo&apos;s name: its UN resolution and year</comment>
        <translation>（第%1（%2）号决议）</translation>
    </message>
    <message>
        <source> — </source>
        <comment>embargo name separator</comment>
        <translation> — </translation>
    </message>
    <message>
        <source>Article %1</source>
        <translation>第%1条</translation>
    </message>
    <message>
        <source>Article %1(%2)</source>
        <translation>第%1条第%2款</translation>
    </message>
</context>
<context>
    <name>AssessmentWizard</name>
    <message>
        <source>Unsaved answers</source>
        <extracomment>&quot;save&quot;, &quot;discard&quot; or &quot;cancel&quot;: asked when the wizard closes with unsaved answers. A path to save a file to (title, suggested name, filter), or None if cancelled. The pages closed when Article 6 prohibits the transfer. Closed when Article 7 does not apply (an import, transit, trans-shipment or brokering case the authority&apos;s policy does not assess under Article 7): only Article 6 is asked.</extracomment>
        <translation>有未保存的回答</translation>
    </message>
    <message>
        <source>Save your answers to the assessment draft before closing?</source>
        <translation>关闭前是否将您的回答保存到评估草稿？</translation>
    </message>
    <message>
        <source>Assessment — %1</source>
        <extracomment>The case after a decision was recorded: the register and case view refresh. The case after its assessment was completed or sent to the committee.</extracomment>
        <translation>评估 — %1</translation>
    </message>
    <message>
        <source>✓ complete   • still incomplete
* required to complete the assessment</source>
        <translation>✓ 已完成   • 尚未完成
* 完成评估所必需</translation>
    </message>
    <message>
        <source>&lt; Back</source>
        <translation>&lt; 上一步</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>保存草稿</translation>
    </message>
    <message>
        <source>Save and continue &gt;</source>
        <translation>保存并继续 &gt;</translation>
    </message>
    <message>
        <source>Start a new revision…</source>
        <translation>开始新的修订…</translation>
    </message>
    <message>
        <source>Save assessment record PDF…</source>
        <translation>保存评估记录 PDF…</translation>
    </message>
    <message>
        <source>Save licence/denial PDF…</source>
        <translation>保存许可证/拒绝函 PDF…</translation>
    </message>
    <message>
        <source>Complete assessment</source>
        <translation>完成评估</translation>
    </message>
    <message>
        <source>Submit to the committee…</source>
        <translation>提交委员会…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>1. Article 6 prohibitions</source>
        <translation>1. 第6条 禁止</translation>
    </message>
    <message>
        <source>2. Article 7(1) risks</source>
        <translation>2. 第7条第1款 风险</translation>
    </message>
    <message>
        <source>3. Article 7(4) GBV flowchart</source>
        <translation>3. 第7条第4款 基于性别的暴力流程图</translation>
    </message>
    <message>
        <source>4. Article 11 diversion</source>
        <translation>4. 第11条 转用</translation>
    </message>
    <message>
        <source>5. Article 7(2) mitigation</source>
        <translation>5. 第7条第2款 缓解措施</translation>
    </message>
    <message>
        <source>6. Article 7(3) conclusion</source>
        <translation>6. 第7条第3款 结论</translation>
    </message>
    <message>
        <source>7. Decision</source>
        <translation>7. 决定</translation>
    </message>
    <message>
        <source>%1 · %2 → %3 · end user: %4</source>
        <translation>%1 · %2 → %3 · 最终用户：%4</translation>
    </message>
    <message>
        <source>Closed: Article 6 prohibits the transfer, so it is not assessed.</source>
        <translation>已关闭：第6条禁止该转让，因此不作评估。</translation>
    </message>
    <message>
        <source>Next &gt;</source>
        <translation>下一步 &gt;</translation>
    </message>
    <message>
        <source>A decision has been recorded on this case; the assessment is closed.</source>
        <translation>本案已记录决定；评估已关闭。</translation>
    </message>
    <message>
        <source>Assessment revision %1 is complete and can no longer be edited. Record the decision, or start a new revision to change a finding.</source>
        <translation>评估第 %1 版已完成，不能再编辑。请记录决定，或开始新的修订以更改结论。</translation>
    </message>
    <message>
        <source>Assessment revision %1 is complete and can no longer be edited. Submit it to the committee, or start a new revision to change a finding.</source>
        <translation>评估第 %1 版已完成，不能再编辑。请将其提交委员会，或开始新的修订以更改结论。</translation>
    </message>
    <message>
        <source>Article 6 prohibits this transfer. The Article 7, GBV, diversion and mitigation pages are closed: the only possible decision is a denial.</source>
        <translation>第6条禁止本次转让。第7条、基于性别的暴力、转用和缓解措施页面均已关闭：唯一可能的决定是拒绝。</translation>
    </message>
    <message>
        <source>Article 7 not applicable: %1. Article 7 binds the exporting State and the authority&apos;s policy does not apply it to this transfer type; Article 6 applies to every transfer.</source>
        <translation>第7条不适用：%1。第7条约束出口国，而本主管机关的政策不对此类转让适用第7条；第6条适用于每一项转让。</translation>
    </message>
    <message>
        <source>Article 7 assessed under national policy (%1).</source>
        <translation>根据国家政策评估第7条（%1）。</translation>
    </message>
    <message>
        <source>The assessment was not saved</source>
        <translation>评估未保存</translation>
    </message>
    <message>
        <source>Draft saved at %1</source>
        <translation>草稿已于 %1 保存</translation>
    </message>
    <message>
        <source>The embargo screen failed</source>
        <translation>禁运筛查失败</translation>
    </message>
    <message>
        <source>Source “%1”: choose the kind of source</source>
        <translation>来源“%1”：请选择来源类型</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>still incomplete</source>
        <translation>尚未完成</translation>
    </message>
    <message>
        <source>The assessment was not completed: choose the kind of each source listed under the steps (a source without a kind is not saved).</source>
        <translation>评估未完成：请为各步骤下列出的每项来源选择类型（未选择类型的来源不会保存）。</translation>
    </message>
    <message>
        <source>The assessment was not completed: %1 answer(s) are still missing. They are listed under the steps: click one to go to it.</source>
        <translation>评估未完成：仍缺少 %1 项回答。它们列于各步骤下方：点击其中一项即可前往。</translation>
    </message>
    <message>
        <source>The assessment was not completed</source>
        <translation>评估未完成</translation>
    </message>
    <message>
        <source>Submitted to the committee: the agencies chosen are asked for their opinion.</source>
        <translation>已提交委员会：已请所选机构提出意见。</translation>
    </message>
    <message>
        <source>Choose the kind of each source listed under the steps before closing.</source>
        <translation>关闭前请为各步骤下列出的每项来源选择类型。</translation>
    </message>
    <message>
        <source>The decision was not recorded:</source>
        <translation>决定未被记录：</translation>
    </message>
    <message>
        <source>Start a new revision</source>
        <translation>开始新的修订</translation>
    </message>
    <message>
        <source>Why is the case reassessed? The reason is kept in the history.</source>
        <translation>为何重新评估本案？理由将保存在历史记录中。</translation>
    </message>
    <message>
        <source>No new revision was started</source>
        <translation>未开始新的修订</translation>
    </message>
    <message>
        <source>Save assessment record PDF</source>
        <translation>保存评估记录 PDF</translation>
    </message>
    <message>
        <source>Save licence/denial PDF</source>
        <translation>保存许可证/拒绝函 PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF was not saved</source>
        <translation>PDF 未保存</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>已保存到 %1</translation>
    </message>
</context>
<context>
    <name>AuthorityDialog</name>
    <message>
        <source>Authority</source>
        <extracomment>The letterhead preview&apos;s box: wide and low, like the banner on the page.</extracomment>
        <translation>主管机关</translation>
    </message>
    <message>
        <source>&amp;Authority</source>
        <translation>主管机关(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Contact point</source>
        <translation>国家联络点(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Letters and signature</source>
        <translation>函件与签署(&amp;L)</translation>
    </message>
    <message>
        <source>Standard &amp;provisos</source>
        <translation>标准附加条件(&amp;P)</translation>
    </message>
    <message>
        <source>Article &amp;7 policy</source>
        <translation>第7条政策(&amp;7)</translation>
    </message>
    <message>
        <source>&amp;Mitigation policy</source>
        <translation>缓解措施政策(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Destination files</source>
        <translation>目的地国档案(&amp;D)</translation>
    </message>
    <message>
        <source>Every licence proposes these conditions to the decider, beside the committee&apos;s conditions and the mitigation measures the assessment relied on. One condition per line; an empty list is allowed.</source>
        <translation>每份许可证都会向决定人提出这些条件，与委员会的条件以及评估所依据的缓解措施并列。每行一条条件；可以为空。</translation>
    </message>
    <message>
        <source>A mitigation measure lowers only the risks its kind can address: confidence-building measures and jointly developed programmes (Article 7(2)) any risk; assurances, re-export clauses and verification (Article 11(2)) diversion. If your national policy allows it, an officer may state why a measure of another kind addresses a risk; the reason is then required and printed in the assessment record.</source>
        <translation>缓解措施只能降低其类型所能应对的风险：建立信任措施和共同制定的方案（第7条第2款）可应对任何风险；保证、再出口条款和核查（第11条第2款）可应对转用风险。如本国国家政策允许，审查官员可说明为何其他类型的措施能够应对某项风险；此时必须填写理由，并打印在评估记录中。</translation>
    </message>
    <message>
        <source>Let an officer&apos;s stated reason count (national policy)</source>
        <translation>审查官员说明理由后可计入（国家政策）</translation>
    </message>
    <message>
        <source>Article 6 applies to every transfer. Article 7 is the exporting State&apos;s obligation: for the transfer types ticked here, national policy asks it too, and the assessment record says so. Unticked types are assessed under Article 6 only, and the record says Article 7 was not applicable.</source>
        <translation>第6条适用于每一项转让。第7条是出口国的义务：对于此处勾选的转让类型，国家政策同样要求评估第7条，评估记录将予以注明。未勾选的类型仅按第6条评估，记录将注明第7条不适用。</translation>
    </message>
    <message>
        <source>e.g. Export Control Agency, Ministry of Trade</source>
        <translation>例如：贸易部出口管制局</translation>
    </message>
    <message>
        <source>C&amp;hoose image…</source>
        <translation>选择图片(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>A PNG or JPEG image of at most %1 KB, printed across the top of the first page of every document.</source>
        <translation>PNG 或 JPEG 图片，不超过 %1 KB，打印在每份文件首页顶部。</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Postal a&amp;ddress:</source>
        <translation>邮寄地址(&amp;D)：</translation>
    </message>
    <message>
        <source>Reporting &amp;State:</source>
        <translation>报告国(&amp;S)：</translation>
    </message>
    <message>
        <source>Default c&amp;urrency:</source>
        <translation>默认币种(&amp;U)：</translation>
    </message>
    <message>
        <source>Letterhead:</source>
        <translation>信头：</translation>
    </message>
    <message>
        <source>The national point of contact (Article 5(6)): given on the denial letters so that applicants know whom to write to.</source>
        <translation>国家联络点（第5条第6款）：写在拒绝函上，以便申请人知道应向谁致函。</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>电子邮件(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Telephone:</source>
        <translation>电话(&amp;T)：</translation>
    </message>
    <message>
        <source>e.g. For the Minister, by delegation</source>
        <translation>例如：经部长授权</translation>
    </message>
    <message>
        <source>How and within what time an applicant may ask for a review of a denial</source>
        <translation>申请人可通过何种方式、在多长期限内对拒绝决定提出申诉</translation>
    </message>
    <message>
        <source>The language of the screen</source>
        <translation>与界面语言相同</translation>
    </message>
    <message>
        <source>Licences and denial letters are signed by the person who decided, with their name and job title (File → Users and agencies), under this wording.</source>
        <translation>许可证和拒绝函由作出决定的人员以其姓名和职务（文件 → 用户与机构）在此措辞下签署。</translation>
    </message>
    <message>
        <source>Signatory &amp;wording:</source>
        <translation>签署措辞(&amp;W)：</translation>
    </message>
    <message>
        <source>A&amp;ppeal information:</source>
        <translation>申诉信息(&amp;P)：</translation>
    </message>
    <message>
        <source>Documents &amp;written in:</source>
        <translation>文书使用语言(&amp;W)：</translation>
    </message>
    <message>
        <source>No letterhead</source>
        <translation>无信头</translation>
    </message>
    <message>
        <source>Only an administrator changes the authority&apos;s profile.</source>
        <translation>只有管理员可以更改主管机关的资料。</translation>
    </message>
    <message>
        <source>Give the authority&apos;s name: every document prints it.</source>
        <translation>请填写主管机关名称：每份文件都会打印该名称。</translation>
    </message>
    <message>
        <source>Choose a country from the list.</source>
        <translation>请从列表中选择一个国家。</translation>
    </message>
    <message>
        <source>Give an email address such as name@example.org.</source>
        <translation>请填写电子邮件地址，例如 name@example.org。</translation>
    </message>
    <message>
        <source>Use digits, spaces and + ( ) . / - only.</source>
        <translation>只能使用数字、空格和 + ( ) . / -。</translation>
    </message>
    <message>
        <source>Three capital letters (ISO 4217), e.g. EUR.</source>
        <translation>三个大写字母（ISO 4217），例如 EUR。</translation>
    </message>
    <message>
        <source>Use a PNG or JPEG image of at most %1 KB.</source>
        <translation>请使用不超过 %1 KB 的 PNG 或 JPEG 图片。</translation>
    </message>
    <message>
        <source>Choose the letterhead image</source>
        <translation>选择信头图片</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>图片 (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>The profile was not saved: see the fields marked.</source>
        <translation>资料未保存：请查看标出的字段。</translation>
    </message>
    <message>
        <source>Saved. New documents use this profile.</source>
        <translation>已保存。新文件将使用此资料。</translation>
    </message>
</context>
<context>
    <name>CaseDocuments</name>
    <message>
        <source>Licence</source>
        <extracomment>In menu order.</extracomment>
        <translation>许可证</translation>
    </message>
    <message>
        <source>Denial letter</source>
        <translation>拒绝函</translation>
    </message>
    <message>
        <source>Assessment record</source>
        <translation>评估记录</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>打开%1</translation>
    </message>
    <message>
        <source>Save %1…</source>
        <translation>保存%1…</translation>
    </message>
    <message>
        <source>Print %1…</source>
        <translation>打印%1…</translation>
    </message>
    <message>
        <source>&amp;PDF documents</source>
        <extracomment>Where &quot;Save…&quot; starts; shared with the assessment wizard for the whole session.</extracomment>
        <translation>PDF 文件(&amp;P)</translation>
    </message>
    <message>
        <source>Open, save or print the licence, denial letter or assessment record</source>
        <translation>打开、保存或打印许可证、拒绝函或评估记录</translation>
    </message>
    <message>
        <source>Opens the PDF in your PDF viewer: print it from there.</source>
        <translation>在您的 PDF 阅读器中打开该 PDF：请在阅读器中打印。</translation>
    </message>
    <message>
        <source>The documents appear here once the case has an assessment or a decision.</source>
        <translation>案件有了评估或决定后，文件将显示在此处。</translation>
    </message>
    <message>
        <source>Writing the %1…</source>
        <translation>正在生成%1…</translation>
    </message>
    <message>
        <source>No PDF viewer</source>
        <translation>没有 PDF 阅读器</translation>
    </message>
    <message>
        <source>No program opened %1. Save the document and open it yourself.</source>
        <translation>没有程序能打开%1。请保存该文件后自行打开。</translation>
    </message>
    <message>
        <source>Save %1</source>
        <translation>保存%1</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>已保存到 %1</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <source>Transfer type</source>
        <translation>转让类型</translation>
    </message>
    <message>
        <source>Exporter / applicant</source>
        <translation>出口商/申请人</translation>
    </message>
    <message>
        <source>Final importing State</source>
        <translation>最终进口国</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收件日期</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>提交日期</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>决定日期</translation>
    </message>
    <message>
        <source>End-user certificate</source>
        <extracomment>Longer texts, each on a row of its own so that nothing is cut off.</extracomment>
        <translation>最终用户证书</translation>
    </message>
    <message>
        <source>Exporting State</source>
        <translation>出口国</translation>
    </message>
    <message>
        <source>No case is open. Select a case in the register to see it here.</source>
        <extracomment>The officer asked to assess the open case: the window opens the assessment wizard. A new version of the case was saved here (a document added): the register refreshes. The database and the person acting are read from here when the view acts. The open case&apos;s recorded decision, if any (shown under the header).</extracomment>
        <translation>尚未打开案件。在案件登记簿中选择一个案件即可在此查看。</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>编辑(&amp;I)…</translation>
    </message>
    <message>
        <source>Add d&amp;ocument…</source>
        <translation>添加文件(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Assess…</source>
        <translation>评估(&amp;A)…</translation>
    </message>
    <message>
        <source>Transit States</source>
        <translation>过境国</translation>
    </message>
    <message>
        <source>Intended end use</source>
        <translation>预期最终用途</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>决定</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Model / type</source>
        <translation>型号/类型</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>管制清单编号</translation>
    </message>
    <message>
        <source>ATT category</source>
        <translation>《武器贸易条约》类别</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>价值</translation>
    </message>
    <message>
        <source>Withheld from report</source>
        <translation>不列入年度报告</translation>
    </message>
    <message>
        <source>Comment for the report</source>
        <translation>报告说明</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>种类</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>文号</translation>
    </message>
    <message>
        <source>Dated</source>
        <translation>文件日期</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>登记时间</translation>
    </message>
    <message>
        <source>Licence number</source>
        <translation>许可证编号</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>签发日期</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>C&amp;hange requests…</source>
        <translation>变更请求(&amp;H)…</translation>
    </message>
    <message>
        <source>Re-export, re-transfer, or change of end user, end use or location</source>
        <translation>再出口、再转让，或变更最终用户、最终用途或存放地点</translation>
    </message>
    <message>
        <source>%1 change request(s) awaiting a decision</source>
        <translation>%1 项变更请求等待决定</translation>
    </message>
    <message>
        <source>A decided or withdrawn case cannot be edited.</source>
        <translation>已作出决定或已撤回的案件不能编辑。</translation>
    </message>
    <message>
        <source>Change the application&apos;s details (Ctrl+E)</source>
        <translation>修改申请内容（Ctrl+E）</translation>
    </message>
    <message>
        <source>A withdrawn case has nothing to assess.</source>
        <translation>已撤回的案件无需评估。</translation>
    </message>
    <message>
        <source>This case was decided without an assessment recorded in ATT Desktop (imported or demo data).</source>
        <translation>此案件的决定未在 ATT Desktop 中记录评估（导入数据或演示数据）。</translation>
    </message>
    <message>
        <source>Review the assessment and the decision (Ctrl+Shift+A)</source>
        <translation>查看评估和决定（Ctrl+Shift+A）</translation>
    </message>
    <message>
        <source>Assess the application: Article 6, Article 7, then the decision (Ctrl+Shift+A)</source>
        <translation>评估申请：第6条、第7条，然后作出决定（Ctrl+Shift+A）</translation>
    </message>
    <message>
        <source>Authorised on %1 by %2</source>
        <translation>%1 批准（决定人：%2）</translation>
    </message>
    <message>
        <source>Denied on %1 by %2</source>
        <translation>%1 拒绝（决定人：%2）</translation>
    </message>
    <message>
        <source>Authorised on %1</source>
        <translation>%1 批准</translation>
    </message>
    <message>
        <source>Denied on %1</source>
        <translation>%1 拒绝</translation>
    </message>
    <message>
        <source>licence %1, valid %2 to %3</source>
        <translation>许可证 %1，有效期 %2 至 %3</translation>
    </message>
    <message>
        <source>grounds: %1</source>
        <translation>理由依据：%1</translation>
    </message>
    <message>
        <source>criteria: %1</source>
        <translation>标准：%1</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>第%1行</translation>
    </message>
    <message>
        <source>rows %1–%2</source>
        <translation>第%1–%2行</translation>
    </message>
    <message>
        <source>imported from %1, %2, by %3 on %4</source>
        <translation>由%3于%4从%1（%2）导入</translation>
    </message>
    <message>
        <source>imported from %1 by %3 on %4</source>
        <translation>由%3于%4从%1导入</translation>
    </message>
    <message>
        <source>historical: decided outside the app</source>
        <translation>历史记录：在本程序之外作出的决定</translation>
    </message>
    <message>
        <source>Not reportable: %1</source>
        <translation>不需报告：%1</translation>
    </message>
    <message>
        <source>%1, acting for %2</source>
        <translation>%1，代表%2</translation>
    </message>
    <message>
        <source>Yes: %1</source>
        <translation>是：%1</translation>
    </message>
    <message>
        <source>Parties (%1)</source>
        <translation>当事方（%1）</translation>
    </message>
    <message>
        <source>Line items (%1)</source>
        <translation>物项明细（%1）</translation>
    </message>
    <message>
        <source>Documents (%1)</source>
        <translation>文件（%1）</translation>
    </message>
    <message>
        <source>Licences (%1)</source>
        <translation>许可证（%1）</translation>
    </message>
    <message>
        <source>History (%1)</source>
        <translation>历史记录（%1）</translation>
    </message>
    <message>
        <source>Sanctions list hits (%1)</source>
        <translation>制裁名单命中（%1）</translation>
    </message>
    <message>
        <source>— %1 to review</source>
        <translation>— %1 项待审查</translation>
    </message>
    <message>
        <source>Follow-up (%1)</source>
        <translation>后续跟踪（%1）</translation>
    </message>
    <message>
        <source>— %1 overdue</source>
        <translation>— %1 项逾期</translation>
    </message>
    <message>
        <source>Licence %1</source>
        <translation>许可证 %1</translation>
    </message>
    <message>
        <source>valid until %1</source>
        <translation>有效期至 %1</translation>
    </message>
    <message>
        <source>Shipped on %1</source>
        <translation>于 %1 发运</translation>
    </message>
    <message>
        <source>Revision %1</source>
        <translation>第 %1 版</translation>
    </message>
    <message>
        <source>Document not recorded</source>
        <translation>文件未登记</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>更改密码</translation>
    </message>
</context>
<context>
    <name>ChangePasswordForm</name>
    <message>
        <source>Choose a new password</source>
        <translation>设置新密码</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>更改密码</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>C&amp;urrent password:</source>
        <translation>当前密码(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>新密码(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Repeat new password:</source>
        <translation>再次输入新密码(&amp;R)：</translation>
    </message>
    <message>
        <source>Welcome, %1. You signed in with a one-time password: choose your own before you continue.</source>
        <translation>欢迎，%1。您使用一次性密码登录：请先设置自己的密码再继续。</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>Change your password</source>
        <translation>更改您的密码</translation>
    </message>
    <message>
        <source>Change the password of %1.</source>
        <translation>更改 %1 的密码。</translation>
    </message>
</context>
<context>
    <name>ChangeRequests</name>
    <message>
        <source>Re-export</source>
        <translation>再出口</translation>
    </message>
    <message>
        <source>Re-transfer within the importing State</source>
        <translation>在进口国境内再转让</translation>
    </message>
    <message>
        <source>Change of end user</source>
        <translation>变更最终用户</translation>
    </message>
    <message>
        <source>Change of end use</source>
        <translation>变更最终用途</translation>
    </message>
    <message>
        <source>Change of location</source>
        <translation>变更存放地点</translation>
    </message>
    <message>
        <source>The importing State&apos;s authority</source>
        <translation>进口国主管部门</translation>
    </message>
    <message>
        <source>The end user</source>
        <translation>最终用户</translation>
    </message>
    <message>
        <source>The exporter</source>
        <translation>出口商</translation>
    </message>
    <message>
        <source>Awaiting decision</source>
        <translation>待决定</translation>
    </message>
    <message>
        <source>Consented</source>
        <translation>已同意</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>已拒绝</translation>
    </message>
</context>
<context>
    <name>ChangeRequestsDialog</name>
    <message>
        <source>Change requests: %1</source>
        <extracomment>A request was recorded or decided: the case view shows the case again.</extracomment>
        <translation>变更请求：%1</translation>
    </message>
    <message>
        <source>Requests to re-export, re-transfer, or change the end user, end use or location of what a licence covers. An officer records each request; the deciding authority consents or refuses it, as for a decision.</source>
        <translation>关于再出口、再转让，或变更许可证所涵盖物项的最终用户、最终用途或存放地点的请求。由审查官员记录每项请求；决定机关像对案件作出决定一样，予以同意或拒绝。</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>许可证</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>请求类型</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>请求方</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收件日期</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>拟议变更</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>&amp;Record request…</source>
        <translation>记录请求(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Decide…</source>
        <translation>作出决定(&amp;D)…</translation>
    </message>
    <message>
        <source>Consent &amp;letter…</source>
        <translation>同意函(&amp;L)…</translation>
    </message>
    <message>
        <source>Save the consent letter of the selected request</source>
        <translation>保存所选请求的同意函</translation>
    </message>
    <message>
        <source>A licensing officer or the focal point records requests on a valid licence.</source>
        <translation>由许可审查官员或报告联络人就有效许可证记录请求。</translation>
    </message>
    <message>
        <source>Choose a request awaiting a decision.</source>
        <translation>请选择一项等待决定的请求。</translation>
    </message>
    <message>
        <source>Items: %1</source>
        <translation>物项：%1</translation>
    </message>
    <message>
        <source>Justification: %1</source>
        <translation>理由：%1</translation>
    </message>
    <message>
        <source>Documents: %1</source>
        <translation>文件：%1</translation>
    </message>
    <message>
        <source>Recorded by %1 on %2</source>
        <translation>由 %1 于 %2 记录</translation>
    </message>
    <message>
        <source>Article 6 prohibits a consent: %1</source>
        <translation>第6条禁止同意：%1</translation>
    </message>
    <message>
        <source>%1 by %2 on %3: %4</source>
        <translation>%1（%2，%3）：%4</translation>
    </message>
    <message>
        <source>Conditions: %1</source>
        <translation>条件：%1</translation>
    </message>
    <message>
        <source>Save the consent letter</source>
        <translation>保存同意函</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>已保存到 %1</translation>
    </message>
    <message>
        <source>Writing the consent letter…</source>
        <translation>正在生成同意函…</translation>
    </message>
</context>
<context>
    <name>CommitteeIntegration</name>
    <message>
        <source>Committee</source>
        <extracomment>Open this case (from My work). Open a year&apos;s annual report submission (a report&apos;s item in My work). A committee step changed this case: show it again and refresh the register.</extracomment>
        <translation>委员会</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>&amp;My work</source>
        <translation>我的工作(&amp;M)</translation>
    </message>
    <message>
        <source>The cases waiting for you (Ctrl+Shift+M)</source>
        <translation>等待您处理的案件（Ctrl+Shift+M）</translation>
    </message>
    <message>
        <source>Committee &amp;sessions…</source>
        <translation>委员会会议(&amp;S)…</translation>
    </message>
    <message>
        <source>Co&amp;mmittee</source>
        <translation>委员会(&amp;M)</translation>
    </message>
    <message>
        <source>Timeline (%1)</source>
        <translation>时间线（%1）</translation>
    </message>
</context>
<context>
    <name>CommitteeSessionWindow</name>
    <message>
        <source>Committee sessions</source>
        <extracomment>A case&apos;s committee record changed (an outcome): the window may refresh it.</extracomment>
        <translation>委员会会议</translation>
    </message>
    <message>
        <source>e.g. Monthly inter-agency committee</source>
        <extracomment>The database and the person acting, read at each service call.</extracomment>
        <translation>例如：每月跨机构委员会</translation>
    </message>
    <message>
        <source>&amp;Open a sitting</source>
        <translation>召开会议(&amp;O)</translation>
    </message>
    <message>
        <source>Every case now in committee goes on its agenda</source>
        <translation>当前所有委员会审查中的案件都列入议程</translation>
    </message>
    <message>
        <source>New sitting</source>
        <translation>新会议</translation>
    </message>
    <message>
        <source>&amp;Held on:</source>
        <translation>会议日期(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>Sittings:</source>
        <translation>会议：</translation>
    </message>
    <message>
        <source>Record &amp;attendance</source>
        <translation>记录出席(&amp;A)</translation>
    </message>
    <message>
        <source>Present at the table</source>
        <translation>出席人员</translation>
    </message>
    <message>
        <source>What the table concluded, e.g. &apos;Recommend approval with end-use check&apos;</source>
        <translation>会议结论，例如“建议批准并核查最终用途”</translation>
    </message>
    <message>
        <source>Record o&amp;utcome</source>
        <translation>记录结论(&amp;U)</translation>
    </message>
    <message>
        <source>← &amp;Previous case</source>
        <translation>← 上一案件(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Next case →</source>
        <translation>下一案件(&amp;N) →</translation>
    </message>
    <message>
        <source>&amp;Close the sitting</source>
        <translation>结束会议(&amp;C)</translation>
    </message>
    <message>
        <source>Close this sitting? Its attendance and outcomes can no longer be changed afterwards.</source>
        <translation>结束本次会议？结束后出席情况和结论将无法再更改。</translation>
    </message>
    <message>
        <source>&amp;Yes, close it</source>
        <translation>是，结束会议(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Keep it open</source>
        <translation>保持进行(&amp;K)</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>议程</translation>
    </message>
    <message>
        <source>open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>No case on the agenda.</source>
        <translation>议程上没有案件。</translation>
    </message>
    <message>
        <source>Case %1 of %2: %3</source>
        <translation>第 %1 件，共 %2 件：%3</translation>
    </message>
    <message>
        <source>%1 of %2 agencies answered (quorum %3).</source>
        <translation>%2 个机构中已有 %1 个答复（法定人数 %3）。</translation>
    </message>
    <message>
        <source>Not yet answered: %1</source>
        <translation>尚未答复：%1</translation>
    </message>
</context>
<context>
    <name>CommitteeVocabulary</name>
    <message>
        <source>Approve</source>
        <translation>赞成</translation>
    </message>
    <message>
        <source>Approve with conditions</source>
        <translation>有条件赞成</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>反对</translation>
    </message>
    <message>
        <source>Abstain</source>
        <translation>弃权</translation>
    </message>
    <message>
        <source>Assigned to you</source>
        <translation>分派给您</translation>
    </message>
    <message>
        <source>Your agency&apos;s opinion is awaited</source>
        <translation>等待贵机构的意见</translation>
    </message>
    <message>
        <source>Ready for your decision</source>
        <translation>待您决定</translation>
    </message>
    <message>
        <source>You were mentioned</source>
        <translation>有人提到了您</translation>
    </message>
    <message>
        <source>An opinion is overdue</source>
        <translation>意见已逾期</translation>
    </message>
    <message>
        <source>Licence follow-up overdue</source>
        <translation>许可证后续跟踪逾期</translation>
    </message>
    <message>
        <source>Change request awaits a decision</source>
        <translation>变更请求待决定</translation>
    </message>
    <message>
        <source>Your advice on gender-based violence is asked</source>
        <translation>请您就基于性别的暴力问题提供意见</translation>
    </message>
    <message>
        <source>Licence to reassess (Article 7(7))</source>
        <translation>待重新评估的许可证（第7条第7款）</translation>
    </message>
    <message>
        <source>Handed over to you</source>
        <translation>已移交给您</translation>
    </message>
    <message>
        <source>A report awaits your sign-off</source>
        <translation>报告待您签批</translation>
    </message>
    <message>
        <source>Annual report %1</source>
        <translation>%1年度报告</translation>
    </message>
    <message>
        <source>licence %1, incident %2</source>
        <translation>许可证 %1，事件 %2</translation>
    </message>
    <message>
        <source>%1, licence %2</source>
        <translation>%1，许可证 %2</translation>
    </message>
    <message>
        <source>opinion of %1</source>
        <translation>%1 的意见</translation>
    </message>
    <message>
        <source>(urgent)</source>
        <translation>（紧急）</translation>
    </message>
    <message>
        <source>approval for submission</source>
        <translation>批准提交</translation>
    </message>
    <message>
        <source>contribution of %1</source>
        <translation>%1 提供的材料</translation>
    </message>
</context>
<context>
    <name>ConclusionPage</name>
    <message>
        <source>Criterion</source>
        <translation>标准</translation>
    </message>
    <message>
        <source>Before mitigation</source>
        <translation>缓解前</translation>
    </message>
    <message>
        <source>After mitigation</source>
        <translation>缓解后</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Computed by the application from your findings: if, after mitigation, an overriding risk remains on any criterion, the State shall not authorise (Article 7(3)). Change a finding on its page to change this conclusion.</source>
        <translation>由本程序根据您的结论计算得出：如果在考虑缓解措施后任何一项标准仍存在高于一切的风险，本国不得批准（第7条第3款）。如需改变此结论，请在相应页面修改结论。</translation>
    </message>
    <message>
        <source>Recommendation: %1</source>
        <translation>建议：%1</translation>
    </message>
    <message>
        <source>Grounds:</source>
        <translation>理由依据：</translation>
    </message>
    <message>
        <source>%1 answer(s) are still missing before this assessment can be completed. They are listed under the steps: click one to go to its question.</source>
        <translation>完成此评估前仍缺少 %1 项回答。它们列于各步骤下方：点击其中一项即可前往该问题。</translation>
    </message>
    <message>
        <source>Conditions the assessment requires:</source>
        <translation>评估要求的条件：</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>备注：</translation>
    </message>
</context>
<context>
    <name>ConditionsEditor</name>
    <message>
        <source>Condition</source>
        <extracomment>The decider&apos;s own additions, after the proposed groups. The text as proposed: a row the decider has not edited can be withdrawn by a new proposal.</extracomment>
        <translation>条件</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Another condition of your own</source>
        <translation>自定义的其他条件</translation>
    </message>
    <message>
        <source>Add condition</source>
        <translation>添加条件</translation>
    </message>
    <message>
        <source>Asked for by the committee</source>
        <translation>委员会要求</translation>
    </message>
    <message>
        <source>Mitigation measures the assessment&apos;s findings relied on</source>
        <translation>评估结论所依据的缓解措施</translation>
    </message>
    <message>
        <source>Required by the assessment (cannot be removed)</source>
        <translation>评估要求（不可移除）</translation>
    </message>
    <message>
        <source>The authority&apos;s standard provisos</source>
        <translation>主管机关的标准附加条件</translation>
    </message>
    <message>
        <source>Added by the decider</source>
        <translation>由决定人添加</translation>
    </message>
    <message>
        <source>Relied on for %1</source>
        <translation>%1 的结论所依据</translation>
    </message>
</context>
<context>
    <name>ConsistencyPanel</name>
    <message>
        <source>Consistency: like cases</source>
        <extracomment>The officer asked to record a denial notified by another State.</extracomment>
        <translation>一致性：类似案件</translation>
    </message>
    <message>
        <source>Record a denial from another State…</source>
        <translation>记录其他国家的拒绝…</translation>
    </message>
    <message>
        <source>Denials notified by other States are matched against this case&apos;s parties.</source>
        <translation>其他国家通报的拒绝将与本案当事方进行比对。</translation>
    </message>
    <message>
        <source>authorised</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>denied</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>暂无数据</translation>
    </message>
    <message>
        <source>Same destination</source>
        <translation>相同目的地</translation>
    </message>
    <message>
        <source>Same end user</source>
        <translation>相同最终用户</translation>
    </message>
    <message>
        <source>Same category</source>
        <translation>相同类别</translation>
    </message>
    <message>
        <source>No earlier decision</source>
        <translation>无既往决定</translation>
    </message>
    <message>
        <source>Denial notices matching the parties (%1)</source>
        <translation>与当事方匹配的拒绝通知（%1）</translation>
    </message>
    <message>
        <source>exact name</source>
        <translation>名称完全相同</translation>
    </message>
    <message>
        <source>similar name</source>
        <translation>名称相似</translation>
    </message>
    <message>
        <source>%1: %2 (%3) ~ %4, denied by %5 on %6</source>
        <translation>%1：%2（%3）~ %4，由%5于 %6 拒绝</translation>
    </message>
    <message>
        <source>this authority</source>
        <translation>本主管机关</translation>
    </message>
    <message>
        <source>No matching denial notice</source>
        <translation>无匹配的拒绝通知</translation>
    </message>
    <message>
        <source>Diversion and breach incidents (%1)</source>
        <translation>转用和违规事件（%1）</translation>
    </message>
    <message>
        <source>No incident with these parties or destination</source>
        <translation>没有涉及这些当事方或该目的地的事件</translation>
    </message>
</context>
<context>
    <name>Consultation</name>
    <message>
        <source>%1 cases</source>
        <translation>%1案件</translation>
    </message>
    <message>
        <source>Any case</source>
        <translation>任何案件</translation>
    </message>
    <message>
        <source>in category %1</source>
        <translation>类别为 %1</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>目的地为 %1</translation>
    </message>
    <message>
        <source>with transit or trans-shipment States</source>
        <translation>涉及过境国或转运国</translation>
    </message>
    <message>
        <source>with a serious GBV finding (Art. 7(4))</source>
        <translation>有严重的基于性别的暴力结论（第7条第4款）</translation>
    </message>
    <message>
        <source>with an Article 6 concern</source>
        <translation>涉及第6条问题</translation>
    </message>
    <message>
        <source>with the risk %1 at %2 or above</source>
        <translation>%1 风险达到“%2”或以上</translation>
    </message>
    <message>
        <source>Mandate: %1</source>
        <translation>职责：%1</translation>
    </message>
    <message>
        <source>No mandate recorded yet.</source>
        <translation>尚未记录职责。</translation>
    </message>
    <message>
        <source>Contact: %1</source>
        <translation>联系人：%1</translation>
    </message>
    <message>
        <source>Answers: %1</source>
        <translation>负责答复：%1</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>尚未</translation>
    </message>
    <message>
        <source>Overdue: was due %1</source>
        <translation>已逾期：截止日期为 %1</translation>
    </message>
    <message>
        <source>Not yet, due %1</source>
        <translation>尚未，截止日期 %1</translation>
    </message>
    <message>
        <source>(urgent)</source>
        <translation>（紧急）</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Required by the rules</source>
        <translation>规则要求</translation>
    </message>
    <message>
        <source>Reason for departing</source>
        <translation>背离规则的理由</translation>
    </message>
    <message>
        <source>&amp;Urgent: shorter due date</source>
        <translation>紧急(&amp;U)：缩短答复期限</translation>
    </message>
    <message>
        <source>Why is the case urgent?</source>
        <translation>为何本案紧急？</translation>
    </message>
    <message>
        <source>Not required</source>
        <translation>不要求</translation>
    </message>
    <message>
        <source>Why is it not consulted?</source>
        <translation>为何不征求其意见？</translation>
    </message>
    <message>
        <source>Why is it consulted?</source>
        <translation>为何征求其意见？</translation>
    </message>
    <message>
        <source>Opinions will be due by %1 (%2 working days).</source>
        <translation>意见答复截止日期：%1（%2 个工作日）。</translation>
    </message>
</context>
<context>
    <name>ConsultationPanel</name>
    <message>
        <source>Record the answer</source>
        <extracomment>Asks &quot;record this answer? it cannot be changed&quot;: True to go ahead.</extracomment>
        <translation>记录答复</translation>
    </message>
    <message>
        <source>Organisation or expert</source>
        <translation>组织或专家</translation>
    </message>
    <message>
        <source>Your answer as gender adviser</source>
        <extracomment>An answer was recorded: the case view shows the case again (its history changed). Asked before an answer is recorded (tests replace it).</extracomment>
        <translation>您作为性别问题顾问的答复</translation>
    </message>
    <message>
        <source>Add an organisation or e&amp;xpert consulted</source>
        <translation>添加已咨询的组织或专家(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Record the answer…</source>
        <translation>记录答复(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Answer</source>
        <translation>答复(&amp;A)</translation>
    </message>
    <message>
        <source>Answered on</source>
        <translation>答复日期</translation>
    </message>
    <message>
        <source>Consulted</source>
        <translation>已咨询</translation>
    </message>
    <message>
        <source>GBV consultation</source>
        <translation>性别暴力问题咨询</translation>
    </message>
    <message>
        <source>The gender adviser has not been asked about this case. The officer asks from the assessment&apos;s Article 7(4) page once GBV steps 1 and 2 are yes.</source>
        <translation>尚未就本案征询性别问题顾问。基于性别的暴力流程图第1步和第2步均答“是”后，审查官员可在评估的第7条第4款页面上提出征询。</translation>
    </message>
    <message>
        <source>GBV consultation (%1)</source>
        <translation>性别暴力问题咨询（%1）</translation>
    </message>
    <message>
        <source>Record this answer for %1? An answer is part of the record and cannot be changed.</source>
        <translation>为 %1 记录此答复？答复将载入记录，不能更改。</translation>
    </message>
</context>
<context>
    <name>CountryCombo</name>
    <message>
        <source>Type to search…</source>
        <extracomment>Item data: the ISO 3166-1 alpha-2 code. Item data: every spelling the completer matches against (local name, English name, codes).</extracomment>
        <translation>输入以搜索…</translation>
    </message>
</context>
<context>
    <name>CountryListEditor</name>
    <message>
        <source>&amp;Add State</source>
        <translation>添加国家(&amp;A)</translation>
    </message>
    <message>
        <source>Remo&amp;ve State</source>
        <translation>移除国家(&amp;V)</translation>
    </message>
    <message>
        <source>Transit States</source>
        <translation>过境国</translation>
    </message>
    <message>
        <source>choose a country from the list</source>
        <translation>请从列表中选择国家</translation>
    </message>
    <message>
        <source>%1 is already in the list</source>
        <translation>%1 已在列表中</translation>
    </message>
    <message>
        <source>press Add State to include &apos;%1&apos;, or clear the box</source>
        <translation>请按“添加国家”加入“%1”，或清空输入框</translation>
    </message>
</context>
<context>
    <name>CustomsImportDialog</name>
    <message>
        <source>Import shipments from a customs file</source>
        <translation>从海关文件导入发运记录</translation>
    </message>
    <message>
        <source>C&amp;hoose file…</source>
        <translation>选择文件(&amp;H)…</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>许可证</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Customs reference</source>
        <translation>海关编号</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>价值</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Close</source>
        <extracomment>Reading or importing the file runs on a worker thread; this shows it is under way.</extracomment>
        <translation>关闭</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>Rows understood:</source>
        <translation>已识别的行：</translation>
    </message>
    <message>
        <source>Errors (nothing is imported until they are fixed):</source>
        <translation>错误（修正之前不会导入任何内容）：</translation>
    </message>
    <message>
        <source>Warnings (recorded with each shipment):</source>
        <translation>警告（随每次发运一并记录）：</translation>
    </message>
    <message>
        <source>Customs file</source>
        <translation>海关文件</translation>
    </message>
    <message>
        <source>Customs exports (*.csv *.xlsx);;All files (*)</source>
        <translation>海关导出文件 (*.csv *.xlsx);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message numerus="yes">
        <source>%n shipment(s) ready to import.</source>
        <translation>
            <numerusform>%n 次发运可以导入。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s).</source>
        <translation>
            <numerusform>%n 个警告。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s): correct the file and choose it again.</source>
        <translation>
            <numerusform>%n 个错误：请修正文件后重新选择。</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message numerus="yes">
        <source>%n shipment(s) imported.</source>
        <translation>
            <numerusform>已导入 %n 次发运。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DatabaseDialog</name>
    <message>
        <source>Choose the database</source>
        <extracomment>Answers &quot;which file?&quot; (the window passes its prompter&apos;s open_file); None = cancelled. Checks a target and returns what opening it would do; raises DatabaseError.</extracomment>
        <translation>选择数据库</translation>
    </message>
    <message>
        <source>A database &amp;file on this computer</source>
        <translation>本机上的数据库文件(&amp;F)</translation>
    </message>
    <message>
        <source>A shared &amp;PostgreSQL server</source>
        <translation>共享的 PostgreSQL 服务器(&amp;P)</translation>
    </message>
    <message>
        <source>e.g. att-desktop.sqlite3</source>
        <extracomment>Busy while the connection is tried (on a worker thread: a server may be slow).</extracomment>
        <translation>例如 att-desktop.sqlite3</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>文件(&amp;I)：</translation>
    </message>
    <message>
        <source>server name or address</source>
        <translation>服务器名称或地址</translation>
    </message>
    <message>
        <source>leave empty to use your password file</source>
        <translation>留空则使用您的密码文件</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>主机(&amp;H)：</translation>
    </message>
    <message>
        <source>Po&amp;rt:</source>
        <translation>端口(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Encryption (SSL):</source>
        <translation>加密（SSL）(&amp;E)：</translation>
    </message>
    <message>
        <source>The password is used for this session only and is never saved. The database must exist and be empty the first time; ATT Desktop sets it up.</source>
        <translation>密码仅用于本次会话，不会被保存。首次使用时数据库必须已存在且为空；ATT Desktop 会完成其初始化。</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <source>Enter or choose the database file.</source>
        <translation>请输入或选择数据库文件。</translation>
    </message>
    <message>
        <source>Enter the server&apos;s name or address.</source>
        <translation>请输入服务器的名称或地址。</translation>
    </message>
    <message>
        <source>Enter the name of the database on the server.</source>
        <translation>请输入服务器上数据库的名称。</translation>
    </message>
    <message>
        <source>Trying %1…</source>
        <translation>正在尝试连接 %1…</translation>
    </message>
</context>
<context>
    <name>DeactivationDialog</name>
    <message>
        <source>Deactivate %1: hand over their work</source>
        <extracomment>The account was deactivated (its user id).</extracomment>
        <translation>停用 %1：移交其工作</translation>
    </message>
    <message>
        <source>%1 still holds the work below. Choose who carries each item on and write what they need to know: the summary is kept in each case&apos;s history and shown in the successors&apos; My work. A case goes to a licensing officer or the deciding authority; an agency&apos;s opinion to a member of the same agency.</source>
        <translation>%1 仍有以下工作。请为每一项选择接替人，并写明接替人需要了解的情况：移交说明将保存在每个案件的历史记录中，并显示在接替人的“我的工作”中。案件移交给许可审查官员或决定机关；机构的意见移交给同一机构的成员。</translation>
    </message>
    <message>
        <source>Choose one per case below</source>
        <translation>在下方逐案选择</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>What is handed over</source>
        <translation>移交事项</translation>
    </message>
    <message>
        <source>Successor</source>
        <translation>接替人</translation>
    </message>
    <message>
        <source>Successor for &amp;every case:</source>
        <translation>所有案件的接替人(&amp;E)：</translation>
    </message>
    <message>
        <source>Handover &amp;summary:</source>
        <translation>移交说明(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Reason (for the history):</source>
        <translation>原因（记入历史）(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Hand over and deactivate</source>
        <translation>移交并停用(&amp;H)</translation>
    </message>
    <message>
        <source>The agency has nobody else who can answer: leave its opinion unanswered and record that in the history</source>
        <translation>该机构已无其他人可以答复：其意见不再答复，并将此情况记入历史</translation>
    </message>
    <message>
        <source>Where each case stands, what is awaited from whom, what to watch for…</source>
        <translation>每个案件的进展情况、正在等待谁的答复、需要注意什么…</translation>
    </message>
    <message>
        <source>e.g. retired, moved to another ministry</source>
        <translation>例如：退休、调往其他部委</translation>
    </message>
    <message>
        <source>%1 will no longer be able to sign in; hand over and deactivate</source>
        <translation>%1 将无法再登录；移交工作并停用</translation>
    </message>
    <message>
        <source>Assigned case (%1)</source>
        <translation>分派的案件（%1）</translation>
    </message>
    <message>
        <source>As chosen above</source>
        <translation>同上方所选</translation>
    </message>
    <message>
        <source>Opinion of %1, which only they can still give</source>
        <translation>%1 的意见，目前只有此人能够提出</translation>
    </message>
    <message>
        <source>Nobody of the agency</source>
        <translation>该机构无人接替</translation>
    </message>
    <message>
        <source>Write a summary of at least %1 characters and tick the confirmation.</source>
        <translation>请填写至少 %1 个字符的移交说明，并勾选确认。</translation>
    </message>
</context>
<context>
    <name>DecideDialog</name>
    <message>
        <source>Decide %1</source>
        <translation>决定 %1</translation>
    </message>
    <message>
        <source>See the messages above.</source>
        <translation>请查看上方的消息。</translation>
    </message>
    <message>
        <source>Decision &amp;date:</source>
        <translation>决定日期(&amp;D)：</translation>
    </message>
    <message>
        <source>The decision was not recorded.</source>
        <translation>决定未被记录。</translation>
    </message>
</context>
<context>
    <name>DecideRequestDialog</name>
    <message>
        <source>Decide: %1 on licence %2</source>
        <translation>作出决定：许可证 %2 的%1请求</translation>
    </message>
    <message>
        <source>%1, asked by %2 on %3. Justification: %4</source>
        <translation>%1，由 %2 于 %3 提出。理由：%4</translation>
    </message>
    <message>
        <source>Article 6 prohibits a consent: %1</source>
        <translation>第6条禁止同意：%1</translation>
    </message>
    <message>
        <source>&amp;Consent</source>
        <translation>同意(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Refuse</source>
        <translation>拒绝(&amp;R)</translation>
    </message>
    <message>
        <source>One condition per line (consent only)</source>
        <translation>每行一条条件（仅限同意时）</translation>
    </message>
    <message>
        <source>I have checked the request; the decision is signed and cannot be undone</source>
        <translation>我已核查该请求；决定将经签名，不可撤销</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>决定：</translation>
    </message>
    <message>
        <source>Rea&amp;soning:</source>
        <translation>理由(&amp;S)：</translation>
    </message>
    <message>
        <source>Co&amp;nditions:</source>
        <translation>条件(&amp;N)：</translation>
    </message>
    <message>
        <source>Record &amp;decision</source>
        <translation>记录决定(&amp;D)</translation>
    </message>
</context>
<context>
    <name>DecisionForm</name>
    <message>
        <source>The reasoning for the decision, as it will appear in the record</source>
        <extracomment>Grounds a decider may cite for a denial the engine did not ground itself. The start the service suggested, while the decider has not changed it. The rows of the lines table behind ``licence_terms().lines``, for the service&apos;s errors (&quot;licence.lines[1].quantity&quot;) to find their row. The decision date&apos;s problems (in the future, before receipt), from the form&apos;s own check or the service&apos;s refusal (field ``decided_on``).</extracomment>
        <translation>决定的理由，将按原样载入记录</translation>
    </message>
    <message>
        <source>Reasons for departing from the &amp;majority</source>
        <translation>背离多数意见的理由(&amp;M)</translation>
    </message>
    <message>
        <source>Required when the decision goes against the committee&apos;s majority</source>
        <translation>决定与委员会多数意见相反时必填</translation>
    </message>
    <message>
        <source>&amp;Reasoning</source>
        <translation>理由(&amp;R)</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>决定</translation>
    </message>
    <message>
        <source>&amp;Authorise: issue a licence</source>
        <translation>批准(&amp;A)：签发许可证</translation>
    </message>
    <message>
        <source>De&amp;ny</source>
        <translation>拒绝(&amp;N)</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>许可证</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>物项</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Applied for</source>
        <translation>申请数量</translation>
    </message>
    <message>
        <source>Quantity authorised</source>
        <translation>批准数量</translation>
    </message>
    <message>
        <source>Value authorised</source>
        <translation>批准价值</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Authorise up to what was applied for; 0 leaves a line off the licence.</source>
        <translation>批准数量不超过申请数量；填 0 则该物项不列入许可证。</translation>
    </message>
    <message>
        <source>Untick a condition to leave it off, double-click to edit it, or add your own. Every ticked condition is printed on the licence.</source>
        <translation>取消勾选可不列入某项条件，双击可编辑，也可添加您自己的条件。所有勾选的条件都将打印在许可证上。</translation>
    </message>
    <message>
        <source>until</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>有效期自</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>物项明细</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>条件</translation>
    </message>
    <message>
        <source>Grounds for denial</source>
        <translation>拒绝理由</translation>
    </message>
    <message>
        <source>The grounds found by the assessment are always cited. You may deny an authorisable case for reasons of your own: then cite the ground below.</source>
        <translation>评估认定的理由始终会被援引。对于可以批准的案件，您也可以出于自己的理由予以拒绝：请在下方援引该理由。</translation>
    </message>
    <message>
        <source>(only the grounds the assessment found)</source>
        <translation>（仅评估认定的理由）</translation>
    </message>
    <message>
        <source>Why this ground applies</source>
        <translation>该理由为何适用</translation>
    </message>
    <message>
        <source>Criteria the denial rests on (%1)</source>
        <translation>拒绝所依据的标准（%1）</translation>
    </message>
    <message>
        <source>At most %1</source>
        <translation>最多 %1</translation>
    </message>
    <message>
        <source>The authority allows a licence at most %1 years: here until %2.</source>
        <translation>主管机关允许许可证的有效期最长为 %1 年：此处至 %2。</translation>
    </message>
    <message>
        <source>It cannot start before the decision date, %1.</source>
        <translation>不能早于决定日期（%1）。</translation>
    </message>
    <message>
        <source>Authorisation is not possible: Article 6 prohibits the transfer. The only decision is a denial citing the paragraph; no mitigation can change this.</source>
        <translation>无法批准：第6条禁止该转让。唯一的决定是援引该款予以拒绝；任何缓解措施都不能改变这一点。</translation>
    </message>
    <message>
        <source>Authorisation is not possible: after mitigation an overriding risk remains (Article 7(3)). The State shall not authorise.</source>
        <translation>无法批准：考虑缓解措施后仍存在高于一切的风险（第7条第3款）。本国不得批准。</translation>
    </message>
    <message>
        <source>Choose whether to authorise or deny.</source>
        <translation>请选择批准或拒绝。</translation>
    </message>
    <message>
        <source>Give the reasoning for the decision.</source>
        <translation>请填写决定的理由。</translation>
    </message>
    <message>
        <source>Tick at least one criterion the denial rests on.</source>
        <translation>请至少勾选一项拒绝所依据的标准。</translation>
    </message>
    <message>
        <source>The end is before the start.</source>
        <translation>结束日期早于开始日期。</translation>
    </message>
    <message>
        <source>At most %1 years: until %2 at the latest.</source>
        <translation>最长 %1 年：最迟至 %2。</translation>
    </message>
    <message>
        <source>A licence cannot start before the decision date.</source>
        <translation>许可证的生效日期不能早于决定日期。</translation>
    </message>
    <message>
        <source>The decision date cannot lie in the future.</source>
        <translation>决定日期不能晚于今天。</translation>
    </message>
    <message>
        <source>The decision date cannot be before the application was received (%1).</source>
        <translation>决定日期不能早于申请的收件日期（%1）。</translation>
    </message>
    <message>
        <source>not a quantity</source>
        <translation>不是有效的数量</translation>
    </message>
    <message>
        <source>more than the %1 applied for</source>
        <translation>超过申请的 %1</translation>
    </message>
    <message>
        <source>not an amount</source>
        <translation>不是有效的金额</translation>
    </message>
    <message>
        <source>Authorise at least one line.</source>
        <translation>请至少批准一项物项。</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>物项 %1：%2</translation>
    </message>
</context>
<context>
    <name>DecisionPage</name>
    <message>
        <source>Record decision</source>
        <translation>记录决定</translation>
    </message>
    <message>
        <source>Decision date: %1 (the date of the Article 6 screen; change it on page 1)</source>
        <translation>决定日期：%1（即第6条筛查的日期；请在第1页更改）</translation>
    </message>
    <message>
        <source>The assessment&apos;s recommendation: %1</source>
        <translation>评估的建议：%1</translation>
    </message>
    <message>
        <source>An incomplete assessment cannot be decided. Still missing (see the conclusion page):</source>
        <translation>未完成的评估不能作出决定。仍缺少（见结论页）：</translation>
    </message>
    <message>
        <source>See the messages above.</source>
        <translation>请查看上方的消息。</translation>
    </message>
    <message>
        <source>Authorised</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Decision recorded: %1 on %2 by %3.</source>
        <translation>已记录决定：%1，日期 %2，决定人 %3。</translation>
    </message>
    <message>
        <source>Licence %1, valid %2 to %3.</source>
        <translation>许可证 %1，有效期 %2 至 %3。</translation>
    </message>
</context>
<context>
    <name>DenialNoticesDialog</name>
    <message>
        <source>Denials notified by other States</source>
        <extracomment>The notice just recorded (a ``DenialNoticeView``): the consistency panel refreshes.</extracomment>
        <translation>其他国家通报的拒绝</translation>
    </message>
    <message>
        <source>Record a denial that another State notified (or one your authority issued outside this application). Every new application&apos;s parties are matched against these notices, by exact and by similar names, so that like cases are treated alike (Article 7(1)).</source>
        <translation>记录其他国家通报的拒绝（或本主管机关在本程序之外作出的拒绝）。每份新申请的当事方都会按完全相同和相似的名称与这些通知进行比对，以便同类案件得到同等对待（第7条第1款）。</translation>
    </message>
    <message>
        <source>New denial notice</source>
        <translation>新的拒绝通知</translation>
    </message>
    <message>
        <source>The notifying State&apos;s reference, if any</source>
        <translation>通报国的编号（如有）</translation>
    </message>
    <message>
        <source>Name of the end user, consignee or broker</source>
        <translation>最终用户、收货人或中介商的名称</translation>
    </message>
    <message>
        <source>e.g. assault rifles, ML1</source>
        <translation>例如：突击步枪，ML1</translation>
    </message>
    <message>
        <source>e.g. EU Common Position criterion 7; Art. 7(3)</source>
        <translation>例如：欧盟共同立场标准7；第7条第3款</translation>
    </message>
    <message>
        <source>&amp;Notifying State:</source>
        <translation>通报国(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>编号(&amp;R)：</translation>
    </message>
    <message>
        <source>Denied &amp;on:</source>
        <translation>拒绝日期(&amp;O)：</translation>
    </message>
    <message>
        <source>Denied &amp;party:</source>
        <translation>被拒绝的当事方(&amp;P)：</translation>
    </message>
    <message>
        <source>Party&apos;s &amp;country:</source>
        <translation>当事方所在国(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Items:</source>
        <translation>物项(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Grounds:</source>
        <translation>理由(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Record denial notice</source>
        <translation>记录拒绝通知(&amp;R)</translation>
    </message>
    <message>
        <source>Denied on</source>
        <translation>拒绝日期</translation>
    </message>
    <message>
        <source>Notifying State</source>
        <translation>通报国</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Denied party</source>
        <translation>被拒绝的当事方</translation>
    </message>
    <message>
        <source>Party&apos;s country</source>
        <translation>当事方所在国</translation>
    </message>
    <message>
        <source>Grounds</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Notices on record:</source>
        <translation>已记录的通知：</translation>
    </message>
    <message>
        <source>The notice on the form is not recorded yet. Record it, or close again to discard it.</source>
        <translation>表单上的通知尚未记录。请记录，或再次关闭以放弃。</translation>
    </message>
    <message>
        <source>The notice was not recorded. Please correct:</source>
        <translation>通知未记录。请更正：</translation>
    </message>
    <message>
        <source>The notice was not recorded: %1</source>
        <translation>通知未记录：%1</translation>
    </message>
    <message>
        <source>Recorded: %1 (%2), denied by %3 on %4.</source>
        <translation>已记录：%1（%2），由%3于 %4 拒绝。</translation>
    </message>
    <message>
        <source>This authority</source>
        <translation>本主管机关</translation>
    </message>
</context>
<context>
    <name>DestinationFiles</name>
    <message>
        <source>Prevalent GBV types and prevention measures</source>
        <translation>普遍存在的性别暴力类型及预防措施</translation>
    </message>
    <message>
        <source>Human rights situation</source>
        <translation>人权状况</translation>
    </message>
    <message>
        <source>IHL situation</source>
        <translation>国际人道主义法状况</translation>
    </message>
    <message>
        <source>Diversion history</source>
        <translation>转用记录</translation>
    </message>
    <message>
        <source>Terrorism and organised crime</source>
        <translation>恐怖主义和有组织犯罪</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>%1 for %2 was last assessed %3, %4 months ago; the authority asks for material under %5 months.</source>
        <translation>%2的%1最近一次评估于 %3，距今 %4 个月；主管机关要求材料不超过 %5 个月。</translation>
    </message>
    <message>
        <source>Destination file, %1: %2 updated (assessed %3)</source>
        <translation>目的地国档案，%1：%2 已更新（评估日期 %3）</translation>
    </message>
    <message>
        <source>Destination file, %1: %2 recorded (assessed %3)</source>
        <translation>目的地国档案，%1：%2 已记录（评估日期 %3）</translation>
    </message>
</context>
<context>
    <name>DestinationFilesWindow</name>
    <message>
        <source>Destination files</source>
        <translation>目的地国档案</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>国家(&amp;S)：</translation>
    </message>
    <message>
        <source>States with a file</source>
        <translation>已有档案的国家</translation>
    </message>
    <message>
        <source>States with a file:</source>
        <translation>已有档案的国家：</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Current finding</source>
        <translation>现行结论</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>评估日期</translation>
    </message>
    <message>
        <source>By</source>
        <translation>撰写人</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>信息来源</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>登记时间</translation>
    </message>
    <message>
        <source>Why it was replaced</source>
        <translation>被取代的原因</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>Earlier versions of this topic</source>
        <translation>本主题的早期版本</translation>
    </message>
    <message>
        <source>&amp;Add or update finding…</source>
        <translation>添加或更新结论(&amp;A)…</translation>
    </message>
    <message>
        <source>Open &amp;reassessment…</source>
        <translation>打开重新评估(&amp;R)…</translation>
    </message>
    <message>
        <source>%1 (%2 topics, newest %3)</source>
        <translation>%1（%2 个主题，最新 %3）</translation>
    </message>
    <message>
        <source>Choose a State to see its file.</source>
        <translation>请选择国家以查看其档案。</translation>
    </message>
    <message>
        <source>Destination file: %1</source>
        <translation>目的地国档案：%1</translation>
    </message>
    <message>
        <source>No finding yet</source>
        <translation>尚无结论</translation>
    </message>
    <message>
        <source>No finding on this topic yet.</source>
        <translation>本主题尚无结论。</translation>
    </message>
    <message>
        <source>%1 — assessed %2 by %3</source>
        <translation>%1 — %3 于 %2 评估</translation>
    </message>
    <message>
        <source>Saved. These valid licences concern %1 and are now listed for reassessment (Article 7(7)): %2</source>
        <translation>已保存。以下有效许可证涉及%1，现已列入重新评估（第7条第7款）：%2</translation>
    </message>
    <message>
        <source>Saved. No valid licence was put up for reassessment.</source>
        <translation>已保存。没有有效许可证被列入重新评估。</translation>
    </message>
</context>
<context>
    <name>DestinationPanel</name>
    <message>
        <source>Destination file: %1</source>
        <translation>目的地国档案：%1</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <source>&amp;Use destination file on this page</source>
        <translation>在本页使用目的地国档案(&amp;U)</translation>
    </message>
    <message>
        <source>Adds the file&apos;s sources to this page&apos;s sources and its findings to the reasoning, marked with their date; nothing you typed is replaced.</source>
        <translation>将档案中的来源添加到本页的信息来源，并将其结论连同日期加入理由；您已输入的内容不会被替换。</translation>
    </message>
    <message>
        <source>%1 — assessed %2 by %3</source>
        <translation>%1 — %3 于 %2 评估</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>From the destination file (%1, assessed %2):</source>
        <translation>取自目的地国档案（%1，评估日期 %2）：</translation>
    </message>
    <message>
        <source>Copied into this page&apos;s answers (%1): review them and make them yours.</source>
        <translation>已复制到本页的答案中（%1 项）：请审阅，使之成为您自己的判断。</translation>
    </message>
    <message>
        <source>This page already has what the file holds.</source>
        <translation>本页已包含档案中的全部内容。</translation>
    </message>
</context>
<context>
    <name>DestinationSettingsTab</name>
    <message>
        <source>Each destination State&apos;s file holds standing findings (GBV, human rights, IHL, diversion...) that new assessments start from. A finding older than this is shown with a warning, in the file and beside the assessment, so someone refreshes it.</source>
        <translation>每个目的地国的档案保存现行结论（性别暴力、人权、国际人道主义法、转用等），新的评估以此为起点。早于此期限的结论会在档案中和评估旁显示警告，以便及时更新。</translation>
    </message>
    <message>
        <source> months</source>
        <translation> 个月</translation>
    </message>
    <message>
        <source>Destination material needs &amp;refreshing after</source>
        <translation>目的地国材料的更新期限(&amp;R)</translation>
    </message>
</context>
<context>
    <name>DiversionPage</name>
    <message>
        <source>Assess the risk that the items are diverted to unauthorised end users or end uses, stage by stage along the supply chain. The overall diversion risk is the highest stage risk. Red flags, the end-user certificate and post-shipment arrangements are recorded below and reported with the conclusion.</source>
        <translation>沿供应链逐个环节评估物项被转用于未经授权的最终用户或最终用途的风险。总体转用风险取各环节中的最高风险。危险信号、最终用户证书和装运后安排记录于下方，并随结论一并报告。</translation>
    </message>
    <message>
        <source>Stage: %1</source>
        <translation>环节：%1</translation>
    </message>
    <message>
        <source>Red flags</source>
        <translation>危险信号</translation>
    </message>
    <message>
        <source>Present?</source>
        <translation>是否存在？</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>End-user certificate and assurances</source>
        <translation>最终用户证书和保证</translation>
    </message>
    <message>
        <source>EUC number, issuer, date</source>
        <translation>最终用户证书编号、签发机关、日期</translation>
    </message>
    <message>
        <source>End-user certificate received</source>
        <translation>已收到最终用户证书</translation>
    </message>
    <message>
        <source>Certificate authenticated with the issuing authority</source>
        <translation>已向签发机关核实证书真伪</translation>
    </message>
    <message>
        <source>Assurance: no re-export without consent</source>
        <translation>保证：未经同意不得再出口</translation>
    </message>
    <message>
        <source>Assurance on stockpile security</source>
        <translation>库存安全保证</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Post-shipment cooperation and verification</source>
        <translation>装运后合作与核查</translation>
    </message>
    <message>
        <source>Delivery verification certificate agreed</source>
        <translation>已商定交付核查证书</translation>
    </message>
    <message>
        <source>On-site inspection agreed</source>
        <translation>已商定现场检查</translation>
    </message>
    <message>
        <source>Post-shipment cooperation agreed</source>
        <translation>已商定装运后合作</translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <source>Add document to %1</source>
        <translation>为 %1 添加文件</translation>
    </message>
    <message>
        <source>e.g. End-user certificate signed by the MoD</source>
        <translation>例如：国防部签署的最终用户证书</translation>
    </message>
    <message>
        <source>The document&apos;s own number, if any</source>
        <translation>文件本身的编号（如有）</translation>
    </message>
    <message>
        <source>Dated</source>
        <translation>注明日期</translation>
    </message>
    <message>
        <source>Where the file is kept (optional)</source>
        <translation>文件存放位置（可选）</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>种类：</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>标题：</translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation>文号：</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>Give the document a title.</source>
        <translation>请填写文件标题。</translation>
    </message>
    <message>
        <source>Choose the document&apos;s file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>EmbargoDataDialog</name>
    <message>
        <source>Embargo reference data</source>
        <extracomment>An update was loaded or the applied sets changed: reassessment lists refresh.</extracomment>
        <translation>禁运参考数据</translation>
    </message>
    <message>
        <source>The Article 6 screen checks every destination, end user, consignee and transit State against these sets, as at the decision date. UN Security Council embargoes (Article 6(1)) always apply. Regional and other sets (Article 6(2)) apply only if the obligation is your State&apos;s own: tick them to apply them.</source>
        <translation>第6条筛查以决定日期为准，将每个目的地、最终用户、收货人和过境国与这些数据集进行比对。联合国安全理事会禁运（第6条第1款）始终适用。区域性及其他数据集（第6条第2款）仅在该义务属于本国义务时适用：勾选即可适用。</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>已适用</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>数据集</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>法律依据</translation>
    </message>
    <message>
        <source>Verified as of</source>
        <translation>核实日期</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>条目数</translation>
    </message>
    <message>
        <source>&amp;Apply the ticked sets</source>
        <translation>适用所勾选的数据集(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Load updated embargo data from a file…</source>
        <translation>从文件载入更新的禁运数据(&amp;L)…</translation>
    </message>
    <message>
        <source>UN Security Council, Chapter VII (Art. 6(1))</source>
        <translation>联合国安全理事会，《联合国宪章》第七章（第6条第1款）</translation>
    </message>
    <message>
        <source>Other international obligation (Art. 6(2))</source>
        <translation>其他国际义务（第6条第2款）</translation>
    </message>
    <message>
        <source>UN embargoes always apply</source>
        <translation>联合国禁运始终适用</translation>
    </message>
    <message>
        <source>Apply this set</source>
        <translation>适用此数据集</translation>
    </message>
    <message>
        <source>loaded update</source>
        <translation>已载入的更新</translation>
    </message>
    <message>
        <source>shipped</source>
        <translation>随程序提供</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <source>The choice was not saved</source>
        <translation>选择未保存</translation>
    </message>
    <message>
        <source>Applied: %1</source>
        <translation>已适用：%1</translation>
    </message>
    <message>
        <source>Load embargo data</source>
        <translation>载入禁运数据</translation>
    </message>
    <message>
        <source>Embargo data (*.json);;All files (*)</source>
        <translation>禁运数据 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Nothing was loaded. %1</source>
        <translation>未载入任何内容。%1</translation>
    </message>
    <message>
        <source>The embargo file was not loaded</source>
        <translation>禁运文件未载入</translation>
    </message>
    <message>
        <source>Loaded %1, verified as of %2 (was %3): %4 added, %5 changed, %6 removed. Open the Article 7(7) reassessment to see the licences it concerns.</source>
        <translation>已载入%1，核实日期 %2（原为 %3）：新增 %4 项，变更 %5 项，删除 %6 项。请打开第7条第7款重新评估，查看受影响的许可证。</translation>
    </message>
    <message>
        <source>Load older embargo data</source>
        <translation>载入较旧的禁运数据</translation>
    </message>
    <message>
        <source>%1

To load it anyway, say why (for example: corrections to the entries).</source>
        <translation>%1

如仍要载入，请说明理由（例如：对条目的更正）。</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <source>Destination file: %1</source>
        <translation>目的地国档案：%1</translation>
    </message>
    <message>
        <source>What the material shows about the State, for the officers who come after</source>
        <translation>材料所显示的该国情况，供后续审查官员参考</translation>
    </message>
    <message>
        <source>Why the finding changes (a new report, the situation changed)</source>
        <translation>结论变更的原因（新的报告、情况发生变化）</translation>
    </message>
    <message>
        <source>Put the valid licences concerning this State up for reassessment (Article 7(7))</source>
        <translation>将涉及该国的有效许可证列入重新评估（第7条第7款）</translation>
    </message>
    <message>
        <source>&amp;Topic</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Assessed on</source>
        <translation>评估日期(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Finding</source>
        <translation>结论(&amp;F)</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>信息来源</translation>
    </message>
    <message>
        <source>&amp;Why it changes</source>
        <translation>变更原因(&amp;W)</translation>
    </message>
    <message>
        <source>Choose the kind of source for “%1”, or remove the row.</source>
        <translation>请为“%1”选择来源类型，或删除该行。</translation>
    </message>
</context>
<context>
    <name>ErrorSummary</name>
    <message>
        <source>Problems to correct</source>
        <translation>需要更正的问题</translation>
    </message>
    <message>
        <source>Not saved yet. Please correct this problem:</source>
        <translation>尚未保存。请更正以下问题：</translation>
    </message>
    <message>
        <source>Not saved yet. Please correct these %1 problems:</source>
        <translation>尚未保存。请更正以下 %1 个问题：</translation>
    </message>
    <message>
        <source>Go to this field</source>
        <translation>转到此字段</translation>
    </message>
</context>
<context>
    <name>EuReportDialog</name>
    <message>
        <source>EU annual report on arms exports</source>
        <translation>欧盟武器出口年度报告</translation>
    </message>
    <message>
        <source>&amp;Load a criteria set from a file…</source>
        <translation>从文件加载标准集(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>预览(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>年份(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Currency</source>
        <translation>货币(&amp;C)</translation>
    </message>
    <message>
        <source>Denial criteria set</source>
        <translation>拒绝标准集</translation>
    </message>
    <message>
        <source>Report lan&amp;guage</source>
        <translation>报告语言(&amp;G)</translation>
    </message>
    <message>
        <source>Exports</source>
        <translation>出口</translation>
    </message>
    <message>
        <source>Brokering</source>
        <translation>中介活动</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <source>&amp;Open the record to fix</source>
        <translation>打开待更正的记录(&amp;O)</translation>
    </message>
    <message>
        <source>Allow a &amp;draft despite errors</source>
        <translation>尽管有错误仍允许草稿(&amp;D)</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>导出 PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>Export &amp;XLSX…</source>
        <translation>导出 XLSX(&amp;X)…</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>导出 CSV(&amp;C)…</translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation>导出 JSON(&amp;J)…</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>目的地</translation>
    </message>
    <message>
        <source>ML category</source>
        <translation>ML 类别</translation>
    </message>
    <message>
        <source>Licences issued</source>
        <translation>已签发许可证</translation>
    </message>
    <message>
        <source>Value of licences</source>
        <translation>许可证价值</translation>
    </message>
    <message>
        <source>Actual exports</source>
        <translation>实际出口</translation>
    </message>
    <message>
        <source>Denials</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>Criteria cited (times)</source>
        <translation>援引的标准（次数）</translation>
    </message>
    <message>
        <source>(none: denials cite only the treaty&apos;s grounds)</source>
        <translation>（无：拒绝仅援引条约依据）</translation>
    </message>
    <message>
        <source>Load a denial criteria set</source>
        <translation>加载拒绝标准集</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <source>Criteria set %1 loaded.</source>
        <translation>已加载标准集 %1。</translation>
    </message>
    <message>
        <source>Give the report currency as a 3-letter ISO 4217 code.</source>
        <translation>请用 ISO 4217 三字母代码填写报告货币。</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) to fix before export.</source>
        <translation>
            <numerusform>导出前需更正 %n 个错误。</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready to export.</source>
        <translation>可以导出。</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>未分类</translation>
    </message>
    <message>
        <source>Export the EU report</source>
        <translation>导出欧盟报告</translation>
    </message>
</context>
<context>
    <name>EucChecksPanel</name>
    <message>
        <source>Number</source>
        <extracomment>A check was recorded: the case view shows the case again (its history changed).</extracomment>
        <translation>编号</translation>
    </message>
    <message>
        <source>Issued by, on</source>
        <translation>签发机关及日期</translation>
    </message>
    <message>
        <source>Contacted (who, how), on</source>
        <translation>联系对象、方式及日期</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>记录人</translation>
    </message>
    <message>
        <source>Record how the certificate was verified</source>
        <translation>记录证书核实情况</translation>
    </message>
    <message>
        <source>e.g. Col. Souza, MoD legal office, by telephone</source>
        <translation>例如：国防部法律办公室索萨上校，电话联系</translation>
    </message>
    <message>
        <source>&amp;Record the check</source>
        <translation>记录核实结果(&amp;R)</translation>
    </message>
    <message>
        <source>Certificate &amp;number</source>
        <translation>证书编号(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Issuing authority</source>
        <translation>签发机关(&amp;I)</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>签发日期</translation>
    </message>
    <message>
        <source>&amp;Contacted (who, how)</source>
        <translation>联系对象及方式(&amp;C)</translation>
    </message>
    <message>
        <source>Contacted on</source>
        <translation>联系日期</translation>
    </message>
    <message>
        <source>Res&amp;ult</source>
        <translation>结果(&amp;U)</translation>
    </message>
    <message>
        <source>End-user certificate</source>
        <translation>最终用户证书</translation>
    </message>
    <message>
        <source>End-user certificate (%1)</source>
        <translation>最终用户证书（%1）</translation>
    </message>
</context>
<context>
    <name>FieldMessages</name>
    <message>
        <source>quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>value</source>
        <translation>价值</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a %2</source>
        <translation>“%1”不是有效的%2</translation>
    </message>
    <message>
        <source>use a dot for decimals in the %1, not a comma</source>
        <translation>%1的小数请使用小数点，而不是逗号</translation>
    </message>
</context>
<context>
    <name>FindingEditor</name>
    <message>
        <source>Reasoning: what the information shows</source>
        <translation>理由：信息表明了什么</translation>
    </message>
    <message>
        <source>Risk before mitigation</source>
        <translation>缓解前风险</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>信息来源</translation>
    </message>
</context>
<context>
    <name>FirstAdminForm</name>
    <message>
        <source>Create the administrator</source>
        <translation>创建管理员</translation>
    </message>
    <message>
        <source>This database has no accounts yet. Create the administrator account: the administrator adds the officers, committee members, deciding authority and focal point, but cannot decide cases.</source>
        <translation>此数据库尚无账户。请创建管理员账户：管理员负责添加许可审查官员、委员会成员、决定机关和报告联络人，但不能对案件作出决定。</translation>
    </message>
    <message>
        <source>Create administrator</source>
        <translation>创建管理员</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>姓名(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>再次输入密码(&amp;R)：</translation>
    </message>
    <message>
        <source>Enter a user name and the administrator&apos;s full name.</source>
        <translation>请输入用户名和管理员姓名。</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>FollowUpVocabulary</name>
    <message>
        <source>Delivery verification certificate</source>
        <translation>交付核查证书</translation>
    </message>
    <message>
        <source>Verification visit</source>
        <translation>核查访问</translation>
    </message>
    <message>
        <source>End-use assurance</source>
        <translation>最终用途保证</translation>
    </message>
    <message>
        <source>Storage assurance</source>
        <translation>储存保证</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>待履行</translation>
    </message>
    <message>
        <source>Fulfilled</source>
        <translation>已履行</translation>
    </message>
    <message>
        <source>Waived</source>
        <translation>已免除</translation>
    </message>
    <message>
        <source>Satisfactory</source>
        <translation>满意</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>存在关切</translation>
    </message>
    <message>
        <source>BREACH FOUND</source>
        <translation>发现违规</translation>
    </message>
    <message>
        <source>After every shipment under every licence</source>
        <translation>每份许可证下的每次发运之后</translation>
    </message>
    <message>
        <source>When the licence&apos;s conditions or its assessment call for delivery verification</source>
        <translation>许可证条件或其评估要求交付核查时</translation>
    </message>
    <message>
        <source>Never automatically (added by hand)</source>
        <translation>从不自动添加（手动添加）</translation>
    </message>
    <message>
        <source>%1 for shipment %2</source>
        <translation>发运 %2 的%1</translation>
    </message>
    <message>
        <source>%1 for the shipment of %2</source>
        <translation>%2 发运的%1</translation>
    </message>
    <message>
        <source>Follow-up obligation added</source>
        <extracomment>The history&apos;s actions for obligations, in words.</extracomment>
        <translation>已添加后续义务</translation>
    </message>
    <message>
        <source>Verification visit planned</source>
        <translation>已计划核查访问</translation>
    </message>
    <message>
        <source>Delivery verification certificate received</source>
        <translation>已收到交付核查证书</translation>
    </message>
    <message>
        <source>Verification visit recorded</source>
        <translation>已记录核查访问</translation>
    </message>
    <message>
        <source>Assurance checked</source>
        <translation>已核查保证</translation>
    </message>
    <message>
        <source>Follow-up obligation waived</source>
        <translation>已免除后续义务</translation>
    </message>
    <message>
        <source>Licence %1: %2</source>
        <translation>许可证 %1：%2</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>截止日期 %1</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>于 %1</translation>
    </message>
</context>
<context>
    <name>FollowUpWindow</name>
    <message>
        <source>Licence follow-up</source>
        <extracomment>Rows per page.</extracomment>
        <translation>许可证后续跟踪</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>全部种类</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>&amp;Overdue only</source>
        <translation>仅显示逾期(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Due between</source>
        <translation>截止日期介于(&amp;D)</translation>
    </message>
    <message>
        <source>Part of the licence number</source>
        <translation>许可证编号的一部分</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>种类(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <source>Des&amp;tination:</source>
        <translation>目的地(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Licence:</source>
        <translation>许可证(&amp;L)：</translation>
    </message>
    <message>
        <source>and</source>
        <translation>至</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>上一页(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>下一页(&amp;N)</translation>
    </message>
    <message>
        <source>Certificate &amp;rules…</source>
        <translation>证书规则(&amp;R)…</translation>
    </message>
    <message>
        <source>When delivery verification certificates are owed, and how soon</source>
        <translation>何时须提交交付核查证书及提交期限</translation>
    </message>
    <message>
        <source>All destinations</source>
        <translation>全部目的地</translation>
    </message>
    <message>
        <source>No obligation matches these filters.</source>
        <translation>没有符合筛选条件的义务。</translation>
    </message>
    <message>
        <source>%1–%2 of %3 obligations</source>
        <translation>第 %1–%2 项，共 %3 项义务</translation>
    </message>
</context>
<context>
    <name>GbvConsultationBox</name>
    <message>
        <source>What should the gender adviser look at? e.g. the prevalence of conflict-related sexual violence by the receiving unit</source>
        <translation>请性别问题顾问审查哪些方面？例如：接收单位实施与冲突有关的性暴力的普遍程度</translation>
    </message>
    <message>
        <source>&amp;Ask the gender adviser</source>
        <translation>征询性别问题顾问(&amp;A)</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>征询对象</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Consultation of the gender adviser (Article 7(4))</source>
        <translation>征询性别问题顾问（第7条第4款）</translation>
    </message>
    <message>
        <source>Steps 1 and 2 are answered yes: serious GBV/VAWC is prevalent in the importing State. The authority asks the gender adviser, who may consult women&apos;s organisations and GBV experts, before the assessment is completed.</source>
        <translation>第1步和第2步均答“是”：进口国普遍存在严重的基于性别的暴力/暴力侵害妇女和儿童行为。完成评估前，主管机关须征询性别问题顾问；性别问题顾问可咨询妇女组织和基于性别的暴力问题专家。</translation>
    </message>
    <message>
        <source>The gender adviser has not been asked yet.</source>
        <translation>尚未征询性别问题顾问。</translation>
    </message>
    <message>
        <source>Any gender adviser</source>
        <translation>任一性别问题顾问</translation>
    </message>
    <message>
        <source>The gender adviser was not asked</source>
        <translation>未能征询性别问题顾问</translation>
    </message>
</context>
<context>
    <name>GbvFlowchart</name>
    <message>
        <source>Where the case stands: the highlighted step (you are here).</source>
        <extracomment>Fill, border and text colours per status. The legend&apos;s entries, in reading order. Step 4 when the engine found an overriding risk after mitigation: where the case stands. The outcome line under the chart: overriding (red) or not (green).</extracomment>
        <translation>本案所处位置：突出显示的步骤（当前位置）。</translation>
    </message>
    <message>
        <source>Outcome: an overriding risk remains after mitigation (step 4): Article 7(3) forbids authorising.</source>
        <translation>结果：考虑缓解措施后仍存在高于一切的风险（第4步）：第7条第3款禁止批准。</translation>
    </message>
    <message>
        <source>Outcome: no overriding risk of serious GBV/VAWC after mitigation.</source>
        <translation>结果：考虑缓解措施后，不存在严重的基于性别的暴力行为或严重的暴力侵害妇女和儿童行为的高于一切的风险。</translation>
    </message>
    <message>
        <source>then 5</source>
        <translation>接着第5步</translation>
    </message>
    <message>
        <source>4 last</source>
        <translation>最后第4步</translation>
    </message>
    <message>
        <source>%1 (you are here)</source>
        <translation>%1（当前位置）</translation>
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
        <translation>日期请按 YYYY-MM-DD 格式填写，例如 %1</translation>
    </message>
</context>
<context>
    <name>GbvPage</name>
    <message>
        <source>The flowchart numbers its steps 1 to 5 with mitigation last. Under Article 7(1)-(3), however, an overriding risk is determined only after mitigation has been considered (footnote 7 of the flowchart). The steps are therefore taken in the order 1, 2, 3, 5, 4: mitigation (step 5) before the overriding-risk determination (step 4). The numbers stay those of the published flowchart.</source>
        <translation>流程图将步骤编为1至5，缓解措施位于最后。但根据第7条第1至3款，只有在考虑缓解措施之后才能确定是否存在高于一切的风险（流程图脚注7）。因此步骤按1、2、3、5、4的顺序进行：先考虑缓解措施（第5步），再确定高于一切的风险（第4步）。步骤编号仍沿用已公布流程图的编号。</translation>
    </message>
    <message>
        <source>Step 1 — are there prevalent types of GBV / VAWC in the importing State?</source>
        <translation>第1步 — 进口国是否存在普遍的基于性别的暴力/暴力侵害妇女和儿童行为类型？</translation>
    </message>
    <message>
        <source>Separate with semicolons, e.g. conflict-related sexual violence; femicide</source>
        <translation>以分号分隔，例如：与冲突有关的性暴力; 杀害女性</translation>
    </message>
    <message>
        <source>Prevalent types</source>
        <translation>普遍类型</translation>
    </message>
    <message>
        <source>Step 2 — are these prevalent violations serious?</source>
        <translation>第2步 — 这些普遍存在的侵害行为是否严重？</translation>
    </message>
    <message>
        <source>Step 3 — does the importing State take effective preventive action?</source>
        <translation>第3步 — 进口国是否采取有效的预防行动？</translation>
    </message>
    <message>
        <source>Risk that the items would be used to commit or facilitate the GBV / VAWC identified (before mitigation)</source>
        <translation>物项被用于实施或便利实施所认定的基于性别的暴力/暴力侵害妇女和儿童行为的风险（缓解前）</translation>
    </message>
    <message>
        <source>Step 5 (taken before step 4) — does mitigation reliably reduce the risk?</source>
        <translation>第5步（先于第4步）— 缓解措施能否可靠地降低风险？</translation>
    </message>
    <message>
        <source>Record mitigation measures for 7(4)…</source>
        <translation>记录针对第7条第4款的缓解措施…</translation>
    </message>
    <message>
        <source>Measures are recorded on the Article 7(2) mitigation page: tick “7(4) GBV/VAWC” for each measure that addresses this risk.</source>
        <translation>缓解措施在第7条第2款缓解措施页面记录：针对此风险的每项措施请勾选“7(4) 基于性别的暴力/暴力侵害妇女和儿童行为”。</translation>
    </message>
    <message>
        <source>Step 4 (taken last) — is there an overriding risk after mitigation?</source>
        <translation>第4步（最后进行）— 缓解后是否存在高于一切的风险？</translation>
    </message>
    <message>
        <source>Explain the overriding-risk determination for the record</source>
        <translation>说明高于一切的风险的认定，以便记录在案</translation>
    </message>
    <message>
        <source>Mitigation was considered and no measure addresses this risk</source>
        <translation>已考虑缓解措施，没有针对该风险的措施</translation>
    </message>
    <message>
        <source>Save the page to see where the case stands.</source>
        <translation>保存本页以查看本案所处的位置。</translation>
    </message>
    <message>
        <source>The case stands at step %1: %2</source>
        <translation>本案处于第 %1 步：%2</translation>
    </message>
    <message>
        <source>Flowchart finished. Risk after mitigation: %1.</source>
        <translation>流程图已完成。缓解后风险：%1。</translation>
    </message>
    <message>
        <source>Evaluation order 1 → 2 → 3 → 5 → 4:</source>
        <translation>评估顺序 1 → 2 → 3 → 5 → 4：</translation>
    </message>
</context>
<context>
    <name>GbvStepText</name>
    <message>
        <source>Step 3: the importing State takes effective preventive action, weighed in step 4 (it does not lower the risk by itself).</source>
        <translation>第3步：进口国采取了有效预防行动，已在第4步中权衡（其本身不降低风险）。</translation>
    </message>
    <message>
        <source>Step 3: the importing State does not take effective preventive action, which weighs towards an overriding risk in step 4.</source>
        <translation>第3步：进口国未采取有效预防行动，这在第4步中倾向于认定存在高于一切的风险。</translation>
    </message>
    <message>
        <source>Not answered yet.</source>
        <translation>尚未回答。</translation>
    </message>
    <message>
        <source>Not reached yet.</source>
        <translation>尚未到达。</translation>
    </message>
    <message>
        <source>Not needed: the flowchart ended earlier.</source>
        <translation>无需进行：流程图已提前结束。</translation>
    </message>
    <message>
        <source>Record the risk before mitigation first.</source>
        <translation>请先记录缓解前的风险。</translation>
    </message>
    <message>
        <source>No prevalent GBV/VAWC identified.</source>
        <translation>未发现普遍存在的基于性别的暴力/暴力侵害妇女和儿童行为。</translation>
    </message>
    <message>
        <source>No prevalent GBV/VAWC: no 7(4) risk.</source>
        <translation>无普遍存在的基于性别的暴力/暴力侵害妇女和儿童行为：无第7条第4款风险。</translation>
    </message>
    <message>
        <source>The prevalent violations are not serious.</source>
        <translation>普遍存在的侵害行为不属严重。</translation>
    </message>
    <message>
        <source>The prevalent violations are serious.</source>
        <translation>普遍存在的侵害行为属严重。</translation>
    </message>
    <message>
        <source>Article 7(4) concerns serious acts; the prevalent violations are not serious.</source>
        <translation>第7条第4款涉及严重行为；普遍存在的侵害行为不属严重。</translation>
    </message>
    <message>
        <source>The importing State takes effective preventive action.</source>
        <translation>进口国正在采取有效的预防行动。</translation>
    </message>
    <message>
        <source>The importing State does not take effective preventive action.</source>
        <translation>进口国未采取有效的预防行动。</translation>
    </message>
    <message>
        <source>No mitigation measure addresses this risk.</source>
        <translation>没有针对该风险的缓解措施。</translation>
    </message>
    <message>
        <source>Consider mitigation: link a measure to this risk, or record that none addresses it.</source>
        <translation>请考虑缓解措施：将一项措施与该风险关联，或记录没有针对该风险的措施。</translation>
    </message>
    <message>
        <source>The flowchart is not finished.</source>
        <translation>流程图尚未完成。</translation>
    </message>
    <message>
        <source>After mitigation an overriding risk remains (Article 7(4), 7(3)).</source>
        <translation>考虑缓解措施后仍存在高于一切的风险（第7条第4款、第7条第3款）。</translation>
    </message>
    <message>
        <source>After mitigation no overriding risk remains (Article 7(4), 7(3)).</source>
        <translation>考虑缓解措施后不存在高于一切的风险（第7条第4款、第7条第3款）。</translation>
    </message>
    <message>
        <source>Prevalent: %1.</source>
        <translation>普遍存在：%1。</translation>
    </message>
    <message>
        <source>Reliably reduced by %1.</source>
        <translation>已由措施 %1 可靠地降低。</translation>
    </message>
    <message>
        <source>Measures %1 do not reliably reduce it.</source>
        <translation>措施 %1 不能可靠地降低该风险。</translation>
    </message>
    <message>
        <source>Risk %1 before mitigation; decide on the measures.</source>
        <translation>缓解前风险为%1；请判断各项措施。</translation>
    </message>
    <message>
        <source>Risk %1 before mitigation, %2 after: an overriding risk remains.</source>
        <translation>缓解前风险为%1，缓解后为%2：仍存在高于一切的风险。</translation>
    </message>
    <message>
        <source>Risk %1 before mitigation, %2 after: no overriding risk remains.</source>
        <translation>缓解前风险为%1，缓解后为%2：不存在高于一切的风险。</translation>
    </message>
</context>
<context>
    <name>GbvWords</name>
    <message>
        <source>Women&apos;s organisation</source>
        <translation>妇女组织</translation>
    </message>
    <message>
        <source>GBV expert</source>
        <translation>性别暴力问题专家</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Gender-based violence</source>
        <translation>基于性别的暴力</translation>
    </message>
    <message>
        <source>Arms Trade Treaty basics</source>
        <translation>《武器贸易条约》基础知识</translation>
    </message>
    <message>
        <source>Export control law</source>
        <translation>出口管制法</translation>
    </message>
    <message>
        <source>Authentic</source>
        <translation>真实</translation>
    </message>
    <message>
        <source>NOT authentic</source>
        <translation>不真实</translation>
    </message>
    <message>
        <source>No reply</source>
        <translation>未答复</translation>
    </message>
    <message>
        <source>any gender adviser</source>
        <translation>任一性别问题顾问</translation>
    </message>
    <message>
        <source>Asked by %1 on %2, of %3:</source>
        <translation>由 %1 于 %2 询问%3：</translation>
    </message>
    <message>
        <source>Awaiting the gender adviser&apos;s answer.</source>
        <translation>等待性别问题顾问答复。</translation>
    </message>
    <message>
        <source>Answered by %1 on %2:</source>
        <translation>由 %1 于 %2 答复：</translation>
    </message>
    <message>
        <source>Consulted: %1</source>
        <translation>已咨询：%1</translation>
    </message>
    <message>
        <source>EUC number %1 is also on case %2 (same end user)</source>
        <translation>最终用户证书编号 %1 也出现在案件 %2 中（相同最终用户）</translation>
    </message>
    <message>
        <source>EUC number %1 is also on case %2 (different end user)</source>
        <translation>最终用户证书编号 %1 也出现在案件 %2 中（不同最终用户）</translation>
    </message>
    <message>
        <source>EUC number %1: the issuing authority says the certificate is NOT authentic. Do not rely on it; consider the diversion risk and whether to deny.</source>
        <translation>最终用户证书编号 %1：签发机关称该证书不真实。请勿依赖该证书；请考虑转用风险以及是否予以拒绝。</translation>
    </message>
    <message>
        <source>EUC number %1: the issuing authority has not replied yet.</source>
        <translation>最终用户证书编号 %1：签发机关尚未答复。</translation>
    </message>
    <message>
        <source>Gender adviser asked (%1): %2</source>
        <translation>已询问性别问题顾问（%1）：%2</translation>
    </message>
    <message>
        <source>Gender adviser answered: %1</source>
        <translation>性别问题顾问已答复：%1</translation>
    </message>
    <message>
        <source>(consulted: %1)</source>
        <translation>（已咨询：%1）</translation>
    </message>
    <message>
        <source>End-user certificate %1 checked with %2: %3</source>
        <translation>最终用户证书 %1 已向%2核实：%3</translation>
    </message>
</context>
<context>
    <name>Guidance</name>
    <message>
        <source>Is any party or State under an arms embargo on the decision date?</source>
        <translation>在决定日期，是否有任何当事方或国家受到武器禁运？</translation>
    </message>
    <message>
        <source>Article 6(1): a UN Security Council Chapter VII embargo prohibits the transfer outright. The screen checks every destination, end user, consignee, broker and transit State, for all items including ammunition and parts (Articles 3 and 4).</source>
        <translation>第6条第1款：联合国安全理事会根据《联合国宪章》第七章实施的禁运直接禁止该转让。筛查涵盖每个目的地、最终用户、收货人、中介商和过境国，适用于包括弹药和零部件在内的所有物项（第3条和第4条）。</translation>
    </message>
    <message>
        <source>The application&apos;s parties and States; the embargo data&apos;s legal basis and dates; the UN Consolidated List for named persons.</source>
        <translation>申请中的当事方和国家；禁运数据的法律依据和日期；用于核对被列名个人的联合国安全理事会综合制裁名单。</translation>
    </message>
    <message>
        <source>Does this embargo match apply, and has any required approval or notification been made?</source>
        <translation>此项禁运匹配是否适用？是否已获得所需的批准或已作出所需的通知？</translation>
    </message>
    <message>
        <source>Some embargoes cover only part of a country, only non-State actors, or allow supplies with a sanctions committee&apos;s approval or notification. Approval must be obtained before authorising; without it the transfer stays prohibited.</source>
        <translation>有些禁运仅涵盖一国的部分地区或仅针对非国家行为体，或允许在获得制裁委员会批准或向其发出通知后供应。必须在批准转让之前获得该批准；未获批准，转让仍被禁止。</translation>
    </message>
    <message>
        <source>The resolution&apos;s text, the committee&apos;s exemption page, the committee&apos;s reply letter.</source>
        <translation>决议文本、委员会的豁免页面、委员会的答复函。</translation>
    </message>
    <message>
        <source>Would the transfer violate another international obligation of your State (6(2))?</source>
        <translation>该转让是否会违反本国的其他国际义务（第6条第2款）？</translation>
    </message>
    <message>
        <source>Regional embargoes (EU, OSCE, ECOWAS), the Firearms Protocol, mine or cluster munition bans and other treaties your State has joined are absolute too.</source>
        <translation>区域禁运（欧盟、欧安组织、西非经共体）、《枪支议定书》、禁止地雷或集束弹药的公约以及本国加入的其他条约同样具有绝对约束力。</translation>
    </message>
    <message>
        <source>Your State&apos;s treaty list and enabled regional embargo sets; legal adviser&apos;s opinion.</source>
        <translation>本国的条约清单和已启用的区域禁运数据集；法律顾问的意见。</translation>
    </message>
    <message>
        <source>Do you know the items would be used for genocide, crimes against humanity or war crimes?</source>
        <translation>您是否知道物项将被用于灭绝种族罪、危害人类罪或战争罪？</translation>
    </message>
    <message>
        <source>Article 6(3) is about knowledge at the time of authorisation, not mere risk: if the State knows, it must refuse. Risk short of knowledge is weighed under Article 7.</source>
        <translation>第6条第3款针对的是批准时的“知道”，而非单纯的风险：如果本国知道，就必须拒绝。未达到“知道”程度的风险在第7条下权衡。</translation>
    </message>
    <message>
        <source>Findings of UN investigative bodies and courts, credible reporting of ongoing crimes.</source>
        <translation>联合国调查机构和法院的调查结论，关于正在发生的罪行的可信报道。</translation>
    </message>
    <message>
        <source>Step 1: What types of GBV and violence against women and children are prevalent?</source>
        <translation>第1步：哪些类型的基于性别的暴力和暴力侵害妇女和儿童行为普遍存在？</translation>
    </message>
    <message>
        <source>Identify which forms are common in the importing State (e.g. conflict-related sexual violence, domestic violence, femicide) before asking how the items relate to them.</source>
        <translation>先确定进口国常见的形式（例如与冲突有关的性暴力、家庭暴力、杀害女性），再考虑物项与之有何关联。</translation>
    </message>
    <message>
        <source>UN and treaty-body reports (CEDAW, CRC), national statistics, women&apos;s organisations, consultation with GBV experts.</source>
        <translation>联合国和条约机构的报告（消除对妇女歧视委员会、儿童权利委员会）、国家统计数据、妇女组织、咨询基于性别的暴力问题专家。</translation>
    </message>
    <message>
        <source>Step 2: Are these prevalent violations &apos;serious&apos;?</source>
        <translation>第2步：这些普遍存在的侵害行为是否“严重”？</translation>
    </message>
    <message>
        <source>Article 7(4) speaks of serious acts: consider scale, gravity, whether systematic or tolerated, and whether security forces are involved.</source>
        <translation>第7条第4款所指为严重行为：考虑规模、严重程度、是否系统性或被容忍，以及是否涉及安全部队。</translation>
    </message>
    <message>
        <source>Commission of inquiry findings, Special Representative on Sexual Violence in Conflict.</source>
        <translation>调查委员会的调查结论，冲突中性暴力问题特别代表的报告。</translation>
    </message>
    <message>
        <source>Step 3: Does the importing State take effective preventive action?</source>
        <translation>第3步：进口国是否采取有效的预防行动？</translation>
    </message>
    <message>
        <source>Look at laws, prosecutions, protection services and vetting and training of forces, and whether they work in practice, not only on paper.</source>
        <translation>考察法律、起诉、保护服务以及对部队的审查和培训，并看它们在实践中是否有效，而不仅仅停留在纸面上。</translation>
    </message>
    <message>
        <source>Prosecution data, UN country reviews, NGO monitoring, the importer&apos;s own information.</source>
        <translation>起诉数据、联合国国别审议、非政府组织监测、进口方自身提供的信息。</translation>
    </message>
    <message>
        <source>How likely is it that these items would be used to commit or facilitate the GBV found?</source>
        <translation>这些物项被用于实施或便利实施所认定的基于性别的暴力的可能性有多大？</translation>
    </message>
    <message>
        <source>Judge the link between the items, the end user and the violations before mitigation: the type of items (e.g. small arms used in intimidation), and the end user&apos;s record.</source>
        <translation>在缓解前判断物项、最终用户与侵害行为之间的关联：物项类型（例如用于恐吓的小武器）以及最终用户的记录。</translation>
    </message>
    <message>
        <source>End-user record, item type and use, reports naming the unit or force concerned.</source>
        <translation>最终用户的记录、物项类型和用途、点名有关部队或单位的报告。</translation>
    </message>
    <message>
        <source>Step 5: Do mitigation measures reliably and significantly reduce the risk?</source>
        <translation>第5步：缓解措施能否可靠且显著地降低风险？</translation>
    </message>
    <message>
        <source>Taken before step 4 (footnote 7): the overriding-risk decision is made after mitigation. A measure counts only if it is credible and verifiable for this end user.</source>
        <translation>先于第4步进行（脚注7）：高于一切的风险的认定在考虑缓解措施之后作出。只有对该最终用户可信且可核实的措施才算数。</translation>
    </message>
    <message>
        <source>The measures proposed and the importer&apos;s track record of honouring similar commitments.</source>
        <translation>所提议的措施，以及进口方履行类似承诺的记录。</translation>
    </message>
    <message>
        <source>Step 4: Is there an overriding risk after mitigation?</source>
        <translation>第4步：缓解后是否存在高于一切的风险？</translation>
    </message>
    <message>
        <source>The application computes this from the risk before mitigation and step 5; explain the determination in your own words for the record.</source>
        <translation>本程序根据缓解前的风险和第5步计算得出；请用您自己的话说明这一认定，以便记录在案。</translation>
    </message>
    <message>
        <source>Your findings in steps 1-3 and 5.</source>
        <translation>您在第1至3步和第5步中的结论。</translation>
    </message>
    <message>
        <source>Are there diversion red flags?</source>
        <translation>是否存在转用危险信号？</translation>
    </message>
    <message>
        <source>Warning signs that the declared end user or end use may not be the real one.</source>
        <translation>表明所申报的最终用户或最终用途可能并非真实情况的警示迹象。</translation>
    </message>
    <message>
        <source>Routing, brokers&apos; registration, payment terms, the fit between items and the end user.</source>
        <translation>运输路线、中介商登记情况、付款条件、物项与最终用户是否相称。</translation>
    </message>
    <message>
        <source>Is there an authenticated end-user certificate with adequate assurances?</source>
        <translation>是否有经核实的最终用户证书以及充分的保证？</translation>
    </message>
    <message>
        <source>An EUC names the end user and end use; assurances can cover no re-export without consent and secure storage. Authenticate it with the issuing authority.</source>
        <translation>最终用户证书载明最终用户和最终用途；保证可包括未经同意不得再出口以及安全储存。请向签发机关核实证书真伪。</translation>
    </message>
    <message>
        <source>The EUC, its verification with the importing State, stockpile-security assurances.</source>
        <translation>最终用户证书、向进口国核实的情况、库存安全保证。</translation>
    </message>
    <message>
        <source>Are delivery verification or post-shipment checks agreed?</source>
        <translation>是否已商定交付核查或装运后检查？</translation>
    </message>
    <message>
        <source>Delivery verification certificates and on-site checks let you confirm the items reached the end user and remain there.</source>
        <translation>交付核查证书和现场检查可让您确认物项已到达最终用户并留存于该处。</translation>
    </message>
    <message>
        <source>The importer&apos;s agreement; past cooperation on verification.</source>
        <translation>进口方的同意；以往在核查方面的合作。</translation>
    </message>
    <message>
        <source>Which measures (Art. 7(2)) address which risks, and do they reliably reduce them?</source>
        <translation>哪些措施（第7条第2款）针对哪些风险？它们能否可靠地降低这些风险？</translation>
    </message>
    <message>
        <source>Confidence-building measures and jointly developed programmes can lower a risk. Link each measure to the risks it addresses; say honestly whether it works reliably.</source>
        <translation>建立信任措施和共同制定的方案可以降低风险。将每项措施与其针对的风险相关联；如实说明其是否可靠有效。</translation>
    </message>
    <message>
        <source>Draft agreements, the importer&apos;s record of compliance, verification arrangements.</source>
        <translation>协议草案、进口方的履约记录、核查安排。</translation>
    </message>
    <message>
        <source>Article 7(3): after mitigation, is there an overriding risk on any criterion?</source>
        <translation>第7条第3款：考虑缓解措施后，是否有任何一项标准存在高于一切的风险？</translation>
    </message>
    <message>
        <source>If so, the State shall not authorise. The application computes the recommendation from your findings and will not let a decision contradict it.</source>
        <translation>如有，本国不得批准。本程序根据您的结论计算建议，不允许作出与之相矛盾的决定。</translation>
    </message>
    <message>
        <source>All findings above.</source>
        <translation>以上所有结论。</translation>
    </message>
    <message>
        <source>Would the items contribute to or undermine peace and security?</source>
        <translation>物项会促进还是破坏和平与安全？</translation>
    </message>
    <message>
        <source>Weigh both sides: legitimate self-defence or peacekeeping needs against the risk of fuelling conflict, regional tension or an arms build-up.</source>
        <translation>权衡两方面：正当的自卫或维和需要，与加剧冲突、地区紧张或军备积累的风险。</translation>
    </message>
    <message>
        <source>UN Security Council reports, regional security analyses, embassy reporting, the importer&apos;s stated need (Art. 8(1) documents).</source>
        <translation>联合国安全理事会报告、地区安全分析、使馆报告、进口方声明的需求（第8条第1款文件）。</translation>
    </message>
    <message>
        <source>Could the items be used to commit or facilitate a serious violation of IHL?</source>
        <translation>物项是否可能被用于实施或便利严重违反国际人道主义法的行为？</translation>
    </message>
    <message>
        <source>Look at the end user&apos;s conduct in armed conflict: attacks on civilians, indiscriminate weapons use, and whether violations are investigated and punished.</source>
        <translation>考察最终用户在武装冲突中的行为：对平民的攻击、不分皂白地使用武器，以及违法行为是否得到调查和惩处。</translation>
    </message>
    <message>
        <source>UN commissions of inquiry, ICRC public statements, human-rights NGO and media reports.</source>
        <translation>联合国调查委员会、红十字国际委员会的公开声明、人权非政府组织和媒体报道。</translation>
    </message>
    <message>
        <source>Could the items be used to commit or facilitate a serious violation of human rights law?</source>
        <translation>物项是否可能被用于实施或便利严重违反国际人权法的行为？</translation>
    </message>
    <message>
        <source>Consider repression, torture, extrajudicial killings, excessive force by the end user; how closely the items fit such uses; and accountability.</source>
        <translation>考虑最终用户的镇压、酷刑、法外处决、过度使用武力；物项与此类用途的契合程度；以及问责情况。</translation>
    </message>
    <message>
        <source>UN human-rights mechanisms, treaty-body and special-rapporteur reports, NGO reports.</source>
        <translation>联合国人权机制、条约机构和特别报告员的报告、非政府组织报告。</translation>
    </message>
    <message>
        <source>Could the items be used in an offence under the terrorism conventions you are party to?</source>
        <translation>物项是否可能被用于本国加入的恐怖主义公约所列的罪行？</translation>
    </message>
    <message>
        <source>Consider links between the parties or the route and terrorist groups, and leakage risk.</source>
        <translation>考虑当事方或运输路线与恐怖团体之间的联系，以及流失风险。</translation>
    </message>
    <message>
        <source>Sanctions lists, intelligence, law-enforcement information, UN monitoring reports.</source>
        <translation>制裁名单、情报、执法信息、联合国监测报告。</translation>
    </message>
    <message>
        <source>Could the items be used in an offence under the organised-crime conventions?</source>
        <translation>物项是否可能被用于有组织犯罪公约所列的罪行？</translation>
    </message>
    <message>
        <source>Consider trafficking networks, corruption, and criminal access to the end user&apos;s stocks.</source>
        <translation>考虑贩运网络、腐败以及犯罪分子获取最终用户库存的可能。</translation>
    </message>
    <message>
        <source>UNODC reports, police and customs information, Firearms Protocol reporting.</source>
        <translation>联合国毒品和犯罪问题办公室报告、警察和海关信息、《枪支议定书》报告。</translation>
    </message>
    <message>
        <source>Could items leak during production, e.g. from an unlicensed or poorly secured plant?</source>
        <translation>物项是否可能在生产过程中流失，例如来自无许可证或安保不善的工厂？</translation>
    </message>
    <message>
        <source>Rate the diversion risk at this stage of the supply chain (Article 11).</source>
        <translation>评定供应链这一环节的转用风险（第11条）。</translation>
    </message>
    <message>
        <source>Manufacturer licence and security audits; industry due-diligence files.</source>
        <translation>制造商许可证和安全审计；企业尽职调查档案。</translation>
    </message>
    <message>
        <source>Could items go missing before shipment, at the warehouse or point of loading?</source>
        <translation>物项是否可能在装运前于仓库或装货地点丢失？</translation>
    </message>
    <message>
        <source>Freight forwarder details, packing lists, export-control inspections at loading.</source>
        <translation>货运代理详情、装箱单、装货时的出口管制检查。</translation>
    </message>
    <message>
        <source>Could items be diverted en route, before the authorised end user takes delivery?</source>
        <translation>物项是否可能在获授权的最终用户接收之前于途中被转用？</translation>
    </message>
    <message>
        <source>Routing and transit States, carriers, trans-shipment points, intermediate consignees.</source>
        <translation>运输路线和过境国、承运人、转运地点、中间收货人。</translation>
    </message>
    <message>
        <source>Could items be stolen, sold or lost from the recipient&apos;s stockpiles?</source>
        <translation>物项是否可能从接收方的库存中被盗、被出售或丢失？</translation>
    </message>
    <message>
        <source>Stockpile security assurances, past audits, UN or NGO reports on losses from stocks.</source>
        <translation>库存安全保证、以往审计、联合国或非政府组织关于库存流失的报告。</translation>
    </message>
    <message>
        <source>Could the end user pass the items on, or use them other than as declared?</source>
        <translation>最终用户是否可能转交物项，或将其用于申报用途以外的用途？</translation>
    </message>
    <message>
        <source>End-user certificate, the end user&apos;s record, re-export history, embassy reporting.</source>
        <translation>最终用户证书、最终用户的记录、再出口历史、使馆报告。</translation>
    </message>
    <message>
        <source>What happens when the items are retired: destroyed, stored, sold or re-exported?</source>
        <translation>物项退役时如何处理：销毁、储存、出售还是再出口？</translation>
    </message>
    <message>
        <source>Disposal commitments, destruction certificates, the importer&apos;s surplus policies.</source>
        <translation>处置承诺、销毁证书、进口方的剩余物资政策。</translation>
    </message>
</context>
<context>
    <name>GuidancePanel</name>
    <message>
        <source>Guidance</source>
        <extracomment>Dynamic property naming the guidance id of a question&apos;s widgets.</extracomment>
        <translation>指引</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>含义</translation>
    </message>
    <message>
        <source>Evidence that helps</source>
        <translation>有用的证据</translation>
    </message>
    <message>
        <source>Click into a question to see its guidance here.</source>
        <translation>点击某个问题，即可在此查看其指引。</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <source>User guide — %1</source>
        <extracomment>The section shown when nothing more specific is known.</extracomment>
        <translation>用户指南 — %1</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 后退(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Forward &gt;</source>
        <translation>前进(&amp;F) &gt;</translation>
    </message>
    <message>
        <source>Find in this chapter (Enter: next)</source>
        <translation>在本章中查找（Enter：下一个）</translation>
    </message>
    <message>
        <source>F&amp;ind:</source>
        <translation>查找(&amp;I)：</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>未找到</translation>
    </message>
</context>
<context>
    <name>ImportAuthorisationDialog</name>
    <message>
        <source>Imports: authorisations and actual imports</source>
        <translation>进口：进口许可与实际进口</translation>
    </message>
    <message>
        <source>Leave empty for the next IL/&lt;year&gt;/&lt;number&gt;</source>
        <translation>留空则使用下一个 IL/&lt;年份&gt;/&lt;编号&gt;</translation>
    </message>
    <message>
        <source>&amp;Record authorisation</source>
        <translation>登记许可(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Importer:</source>
        <translation>进口方(&amp;I)：</translation>
    </message>
    <message>
        <source>Importer&apos;s c&amp;ountry:</source>
        <translation>进口方所在国(&amp;O)：</translation>
    </message>
    <message>
        <source>E&amp;xporting State:</source>
        <translation>出口国(&amp;X)：</translation>
    </message>
    <message>
        <source>Importing S&amp;tate:</source>
        <translation>进口国(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;End user:</source>
        <translation>最终用户(&amp;E)：</translation>
    </message>
    <message>
        <source>End user t&amp;ype:</source>
        <translation>最终用户类型(&amp;Y)：</translation>
    </message>
    <message>
        <source>Issued o&amp;n:</source>
        <translation>签发日期(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Valid until:</source>
        <translation>有效期至(&amp;V)：</translation>
    </message>
    <message>
        <source>Authorisation n&amp;umber:</source>
        <translation>许可编号(&amp;U)：</translation>
    </message>
    <message>
        <source>End-user &amp;certificate:</source>
        <translation>最终用户证书(&amp;C)：</translation>
    </message>
    <message>
        <source>Record an &amp;actual import…</source>
        <translation>登记实际进口(&amp;A)…</translation>
    </message>
    <message>
        <source>Import authorisations (&amp;list):</source>
        <translation>进口许可列表(&amp;L)：</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>name the importer</source>
        <translation>请填写进口方名称</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>未保存任何内容。</translation>
    </message>
    <message>
        <source>Recorded import authorisation %1 (case %2).</source>
        <translation>已登记进口许可 %1（案件 %2）。</translation>
    </message>
    <message>
        <source>Nothing was saved. Fix:</source>
        <translation>未保存任何内容。请修正：</translation>
    </message>
    <message>
        <source>Choose an import authorisation in the list.</source>
        <translation>请在列表中选择一项进口许可。</translation>
    </message>
    <message>
        <source>Record an actual import</source>
        <translation>登记实际进口</translation>
    </message>
</context>
<context>
    <name>IncidentDialog</name>
    <message>
        <source>New diversion or breach incident</source>
        <translation>新建转用或违规事件</translation>
    </message>
    <message>
        <source>Incident %1</source>
        <translation>事件 %1</translation>
    </message>
    <message>
        <source>&amp;What happened</source>
        <translation>事件经过(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Licences and parties</source>
        <translation>许可证和当事方(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Items</source>
        <translation>物项(&amp;I)</translation>
    </message>
    <message>
        <source>Res&amp;ponses</source>
        <translation>应对措施(&amp;P)</translation>
    </message>
    <message>
        <source>States i&amp;nformed</source>
        <translation>已通报国家(&amp;N)</translation>
    </message>
    <message>
        <source>e.g. note verbale, seizure record</source>
        <translation>例如：普通照会、查扣记录</translation>
    </message>
    <message>
        <source>Kn&amp;own:</source>
        <translation>已知(&amp;O)：</translation>
    </message>
    <message>
        <source>Date l&amp;earned:</source>
        <translation>获悉日期(&amp;E)：</translation>
    </message>
    <message>
        <source>Add pa&amp;rty</source>
        <translation>添加当事方(&amp;R)</translation>
    </message>
    <message>
        <source>Add ite&amp;m</source>
        <translation>添加物项(&amp;M)</translation>
    </message>
    <message>
        <source>Remove respon&amp;se</source>
        <translation>移除应对措施(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>来源(&amp;S)：</translation>
    </message>
    <message>
        <source>Source &amp;reference:</source>
        <translation>来源编号(&amp;R)：</translation>
    </message>
    <message>
        <source>Date of the incident:</source>
        <translation>事件发生日期：</translation>
    </message>
    <message>
        <source>&amp;Country where it happened:</source>
        <translation>发生国(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>描述(&amp;D)：</translation>
    </message>
    <message>
        <source>Cannot search the licences</source>
        <translation>无法搜索许可证</translation>
    </message>
    <message>
        <source>Licence number, case reference or destination</source>
        <translation>许可证编号、案件编号或目的地</translation>
    </message>
    <message>
        <source>&amp;Add licence</source>
        <translation>添加许可证(&amp;A)</translation>
    </message>
    <message>
        <source>Remo&amp;ve licence</source>
        <translation>移除许可证(&amp;V)</translation>
    </message>
    <message>
        <source>Name (as the source gives it)</source>
        <translation>名称（按来源所载）</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Remove part&amp;y</source>
        <translation>移除当事方(&amp;Y)</translation>
    </message>
    <message>
        <source>Licences involved (by number):</source>
        <translation>涉及的许可证（按编号）：</translation>
    </message>
    <message>
        <source>Parties involved: valid licences of cases with a matching party (similar name, same country) are put up for reassessment too.</source>
        <translation>涉及的当事方：当事方与之匹配（名称相似、国家相同）的案件，其有效许可证也将列入重新评估。</translation>
    </message>
    <message>
        <source>Items involved</source>
        <translation>涉及的物项</translation>
    </message>
    <message>
        <source>ATT category (e.g. VIII.SA.4)</source>
        <translation>《武器贸易条约》类别（例如 VIII.SA.4）</translation>
    </message>
    <message>
        <source>Remove i&amp;tem</source>
        <translation>移除物项(&amp;T)</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>应对措施</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>许可证</translation>
    </message>
    <message>
        <source>Referred to (Art. 14)</source>
        <translation>移交对象（第14条）</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Add r&amp;esponse</source>
        <translation>添加应对措施(&amp;E)</translation>
    </message>
    <message>
        <source>State informed</source>
        <translation>被通报国</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>通报渠道</translation>
    </message>
    <message>
        <source>Add &amp;State</source>
        <translation>添加国家(&amp;S)</translation>
    </message>
    <message>
        <source>Remove St&amp;ate</source>
        <translation>移除国家(&amp;A)</translation>
    </message>
    <message>
        <source>Incident %1 (closed)</source>
        <translation>事件 %1（已结案）</translation>
    </message>
    <message>
        <source>This incident was closed on %1 and can no longer be edited. Record what has been learned since as a new incident.</source>
        <translation>本事件已于 %1 结案，不能再编辑。此后了解到的情况请作为新事件登记。</translation>
    </message>
    <message>
        <source>Verification visit (%1): </source>
        <translation>核查访问（%1）：</translation>
    </message>
    <message>
        <source>Change licence %1?</source>
        <translation>更改许可证 %1？</translation>
    </message>
    <message>
        <source>Saving will make licence %1 %2 at once (Article 7(7)); the licence&apos;s history keeps it. Say why to go ahead:</source>
        <translation>保存后将立即对许可证 %1 执行“%2”（第7条第7款），并记入许可证历史。如需继续，请说明理由：</translation>
    </message>
    <message>
        <source>Not saved. Please correct:</source>
        <translation>未保存。请更正：</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
</context>
<context>
    <name>Incidents</name>
    <message>
        <source>Diversion</source>
        <translation>转用</translation>
    </message>
    <message>
        <source>Suspected diversion</source>
        <translation>疑似转用</translation>
    </message>
    <message>
        <source>Unauthorised re-export</source>
        <translation>未经授权的再出口</translation>
    </message>
    <message>
        <source>End-use breach</source>
        <translation>违反最终用途</translation>
    </message>
    <message>
        <source>Breach of licence conditions</source>
        <translation>违反许可证条件</translation>
    </message>
    <message>
        <source>Other incident</source>
        <translation>其他事件</translation>
    </message>
    <message>
        <source>Customs seizure</source>
        <translation>海关查获</translation>
    </message>
    <message>
        <source>Intelligence</source>
        <translation>情报</translation>
    </message>
    <message>
        <source>Another State&apos;s notification (Art. 11(4)–(5))</source>
        <translation>他国通报（第11条第4款至第5款）</translation>
    </message>
    <message>
        <source>UN panel of experts report</source>
        <translation>联合国专家小组报告</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>媒体</translation>
    </message>
    <message>
        <source>Post-shipment verification</source>
        <translation>装运后核查</translation>
    </message>
    <message>
        <source>Other source</source>
        <translation>其他来源</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>尚未采取措施</translation>
    </message>
    <message>
        <source>Licence suspended</source>
        <translation>暂停许可证</translation>
    </message>
    <message>
        <source>Licence revoked</source>
        <translation>撤销许可证</translation>
    </message>
    <message>
        <source>Enforcement referral (Art. 14)</source>
        <translation>移交执法（第14条）</translation>
    </message>
    <message>
        <source>Information shared</source>
        <translation>共享信息</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未结案</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已结案</translation>
    </message>
    <message>
        <source>Incident %1: %2 in %3</source>
        <translation>事件 %1：%2，发生于%3</translation>
    </message>
    <message>
        <source>parties match: %1</source>
        <translation>当事方匹配：%1</translation>
    </message>
    <message>
        <source>concerns this case&apos;s licence</source>
        <translation>涉及本案许可证</translation>
    </message>
    <message>
        <source>same destination</source>
        <translation>相同目的地</translation>
    </message>
    <message>
        <source>learned on %1</source>
        <translation>获悉于 %1</translation>
    </message>
    <message>
        <source>licence %1</source>
        <translation>许可证 %1</translation>
    </message>
    <message>
        <source>Incident %1 (%2) concerns licence %3: to be reassessed (Art. 7(7))</source>
        <translation>事件 %1（%2）涉及许可证 %3：待重新评估（第7条第7款）</translation>
    </message>
    <message>
        <source>Incident %1 closed: %2</source>
        <translation>事件 %1 已结案：%2</translation>
    </message>
    <message>
        <source>Incident %1 updated: %2</source>
        <translation>事件 %1 已更新：%2</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>source reference</source>
        <translation>来源编号</translation>
    </message>
    <message>
        <source>date of the incident</source>
        <translation>事件发生日期</translation>
    </message>
    <message>
        <source>date learned</source>
        <translation>获悉日期</translation>
    </message>
    <message>
        <source>description</source>
        <translation>情况说明</translation>
    </message>
    <message>
        <source>country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>licences</source>
        <translation>许可证</translation>
    </message>
    <message>
        <source>parties</source>
        <translation>当事方</translation>
    </message>
    <message>
        <source>items</source>
        <translation>物项</translation>
    </message>
    <message>
        <source>responses</source>
        <translation>应对措施</translation>
    </message>
    <message>
        <source>States informed</source>
        <translation>已通报国家</translation>
    </message>
</context>
<context>
    <name>IncidentsCasePanel</name>
    <message>
        <source>Diversion and breach incidents involving this case&apos;s parties (similar names, same country), its destination or its licences. Weigh them in the assessment (Article 11).</source>
        <translation>涉及本案当事方（名称相似、国家相同）、目的地或许可证的转用和违规事件。请在评估中予以考虑（第11条）。</translation>
    </message>
    <message>
        <source>No incident concerns this case.</source>
        <translation>没有涉及本案的事件。</translation>
    </message>
    <message>
        <source>Incidents (%1)</source>
        <translation>事件（%1）</translation>
    </message>
</context>
<context>
    <name>IncidentsWindow</name>
    <message>
        <source>Diversion and breach incidents</source>
        <translation>转用和违规事件</translation>
    </message>
    <message>
        <source>Diversions and breaches learned of (Article 11(4)–(5)), how they were answered (Article 14) and which States were informed. Each puts the valid licences it touches up for reassessment (Article 7(7)).</source>
        <translation>所获悉的转用和违规行为（第11条第4款至第5款）、所采取的应对措施（第14条）以及已通报的国家。每一事件都会将其涉及的有效许可证列入重新评估（第7条第7款）。</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Learned</source>
        <translation>获悉日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Only a licensing officer, a committee member or the deciding authority records incidents.</source>
        <translation>只有许可审查官员、委员会成员或决定机关可以登记事件。</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未结案</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已结案</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Every kind</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>国家(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;New incident…</source>
        <translation>新建事件(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>C&amp;lose incident…</source>
        <translation>事件结案(&amp;L)…</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>许可证</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>To reassess</source>
        <translation>待重新评估</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Open the Article 7(7) &amp;reassessment…</source>
        <translation>打开第7条第7款重新评估(&amp;R)…</translation>
    </message>
    <message>
        <source>Licences this incident touches:</source>
        <translation>本事件涉及的许可证：</translation>
    </message>
    <message>
        <source>A closed incident can no longer be edited: record new facts as a new incident. Double-click it to read it.</source>
        <translation>已结案的事件不能再编辑：新的事实请作为新事件登记。双击即可查看。</translation>
    </message>
    <message>
        <source>No incident matches the filters.</source>
        <translation>没有符合筛选条件的事件。</translation>
    </message>
    <message>
        <source>named by the incident</source>
        <translation>事件中指明</translation>
    </message>
    <message>
        <source>party matches: %1</source>
        <translation>当事方匹配：%1</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <source>Happened on %1, learned on %2</source>
        <translation>发生于 %1，获悉于 %2</translation>
    </message>
    <message>
        <source>Parties: %1</source>
        <translation>当事方：%1</translation>
    </message>
    <message>
        <source>Items: %1</source>
        <translation>物项：%1</translation>
    </message>
    <message>
        <source>Informed %1 on %2 (%3)</source>
        <translation>已于 %2 通报 %1（%3）</translation>
    </message>
    <message>
        <source>Closed: %1</source>
        <translation>已结案：%1</translation>
    </message>
    <message>
        <source>Incident %1 recorded</source>
        <translation>事件 %1 已登记</translation>
    </message>
    <message>
        <source>These valid licences are now listed for Article 7(7) reassessment:
%1</source>
        <translation>以下有效许可证现已列入第7条第7款重新评估：
%1</translation>
    </message>
    <message>
        <source>No valid licence is touched by this incident.</source>
        <translation>本事件不涉及任何有效许可证。</translation>
    </message>
    <message>
        <source>Close incident %1</source>
        <translation>事件 %1 结案</translation>
    </message>
    <message>
        <source>How was it settled? Its licences stay listed for reassessment until each is reassessed.</source>
        <translation>事件如何处理了结？其涉及的许可证在逐一完成重新评估之前，仍列于重新评估清单中。</translation>
    </message>
    <message>
        <source>The incident was not closed</source>
        <translation>事件未能结案</translation>
    </message>
</context>
<context>
    <name>ItemCard</name>
    <message>
        <source>e.g. Assault rifle, 5.56 mm</source>
        <extracomment>Currencies offered first; any three-letter ISO 4217 code may be typed. Units offered; any other unit may be typed. A card&apos;s fields as typed, in a fixed order, for moving cards and noticing changes.</extracomment>
        <translation>例如：突击步枪，5.56 毫米</translation>
    </message>
    <message>
        <source>Manufacturer&apos;s model or type</source>
        <translation>制造商的型号或类型</translation>
    </message>
    <message>
        <source>e.g. 250</source>
        <translation>例如：250</translation>
    </message>
    <message>
        <source>e.g. 1250000.00</source>
        <translation>例如：1250000.00</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <source>Withhold from the published annual report</source>
        <translation>不列入公开的年度报告</translation>
    </message>
    <message>
        <source>Reason, e.g. commercially sensitive</source>
        <translation>原因，例如商业敏感</translation>
    </message>
    <message>
        <source>Optional, e.g. temporary export for demonstration, to be returned</source>
        <translation>可选，例如：临时出口用于演示，将予退回</translation>
    </message>
    <message>
        <source>Printed in the annual report&apos;s column “Comments on the transfer” for this item&apos;s row; never printed when the item is withheld.</source>
        <translation>打印在年度报告中本物项所在行的“关于转让的说明”栏；物项不列入报告时不打印。</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Remove item</source>
        <translation>删除物项</translation>
    </message>
    <message>
        <source>Description *</source>
        <translation>描述 *</translation>
    </message>
    <message>
        <source>Model / type</source>
        <translation>型号/类型</translation>
    </message>
    <message>
        <source>Control-list rating</source>
        <translation>管制清单编号</translation>
    </message>
    <message>
        <source>ATT category, or why it is not reportable *</source>
        <translation>《武器贸易条约》类别，或不需报告的原因 *</translation>
    </message>
    <message>
        <source>State of origin</source>
        <translation>原产国</translation>
    </message>
    <message>
        <source>Quantity *</source>
        <translation>数量 *</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>价值</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Comment for the annual report</source>
        <translation>年度报告说明</translation>
    </message>
    <message>
        <source>e.g. ML10.a</source>
        <translation>例如 ML10.a</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>请选择…</translation>
    </message>
    <message>
        <source>ATT categories (reported)</source>
        <translation>《武器贸易条约》类别（需报告）</translation>
    </message>
    <message>
        <source>Not reportable, because it is:</source>
        <translation>不需报告，因为属于：</translation>
    </message>
    <message>
        <source>Line item %1</source>
        <translation>物项 %1</translation>
    </message>
    <message>
        <source>%1 (not in the current list)</source>
        <translation>%1（不在当前列表中）</translation>
    </message>
    <message>
        <source>enter the quantity</source>
        <translation>请输入数量</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not in the list of countries; choose one from the list</source>
        <translation>“%1”不在国家列表中；请从列表中选择</translation>
    </message>
    <message>
        <source>Item %1: description</source>
        <translation>物项 %1：描述</translation>
    </message>
    <message>
        <source>Item %1: model / type</source>
        <translation>物项 %1：型号/类型</translation>
    </message>
    <message>
        <source>Item %1: control-list rating</source>
        <translation>物项 %1：管制清单编号</translation>
    </message>
    <message>
        <source>Item %1: ATT category</source>
        <translation>物项 %1：《武器贸易条约》类别</translation>
    </message>
    <message>
        <source>Item %1: State of origin</source>
        <translation>物项 %1：原产国</translation>
    </message>
    <message>
        <source>Item %1: quantity</source>
        <translation>物项 %1：数量</translation>
    </message>
    <message>
        <source>Item %1: unit</source>
        <translation>物项 %1：单位</translation>
    </message>
    <message>
        <source>Item %1: value</source>
        <translation>物项 %1：价值</translation>
    </message>
    <message>
        <source>Item %1: currency</source>
        <translation>物项 %1：币种</translation>
    </message>
    <message>
        <source>Item %1: reason for withholding</source>
        <translation>物项 %1：不列入报告的原因</translation>
    </message>
    <message>
        <source>Item %1: comment for the annual report</source>
        <translation>物项 %1：年度报告说明</translation>
    </message>
    <message>
        <source>Item %1</source>
        <translation>物项 %1</translation>
    </message>
</context>
<context>
    <name>ItemsEditor</name>
    <message>
        <source>Add line &amp;item</source>
        <translation>添加物项(&amp;I)</translation>
    </message>
    <message>
        <source>Give each item its ATT category, or say why it is not reportable (ammunition, parts and components, dual-use, national list only).</source>
        <translation>请为每个物项选择《武器贸易条约》类别，或说明其不需报告的原因（弹药、零部件、两用物项、仅列入国家管制清单）。</translation>
    </message>
    <message>
        <source>No line items yet. Press “Add line item”.</source>
        <translation>尚无物项。请按“添加物项”。</translation>
    </message>
    <message>
        <source>Line items</source>
        <translation>物项明细</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;New application…</source>
        <translation>新建申请(&amp;N)…</translation>
    </message>
    <message>
        <source>Register a new application (Ctrl+N)</source>
        <translation>登记一份新申请（Ctrl+N）</translation>
    </message>
    <message>
        <source>&amp;Open case…</source>
        <translation>打开案件(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a case by its reference (Ctrl+O)</source>
        <translation>按案件编号打开（Ctrl+O）</translation>
    </message>
    <message>
        <source>Open &amp;database…</source>
        <translation>打开数据库(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit case…</source>
        <translation>编辑案件(&amp;E)…</translation>
    </message>
    <message>
        <source>Add &amp;document…</source>
        <translation>添加文件(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Assess…</source>
        <translation>评估(&amp;A)…</translation>
    </message>
    <message>
        <source>Open the assessment of the selected case (Ctrl+Shift+A)</source>
        <translation>打开所选案件的评估（Ctrl+Shift+A）</translation>
    </message>
    <message>
        <source>Connect to a database &amp;server…</source>
        <translation>连接数据库服务器(&amp;S)…</translation>
    </message>
    <message>
        <source>Open a database file or a shared PostgreSQL server, after testing it</source>
        <translation>先测试连接，再打开数据库文件或共享的 PostgreSQL 服务器</translation>
    </message>
    <message>
        <source>Article 7(7) &amp;reassessment…</source>
        <translation>第7条第7款重新评估(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Embargo reference data…</source>
        <translation>禁运参考数据(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Denials notified by other States…</source>
        <translation>其他国家通报的拒绝(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Only the national focal point builds the national and Wassenaar reports.</source>
        <translation>只有国家联络点编制国家报告和瓦森纳安排报告。</translation>
    </message>
    <message>
        <source>&amp;Clear filters</source>
        <translation>清除筛选(&amp;C)</translation>
    </message>
    <message>
        <source>Licence &amp;follow-up…</source>
        <translation>许可证后续跟踪(&amp;F)…</translation>
    </message>
    <message>
        <source>Delivery verification certificates, verification visits and assurances of every licence (Ctrl+Shift+U)</source>
        <translation>各许可证的交付核查证书、核查访问和保证（Ctrl+Shift+U）</translation>
    </message>
    <message>
        <source>&amp;UN sanctions list and hits…</source>
        <translation>联合国制裁名单及命中(&amp;U)…</translation>
    </message>
    <message>
        <source>Destination &amp;files…</source>
        <translation>目的地国档案(&amp;F)…</translation>
    </message>
    <message>
        <source>Diversion and breach &amp;incidents…</source>
        <translation>转用和违规事件(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Wassenaar Arrangement report…</source>
        <translation>瓦森纳安排报告(&amp;W)…</translation>
    </message>
    <message>
        <source>&amp;EU annual report on arms exports…</source>
        <translation>欧盟武器出口年度报告(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Authority…</source>
        <translation>主管机关(&amp;A)…</translation>
    </message>
    <message>
        <source>The authority&apos;s name, letterhead and signatory on every document</source>
        <translation>每份文件上的主管机关名称、信头和签署人</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>用户指南(&amp;U)</translation>
    </message>
    <message>
        <source>The user guide, at the section for where you are (F1)</source>
        <translation>用户指南，打开当前所在位置对应的章节（F1）</translation>
    </message>
    <message>
        <source>&amp;About %1</source>
        <translation>关于 %1(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>案件(&amp;C)</translation>
    </message>
    <message>
        <source>Assessmen&amp;t</source>
        <translation>评估(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>报告(&amp;R)</translation>
    </message>
    <message>
        <source>C&amp;omplete assessment</source>
        <translation>完成评估(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Submit to the committee…</source>
        <translation>提交委员会(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Annual report…</source>
        <translation>年度报告(&amp;A)…</translation>
    </message>
    <message>
        <source>Na&amp;tional report on licence decisions…</source>
        <translation>关于许可决定的国家报告(&amp;T)…</translation>
    </message>
    <message>
        <source>U&amp;N Register of Conventional Arms report…</source>
        <translation>联合国常规武器登记册报告(&amp;N)…</translation>
    </message>
    <message>
        <source>Reporting &amp;calendar…</source>
        <translation>报告日程(&amp;C)…</translation>
    </message>
    <message>
        <source>Record a &amp;shipment…</source>
        <translation>登记发运(&amp;S)…</translation>
    </message>
    <message>
        <source>Import shipments from a c&amp;ustoms file…</source>
        <translation>从海关文件导入发运记录(&amp;U)…</translation>
    </message>
    <message>
        <source>&amp;Imports: authorisations and actual imports…</source>
        <translation>进口：进口许可与实际进口(&amp;I)…</translation>
    </message>
    <message>
        <source>Only the national focal point builds the annual report.</source>
        <extracomment>The window attribute that holds it (``window.action_new``). Dotted path from the window to a callable taking no argument, looked up when triggered (``&quot;committee.open_sessions&quot;``, ``&quot;sessions.switch_user&quot;``). Offered to whoever holds any one of these permissions; () offers it to everyone. The tooltip of a greyed-out action: who may use it. Hidden (rather than greyed out) from those who are not offered it. Shown only once a sign-in is installed (the account actions). Enabled only while someone is signed in (not while the workstation is locked). The translation context holding ``text`` and ``tooltip``. Window attribute: a mapping of its actions, in order. A separator line in a menu or the toolbar. The window attribute that holds the menu, if the window needs it.</extracomment>
        <translation>只有报告联络人编制年度报告。</translation>
    </message>
    <message>
        <source>Only a licensing officer or the national focal point records shipments and imports.</source>
        <translation>只有许可审查官员或报告联络人登记发运和进口。</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <extracomment>Builds the assessment wizard for one case: (db, case id, language, parent, prompter, actor). Tests pass their own, with scripted answers to the wizard&apos;s questions. Emitted after the register was re-queried (tests wait on it). The database, paths, settings, signed-in person, language and prompter. Open assessment wizards by case id: one per case, non-modal. Sign-in, switch user and the idle lock (the application installs them). Help → User guide and F1 (ui/help.py).</extracomment>
        <translation>主工具栏</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n 个案件</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot open the case</source>
        <translation>无法打开案件</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>打开案件</translation>
    </message>
    <message>
        <source>Case reference (for example EXP/2026/00042):</source>
        <translation>案件编号（例如 EXP/2026/00042）：</translation>
    </message>
    <message>
        <source>Case not found</source>
        <translation>未找到案件</translation>
    </message>
    <message>
        <source>Assessment open</source>
        <translation>评估已打开</translation>
    </message>
    <message>
        <source>The assessment of %1 is open. Save and close it before you edit the application, then open the assessment again.</source>
        <translation>%1 的评估已打开。请先保存并关闭评估，再编辑申请，然后重新打开评估。</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>无法使用</translation>
    </message>
    <message>
        <source>The application form could not be loaded: %1</source>
        <translation>无法加载申请表：%1</translation>
    </message>
    <message>
        <source>Cannot open the assessment</source>
        <translation>无法打开评估</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <source>ATT Desktop databases (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>ATT Desktop 数据库 (*.sqlite3 *.sqlite *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <source>Database upgraded</source>
        <translation>数据库已升级</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>正在打开 %1…</translation>
    </message>
    <message>
        <source>Opening the database</source>
        <translation>正在打开数据库</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>The language was changed to %1. It applies the next time you start %2.</source>
        <translation>界面语言已改为%1，将在下次启动 %2 时生效。</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>设置未保存</translation>
    </message>
    <message>
        <source>Your settings could not be saved: %1</source>
        <translation>无法保存设置：%1</translation>
    </message>
</context>
<context>
    <name>MandateDialog</name>
    <message>
        <source>Mandate of %1</source>
        <translation>%1 的职责</translation>
    </message>
    <message>
        <source>Phone, e-mail</source>
        <translation>电话、电子邮件</translation>
    </message>
    <message>
        <source>One question per line</source>
        <translation>每行一个问题</translation>
    </message>
    <message>
        <source>&amp;Mandate:</source>
        <translation>职责(&amp;M)：</translation>
    </message>
    <message>
        <source>Contact &amp;person:</source>
        <translation>联系人(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation>联系方式(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Questions it answers:</source>
        <translation>负责答复的问题(&amp;Q)：</translation>
    </message>
</context>
<context>
    <name>MatchCard</name>
    <message>
        <source>Party screened</source>
        <extracomment>The follow-ups an officer can record, per effect the screen could not settle alone. The follow-ups that need the committee&apos;s evidence (reference, date) to clear a match. Runs the service&apos;s screen as at a date and merges it into the given answers.</extracomment>
        <translation>受筛查方</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>法律依据</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>in force</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>效力</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Why: the committee&apos;s reply, the end use, the region…</source>
        <translation>原因：委员会的答复、最终用途、地区…</translation>
    </message>
    <message>
        <source>Officer&apos;s confirmation</source>
        <translation>审查官员确认</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>The sanctions committee&apos;s reference, e.g. S/AC.47/2026/OC.3</source>
        <translation>制裁委员会的编号，例如 S/AC.47/2026/OC.3</translation>
    </message>
    <message>
        <source>not stated in the embargo entry: record when no objection had been received</source>
        <translation>禁运条目未作规定：请记录截至何日未收到反对意见</translation>
    </message>
    <message>
        <source>%1 day(s) after the notification</source>
        <translation>通知后 %1 天</translation>
    </message>
    <message>
        <source>Committee reference</source>
        <translation>委员会编号</translation>
    </message>
    <message>
        <source>Date of approval or notification</source>
        <translation>批准或通知日期</translation>
    </message>
    <message>
        <source>Waiting period</source>
        <translation>等待期</translation>
    </message>
    <message>
        <source>No objection received by</source>
        <translation>截至以下日期未收到反对</translation>
    </message>
</context>
<context>
    <name>MeasureCard</name>
    <message>
        <source>Measure %1</source>
        <translation>措施 %1</translation>
    </message>
    <message>
        <source>What is agreed, with whom, and how it is verified</source>
        <translation>商定了什么、与谁商定、如何核实</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Why it does or does not reduce this risk</source>
        <translation>为何能或不能降低</translation>
    </message>
    <message>
        <source>Why a measure of this kind can address this risk (authority policy)</source>
        <translation>此类措施为何能够应对该风险（主管机关政策）</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>风险</translation>
    </message>
    <message>
        <source>Reliably reduces this risk?</source>
        <translation>能否可靠地降低此风险？</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>How the measure works and is verified</source>
        <translation>措施如何发挥作用、如何核实</translation>
    </message>
    <message>
        <source>Remove this measure</source>
        <translation>删除此措施</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Risks addressed, judged one by one</source>
        <translation>所应对的风险（逐项判断）</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>A measure of this kind is not one the treaty names against this risk (Article 7(2), 11(2)). Your authority allows it to count on your stated reason: give it below.</source>
        <translation>条约并未将此类措施列为针对该风险的措施（第7条第2款、第11条第2款）。本主管机关允许在您说明理由后将其计入：请在下方填写。</translation>
    </message>
    <message>
        <source>A measure of this kind cannot lower this risk (Article 7(2), 11(2)): it will not be counted.</source>
        <translation>此类措施不能降低该风险（第7条第2款、第11条第2款）：将不予计入。</translation>
    </message>
    <message>
        <source>Carried over from one judgement for the whole measure: confirm it for this risk.</source>
        <translation>沿用了对整项措施的单一判断：请针对此风险予以确认。</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>信息来源</translation>
    </message>
</context>
<context>
    <name>MissingAnswers</name>
    <message>
        <source>Article 6(1) embargo screen</source>
        <extracomment>The domain catalogue&apos;s English words, marked for lupdate (a test checks they agree).</extracomment>
        <translation>第6条第1款 禁运筛查</translation>
    </message>
    <message>
        <source>Article 6(2) other international obligations</source>
        <translation>第6条第2款 其他国际义务</translation>
    </message>
    <message>
        <source>Article 6(3) knowledge of atrocity crimes</source>
        <translation>第6条第3款 知道暴行罪</translation>
    </message>
    <message>
        <source>Article 6(1) embargo {name}</source>
        <translation>第6条第1款 禁运：{name}</translation>
    </message>
    <message>
        <source>Article 7(1)(a) peace and security</source>
        <translation>第7条第1款(a)项 和平与安全</translation>
    </message>
    <message>
        <source>Article 7(1)(b)(i) international humanitarian law</source>
        <translation>第7条第1款(b)项(i)目 国际人道主义法</translation>
    </message>
    <message>
        <source>Article 7(1)(b)(ii) international human rights law</source>
        <translation>第7条第1款(b)项(ii)目 国际人权法</translation>
    </message>
    <message>
        <source>Article 7(1)(b)(iii) terrorism</source>
        <translation>第7条第1款(b)项(iii)目 恐怖主义</translation>
    </message>
    <message>
        <source>Article 7(1)(b)(iv) transnational organised crime</source>
        <translation>第7条第1款(b)项(iv)目 跨国有组织犯罪</translation>
    </message>
    <message>
        <source>GBV flowchart step 1, prevalent GBV/VAWC</source>
        <translation>基于性别的暴力流程图第1步：普遍存在的基于性别的暴力/暴力侵害妇女和儿童行为</translation>
    </message>
    <message>
        <source>GBV flowchart step 2, seriousness</source>
        <translation>基于性别的暴力流程图第2步：严重程度</translation>
    </message>
    <message>
        <source>GBV flowchart step 3, preventive action</source>
        <translation>基于性别的暴力流程图第3步：预防行动</translation>
    </message>
    <message>
        <source>GBV flowchart, risk before mitigation</source>
        <translation>基于性别的暴力流程图：缓解前的风险</translation>
    </message>
    <message>
        <source>GBV flowchart step 5, mitigation</source>
        <translation>基于性别的暴力流程图第5步：缓解措施</translation>
    </message>
    <message>
        <source>GBV flowchart step 4, overriding risk</source>
        <translation>基于性别的暴力流程图第4步：高于一切的风险</translation>
    </message>
    <message>
        <source>Article 11 diversion, manufacture</source>
        <translation>第11条 转用：制造</translation>
    </message>
    <message>
        <source>Article 11 diversion, before transfer</source>
        <translation>第11条 转用：转让前</translation>
    </message>
    <message>
        <source>Article 11 diversion, in transit</source>
        <translation>第11条 转用：运输途中</translation>
    </message>
    <message>
        <source>Article 11 diversion, post-delivery storage</source>
        <translation>第11条 转用：交付后储存</translation>
    </message>
    <message>
        <source>Article 11 diversion, end use</source>
        <translation>第11条 转用：最终使用</translation>
    </message>
    <message>
        <source>Article 11 diversion, disposal</source>
        <translation>第11条 转用：处置</translation>
    </message>
    <message>
        <source>Red flag: unusual routing</source>
        <translation>危险信号：异常路线</translation>
    </message>
    <message>
        <source>Red flag: unknown broker</source>
        <translation>危险信号：身份不明的中介商</translation>
    </message>
    <message>
        <source>Red flag: items do not match the end user&apos;s needs</source>
        <translation>危险信号：物项与最终用户需求不符</translation>
    </message>
    <message>
        <source>Red flag: vague end-use information</source>
        <translation>危险信号：最终用途信息含糊</translation>
    </message>
    <message>
        <source>Red flag: unusual payment terms</source>
        <translation>危险信号：异常付款条件</translation>
    </message>
    <message>
        <source>Red flag: past diversion</source>
        <translation>危险信号：既往转用</translation>
    </message>
    <message>
        <source>Red flag: weak stockpile security</source>
        <translation>危险信号：库存安全薄弱</translation>
    </message>
    <message>
        <source>Red flag: other</source>
        <translation>危险信号：其他</translation>
    </message>
    <message>
        <source>Article 11 end-user certificate</source>
        <translation>第11条 最终用户证书</translation>
    </message>
    <message>
        <source>Mitigation measure {name}</source>
        <translation>缓解措施 {name}</translation>
    </message>
    <message>
        <source>run the screen as at the decision date</source>
        <translation>以决定日期为准运行筛查</translation>
    </message>
    <message>
        <source>the answer</source>
        <translation>回答</translation>
    </message>
    <message>
        <source>reasoning for the answer</source>
        <translation>回答的理由</translation>
    </message>
    <message>
        <source>reasoning and at least one source</source>
        <translation>理由及至少一项信息来源</translation>
    </message>
    <message>
        <source>the prevalent types identified</source>
        <translation>认定的普遍类型</translation>
    </message>
    <message>
        <source>risk level before mitigation</source>
        <translation>缓解前的风险等级</translation>
    </message>
    <message>
        <source>reasoning for the finding</source>
        <translation>结论的理由</translation>
    </message>
    <message>
        <source>sources for the finding</source>
        <translation>结论的信息来源</translation>
    </message>
    <message>
        <source>confirm whether it applies</source>
        <translation>确认是否适用</translation>
    </message>
    <message>
        <source>why it does not apply</source>
        <translation>不适用的原因</translation>
    </message>
    <message>
        <source>whether the linked measures reliably reduce the risk</source>
        <translation>所关联的措施能否可靠地降低风险</translation>
    </message>
    <message>
        <source>reasoning for the overriding-risk determination</source>
        <translation>关于高于一切的风险的认定理由</translation>
    </message>
    <message>
        <source>whether it is present</source>
        <translation>是否存在</translation>
    </message>
    <message>
        <source>whether it was received</source>
        <translation>是否已收到</translation>
    </message>
    <message>
        <source>the risks it addresses</source>
        <translation>其所应对的风险</translation>
    </message>
    <message>
        <source>whether it reliably reduces the risk</source>
        <translation>能否可靠地降低风险</translation>
    </message>
    <message>
        <source>a measure with the same number</source>
        <translation>编号相同的措施</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>Wizard step index of each catalogue page (the wizard&apos;s ARTICLE6 … MITIGATION).</extracomment>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>MissingList</name>
    <message>
        <source>Still missing before this assessment can be completed:</source>
        <extracomment>The target of the link followed: a ``MissingAnswer`` or the widget to go to.</extracomment>
        <translation>完成此评估前仍缺少：</translation>
    </message>
    <message>
        <source>Go to this question</source>
        <translation>前往此问题</translation>
    </message>
</context>
<context>
    <name>MitigationPage</name>
    <message>
        <source>Consider measures that could mitigate the risks found (Article 7(2)): confidence-building measures, programmes jointly developed and agreed with the importing State, end-use assurances, re-export clauses, delivery verification. Link each measure to the risks it addresses and judge each risk on its own: does it reliably reduce this risk, and why? A measure judged unreliable changes nothing, and only the kinds the treaty names against a risk can lower it: 7(2) confidence-building measures and joint programmes for any risk, Article 11(2) assurances and verification for diversion.</source>
        <translation>考虑可以缓解所发现风险的措施（第7条第2款）：建立信任措施、与进口国共同制定并商定的方案、最终用途保证、再出口条款、交付核查。将每项措施与其所应对的风险相关联，并逐项判断每一风险：该措施能否可靠地降低此风险？理由为何？被判断为不可靠的措施不改变任何结论，且只有条约针对某项风险列明的措施类型才能降低该风险：第7条第2款的建立信任措施和共同方案可应对任何风险，第11条第2款的保证和核查可应对转用风险。</translation>
    </message>
    <message>
        <source>Add a measure</source>
        <translation>添加措施</translation>
    </message>
    <message>
        <source>Not offered: Article 6 prohibits this transfer (%1), and no mitigation measure can lift an Article 6 prohibition. Measures recorded here are not considered.</source>
        <translation>不提供：第6条禁止本次转让（%1），任何缓解措施都不能解除第6条的禁止。此处记录的措施不予考虑。</translation>
    </message>
</context>
<context>
    <name>MyWorkDock</name>
    <message>
        <source>My work</source>
        <extracomment>A report&apos;s item (application id 0): open that year&apos;s report submission.</extracomment>
        <translation>我的工作</translation>
    </message>
    <message>
        <source>Sign in to see the cases waiting for you.</source>
        <translation>登录以查看等待您处理的案件。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n case(s) waiting</source>
        <translation>
            <numerusform>%1：%n 件案件待处理</numerusform>
        </translation>
    </message>
    <message>
        <source>(due %1)</source>
        <translation>（截止日期 %1）</translation>
    </message>
</context>
<context>
    <name>NationalReportDialog</name>
    <message>
        <source>National report on licence decisions</source>
        <translation>关于许可决定的国家报告</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>&amp;Rows:</source>
        <translation>行(&amp;R)：</translation>
    </message>
    <message>
        <source>P&amp;eriod:</source>
        <translation>期间(&amp;E)：</translation>
    </message>
    <message>
        <source>Colu&amp;mns:</source>
        <translation>列(&amp;M)：</translation>
    </message>
    <message>
        <source>Report c&amp;urrency:</source>
        <translation>报告货币(&amp;U)：</translation>
    </message>
    <message>
        <source>Document &amp;language:</source>
        <translation>文件语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>目的地</translation>
    </message>
    <message>
        <source>Control-list rating</source>
        <translation>管制清单编号</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>标准</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>期间的结束日期早于开始日期。</translation>
    </message>
    <message>
        <source>Choose at least one dimension for the rows.</source>
        <translation>请至少为行选择一个维度。</translation>
    </message>
    <message>
        <source>A dimension cannot be both a row and a column.</source>
        <translation>同一维度不能既作行又作列。</translation>
    </message>
    <message>
        <source>Give the report currency as a 3-letter ISO 4217 code.</source>
        <translation>请用 ISO 4217 三字母代码填写报告货币。</translation>
    </message>
    <message>
        <source>%1: count</source>
        <translation>%1：数目</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>数目</translation>
    </message>
    <message>
        <source>%1: value</source>
        <translation>%1：价值</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>价值</translation>
    </message>
    <message>
        <source>Total: count</source>
        <translation>合计：数目</translation>
    </message>
    <message>
        <source>Total: value</source>
        <translation>合计：价值</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Nil report: no licence decisions in the period.</source>
        <translation>零报告：本期间无许可决定。</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>Write a note; @username puts the case in that colleague&apos;s work queue</source>
        <extracomment>The database and the person acting, read when a button is pressed.</extracomment>
        <translation>撰写备注；@用户名 会将本案放入该同事的工作队列</translation>
    </message>
    <message>
        <source>&amp;Add note</source>
        <translation>添加备注(&amp;A)</translation>
    </message>
    <message>
        <source>Add the note (Ctrl+Return)</source>
        <translation>添加备注（Ctrl+Return）</translation>
    </message>
    <message>
        <source>&amp;Reassign case…</source>
        <translation>重新分派案件(&amp;R)…</translation>
    </message>
    <message>
        <source>Not assigned to anyone.</source>
        <translation>未分派给任何人。</translation>
    </message>
    <message>
        <source>Assigned to %1.</source>
        <translation>已分派给 %1。</translation>
    </message>
</context>
<context>
    <name>ObligationDialog</name>
    <message>
        <source>Licence %1 (%2): %3, due %4</source>
        <translation>许可证 %1（%2）：%3，截止日期 %4</translation>
    </message>
    <message>
        <source>Recei&amp;ved on:</source>
        <translation>收到日期(&amp;V)：</translation>
    </message>
    <message>
        <source>Certificate &amp;reference:</source>
        <translation>证书编号(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Visited on:</source>
        <translation>访问日期(&amp;V)：</translation>
    </message>
    <message>
        <source>Visited &amp;by:</source>
        <translation>访问人员(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>结果(&amp;O)：</translation>
    </message>
    <message>
        <source>What was &amp;found:</source>
        <translation>发现情况(&amp;F)：</translation>
    </message>
    <message>
        <source>Report &amp;reference:</source>
        <translation>报告编号(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Checked on:</source>
        <translation>核查日期(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Evidence (reference):</source>
        <translation>证据（编号）(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Why is it waived?</source>
        <translation>为何免除(&amp;W)？</translation>
    </message>
    <message>
        <source>&amp;Licence:</source>
        <translation>许可证(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Due (or planned) on:</source>
        <translation>截止（或计划）日期(&amp;D)：</translation>
    </message>
    <message>
        <source>What to &amp;check:</source>
        <translation>核查内容(&amp;C)：</translation>
    </message>
    <message>
        <source>Who is to &amp;visit:</source>
        <translation>拟访问人员(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Where:</source>
        <translation>地点(&amp;W)：</translation>
    </message>
    <message>
        <source>Delivery verification certificate received</source>
        <translation>收到交付核查证书</translation>
    </message>
    <message>
        <source>Verification visit: result</source>
        <translation>核查访问：结果</translation>
    </message>
    <message>
        <source>Assurance checked</source>
        <translation>核查保证</translation>
    </message>
    <message>
        <source>Waive a follow-up obligation</source>
        <translation>免除后续义务</translation>
    </message>
    <message>
        <source>Add a follow-up obligation</source>
        <translation>添加后续义务</translation>
    </message>
    <message>
        <source>Record &amp;certificate</source>
        <translation>记录证书(&amp;C)</translation>
    </message>
    <message>
        <source>Record v&amp;isit</source>
        <translation>记录访问(&amp;I)</translation>
    </message>
    <message>
        <source>Record c&amp;heck</source>
        <translation>记录核查(&amp;H)</translation>
    </message>
    <message>
        <source>W&amp;aive</source>
        <translation>免除(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>This case has no licence to follow up.</source>
        <translation>本案没有需要后续跟踪的许可证。</translation>
    </message>
</context>
<context>
    <name>ObligationModel</name>
    <message>
        <source>Due</source>
        <extracomment>Columns and the service&apos;s sort key for each (&quot;&quot; when the column cannot be sorted on).</extracomment>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>许可证</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>目的地</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
</context>
<context>
    <name>ObligationsPanel</name>
    <message>
        <source>Certificate &amp;received…</source>
        <extracomment>Something was recorded on the obligations of this case (its id). Double click in the register: open this case.</extracomment>
        <translation>已收到证书(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Visit result…</source>
        <translation>核查访问结果(&amp;V)…</translation>
    </message>
    <message>
        <source>Assurance c&amp;hecked…</source>
        <translation>保证已核查(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Waive…</source>
        <translation>免除(&amp;W)…</translation>
    </message>
    <message>
        <source>&amp;Add obligation or visit…</source>
        <translation>添加义务或核查访问(&amp;A)…</translation>
    </message>
    <message>
        <source>Record as &amp;incident…</source>
        <translation>记录为事件(&amp;I)…</translation>
    </message>
    <message>
        <source>Open a new diversion or breach incident for this licence, with the visit&apos;s findings: it puts the licence up for reassessment (Article 7(7)).</source>
        <translation>以本次访问的发现为本许可证新建一项转用或违规事件：该许可证将被列入重新评估（第7条第7款）。</translation>
    </message>
    <message>
        <source>No follow-up obligations yet. A delivery verification certificate is added with each shipment when the licence calls for one; add others below.</source>
        <translation>尚无后续义务。许可证要求交付核查证书时，每次发运都会添加一份交付核查证书；其他义务请在下方添加。</translation>
    </message>
    <message>
        <source>Only a licensing officer or the focal point records this.</source>
        <translation>只有许可审查官员或报告联络人可以记录此项。</translation>
    </message>
</context>
<context>
    <name>OpinionDialog</name>
    <message>
        <source>Opinion on %1</source>
        <translation>对 %1 的意见</translation>
    </message>
    <message>
        <source>%1 gives the opinion of %2.</source>
        <translation>%1 代表 %2 提出意见。</translation>
    </message>
    <message>
        <source>no agency</source>
        <translation>无机构</translation>
    </message>
    <message>
        <source>Why: the facts and sources your agency relies on</source>
        <translation>理由：贵机构所依据的事实和来源</translation>
    </message>
    <message>
        <source>Conditions, one per line (e.g. post-shipment verification)</source>
        <translation>条件，每行一条（例如装运后核查）</translation>
    </message>
    <message>
        <source>Opinion:</source>
        <translation>意见：</translation>
    </message>
    <message>
        <source>&amp;Reasons:</source>
        <translation>理由(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Conditions:</source>
        <translation>条件(&amp;C)：</translation>
    </message>
    <message>
        <source>The assessment under review:</source>
        <translation>正在审查的评估：</translation>
    </message>
    <message>
        <source>This case has no assessment yet.</source>
        <translation>本案尚无评估。</translation>
    </message>
    <message>
        <source>Revision %1, %2</source>
        <translation>第 %1 版，%2</translation>
    </message>
    <message>
        <source>Recommendation: %1</source>
        <translation>建议：%1</translation>
    </message>
    <message>
        <source>Choose an opinion.</source>
        <translation>请选择一项意见。</translation>
    </message>
</context>
<context>
    <name>Ops</name>
    <message>
        <source>Something unexpected went wrong, and this action was not completed. The details were written to the log; please tell your administrator.</source>
        <extracomment>What the op disables while it runs (and gives back its previous state afterwards). Ops that have not delivered yet. Ops until their thread has ended: a worker must outlive the window that started it (a QThread destroyed while it runs aborts the program).</extracomment>
        <translation>发生了意外错误，此操作未完成。详细信息已写入日志；请告知您的管理员。</translation>
    </message>
</context>
<context>
    <name>PartiesEditor</name>
    <message>
        <source>Role</source>
        <extracomment>A party row as typed: role, type, name, country text, address, and the number of the row it acts for (&quot;&quot; if none). Used to move rows and to tell whether anything changed. The row of the government this consignee acts for (followed when rows move).</extracomment>
        <translation>角色</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Acts for</source>
        <translation>代表</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>当事方</translation>
    </message>
    <message>
        <source>Add part&amp;y</source>
        <translation>添加当事方(&amp;Y)</translation>
    </message>
    <message>
        <source>Re&amp;move party</source>
        <translation>移除当事方(&amp;M)</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>下移(&amp;D)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not in the list of countries; choose one from the list</source>
        <translation>“%1”不在国家列表中；请从列表中选择</translation>
    </message>
    <message>
        <source>Party %1: role</source>
        <translation>当事方 %1：角色</translation>
    </message>
    <message>
        <source>Party %1: type</source>
        <translation>当事方 %1：类型</translation>
    </message>
    <message>
        <source>Party %1: name</source>
        <translation>当事方 %1：名称</translation>
    </message>
    <message>
        <source>Party %1: country</source>
        <translation>当事方 %1：国家</translation>
    </message>
    <message>
        <source>Party %1: address</source>
        <translation>当事方 %1：地址</translation>
    </message>
    <message>
        <source>Party %1: acts for</source>
        <translation>当事方 %1：代表</translation>
    </message>
    <message>
        <source>Party %1</source>
        <translation>当事方 %1</translation>
    </message>
    <message>
        <source>Name of the party</source>
        <translation>当事方名称</translation>
    </message>
    <message>
        <source>For a commercial consignee importing for a government end user of this case: the Article 6 screen then treats it as that government.</source>
        <translation>适用于为本案政府最终用户进口的商业收货人：第6条筛查随即将其视同该政府。</translation>
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
        <translation>打开(&amp;O)</translation>
    </message>
</context>
<context>
    <name>ReassessmentDialog</name>
    <message>
        <source>Article 7(7) reassessment of valid licences</source>
        <translation>有效许可证的第7条第7款重新评估</translation>
    </message>
    <message>
        <source>When an embargo is imposed or new information about a destination is recorded, every valid licence it concerns is listed here. Reassess each one, possibly after consulting the importing State, and record what you decided: the licence stands, or is suspended, revoked or amended. Every step is kept in the licence&apos;s history. A licence that an embargo now prohibits cannot stand.</source>
        <translation>实施禁运或记录有关某目的地的新信息时，所有受影响的有效许可证均列于此处。请逐一重新评估（必要时与进口国协商），并记录您的决定：许可证维持不变，或予以暂停、撤销或修改。每一步骤均保存在许可证的历史中。现已被禁运禁止的许可证不能维持。</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>许可证</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>目的地</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Why it is listed</source>
        <translation>列入原因</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Embargo data…</source>
        <translation>禁运数据(&amp;E)…</translation>
    </message>
    <message>
        <source>Reassess the selected licence</source>
        <translation>重新评估所选许可证</translation>
    </message>
    <message>
        <source>Your conclusion and its reasons (what the new information changes, whom you consulted). It is kept as the reason of the step you record.</source>
        <translation>您的结论及理由（新信息改变了什么，咨询了谁）。它将作为所记录步骤的理由予以保存。</translation>
    </message>
    <message>
        <source>&amp;Conclusion and reasons:</source>
        <translation>结论和理由(&amp;C)：</translation>
    </message>
    <message>
        <source>Licence &amp;stands</source>
        <translation>许可证维持(&amp;S)</translation>
    </message>
    <message>
        <source>S&amp;uspend</source>
        <translation>暂停(&amp;U)</translation>
    </message>
    <message>
        <source>Re&amp;voke</source>
        <translation>撤销(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Amend…</source>
        <translation>修改(&amp;A)…</translation>
    </message>
    <message>
        <source>I confirm the revocation: a revoked licence cannot be reinstated</source>
        <translation>我确认撤销：已撤销的许可证不能恢复</translation>
    </message>
    <message>
        <source>Amended terms</source>
        <translation>修改后的条款</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Record the &amp;amendment</source>
        <translation>记录修改(&amp;A)</translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation>有效期至：</translation>
    </message>
    <message>
        <source>Quantities:</source>
        <translation>数量：</translation>
    </message>
    <message>
        <source>Conditions (one per line):</source>
        <translation>条件（每行一条）：</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>History of the licence:</source>
        <translation>许可证历史：</translation>
    </message>
    <message>
        <source>Record new information about a destination</source>
        <translation>记录有关目的地的新信息</translation>
    </message>
    <message>
        <source>e.g. UN report of abuses by the receiving unit, or a coup d&apos;état</source>
        <translation>例如：联合国关于接收单位侵权行为的报告，或发生政变</translation>
    </message>
    <message>
        <source>Source: title, date, reference</source>
        <translation>来源：标题、日期、编号</translation>
    </message>
    <message>
        <source>Record &amp;information</source>
        <translation>记录信息(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>国家(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Information:</source>
        <translation>信息(&amp;I)：</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>来源(&amp;O)：</translation>
    </message>
    <message>
        <source>Your conclusion or information is not recorded yet. Record it, or close again to discard it.</source>
        <translation>您的结论或信息尚未记录。请记录，或再次关闭以放弃。</translation>
    </message>
    <message>
        <source>EMBARGO — suspend or revoke.</source>
        <translation>禁运——请暂停或撤销。</translation>
    </message>
    <message>
        <source>%1 valid licence(s) to reassess as at %2.</source>
        <translation>截至 %2，有 %1 份有效许可证需要重新评估。</translation>
    </message>
    <message>
        <source>No valid licence needs reassessing as at %1.</source>
        <translation>截至 %1，没有需要重新评估的有效许可证。</translation>
    </message>
    <message>
        <source>Select a licence in the list.</source>
        <translation>请在列表中选择一份许可证。</translation>
    </message>
    <message>
        <source>Licence %1 (%2), version %3, %4.</source>
        <translation>许可证 %1（%2），第 %3 版，%4。</translation>
    </message>
    <message>
        <source>An embargo now prohibits this transfer (Article 6): it cannot stand and no mitigation lifts it. Suspend or revoke it and stop further shipments.</source>
        <translation>禁运现已禁止此项转让（第6条）：许可证不能维持，任何缓解措施都无法解除禁止。请暂停或撤销许可证，并停止后续发运。</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>suspended</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <source>Write your conclusion and its reasons first: they are kept.</source>
        <translation>请先填写结论及理由：它们将被保存。</translation>
    </message>
    <message>
        <source>Licence %1 is %2 and no longer needs reassessing.</source>
        <translation>许可证 %1 的状态为“%2”，不再需要重新评估。</translation>
    </message>
    <message>
        <source>Not recorded: %1</source>
        <translation>未记录：%1</translation>
    </message>
    <message>
        <source>Recorded: licence %1 stands.</source>
        <translation>已记录：许可证 %1 维持不变。</translation>
    </message>
    <message>
        <source>Tick the confirmation first: a revocation cannot be undone.</source>
        <translation>请先勾选确认：撤销不可撤回。</translation>
    </message>
    <message>
        <source>Recorded: licence %1 is now %2.</source>
        <translation>已记录：许可证 %1 的状态现为：%2。</translation>
    </message>
    <message>
        <source>Line %1: %2 is not a number.</source>
        <translation>第 %1 行：%2 不是数字。</translation>
    </message>
    <message>
        <source>Recorded: licence %1 amended.</source>
        <translation>已记录：许可证 %1 已修改。</translation>
    </message>
    <message>
        <source>The information was not recorded: %1</source>
        <translation>信息未记录：%1</translation>
    </message>
    <message>
        <source>Information recorded; %1 valid licence(s) concern that State.</source>
        <translation>信息已记录；涉及该国的有效许可证共 %1 份。</translation>
    </message>
</context>
<context>
    <name>ReassignDialog</name>
    <message>
        <source>Reassign %1</source>
        <translation>重新分派 %1</translation>
    </message>
    <message>
        <source>e.g. officer transferred to another post</source>
        <translation>例如：官员调任其他岗位</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>分派给(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>理由(&amp;R)：</translation>
    </message>
    <message>
        <source>Choose the colleague who takes the case over.</source>
        <translation>请选择接手本案的同事。</translation>
    </message>
</context>
<context>
    <name>RecordRequestDialog</name>
    <message>
        <source>Record a change request</source>
        <translation>记录变更请求</translation>
    </message>
    <message>
        <source>The new end use or location, in words</source>
        <translation>用文字说明新的最终用途或存放地点</translation>
    </message>
    <message>
        <source>Licensed item</source>
        <translation>许可物项</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>One document per line (title or reference)</source>
        <translation>每行一份文件（标题或编号）</translation>
    </message>
    <message>
        <source>&amp;Licence:</source>
        <translation>许可证(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Request:</source>
        <translation>请求(&amp;R)：</translation>
    </message>
    <message>
        <source>Asked &amp;by:</source>
        <translation>提出方(&amp;B)：</translation>
    </message>
    <message>
        <source>Recei&amp;ved on:</source>
        <translation>收到日期(&amp;V)：</translation>
    </message>
    <message>
        <source>New &amp;country:</source>
        <translation>新国家(&amp;C)：</translation>
    </message>
    <message>
        <source>New &amp;end user:</source>
        <translation>新最终用户(&amp;E)：</translation>
    </message>
    <message>
        <source>New end use or l&amp;ocation:</source>
        <translation>新最终用途或存放地点(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Items concerned:</source>
        <translation>所涉物项(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Justification:</source>
        <translation>理由(&amp;J)：</translation>
    </message>
    <message>
        <source>Docu&amp;ments:</source>
        <translation>文件(&amp;M)：</translation>
    </message>
    <message>
        <source>(licensed: %1)</source>
        <translation>（许可数量：%1）</translation>
    </message>
    <message>
        <source>Type each quantity as a number, e.g. 10 or 2.5.</source>
        <translation>请以数字填写每项数量，例如 10 或 2.5。</translation>
    </message>
</context>
<context>
    <name>RegisterFilters</name>
    <message>
        <source>Search reference, exporter, end user…</source>
        <translation>搜索案件编号、出口商、最终用户…</translation>
    </message>
    <message>
        <source>Year the application was received</source>
        <translation>申请收件年份</translation>
    </message>
    <message>
        <source>Case status</source>
        <translation>案件状态</translation>
    </message>
    <message>
        <source>Final importing State</source>
        <translation>最终进口国</translation>
    </message>
    <message>
        <source>ATT category of any line item</source>
        <translation>任一物项的《武器贸易条约》类别</translation>
    </message>
    <message>
        <source>Exporter or applicant</source>
        <translation>出口商或申请人</translation>
    </message>
    <message>
        <source>Transfer type</source>
        <translation>转让类型</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <source>Show every case again</source>
        <translation>重新显示全部案件</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>全部年份</translation>
    </message>
    <message>
        <source>All destinations</source>
        <translation>全部目的地</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>All exporters</source>
        <translation>全部出口商</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>All transfer types</source>
        <translation>全部转让类型</translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <source>Could not read this case: %1</source>
        <extracomment>The case&apos;s database id, for opening it. At most this many pages stay in memory (5,000 rows). Pages that could not be read, with the reason (kept until the next reset). How many pages were fetched since the last reset (benchmarks and tests read it).</extracomment>
        <translation>无法读取此案件：%1</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>案件编号</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Exporter / applicant</source>
        <translation>出口商/申请人</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>目的地</translation>
    </message>
    <message>
        <source>End user</source>
        <translation>最终用户</translation>
    </message>
    <message>
        <source>ATT categories</source>
        <translation>《武器贸易条约》类别</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>价值</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收件日期</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>决定日期</translation>
    </message>
    <message>
        <source>The line items are valued in different currencies.</source>
        <translation>各物项以不同货币计价，无法合计。</translation>
    </message>
</context>
<context>
    <name>ReportBuilder</name>
    <message>
        <source>Category / sub-category</source>
        <translation>类别 / 子类别</translation>
    </message>
    <message>
        <source>Final importing State</source>
        <translation>最终进口国</translation>
    </message>
    <message>
        <source>Exporting State</source>
        <translation>出口国</translation>
    </message>
    <message>
        <source>Number of items</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Value (%1)</source>
        <translation>价值（%1）</translation>
    </message>
    <message>
        <source>State of origin (if not exporter)</source>
        <translation>原产国（如非出口国）</translation>
    </message>
    <message>
        <source>Intermediate location (if any)</source>
        <translation>中间地点（如有）</translation>
    </message>
    <message>
        <source>Description of item</source>
        <translation>物项说明</translation>
    </message>
    <message>
        <source>Comments on the transfer</source>
        <translation>关于转让的说明</translation>
    </message>
    <message>
        <source>Some values of this row are left out: no value recorded, or no exchange rate into the report currency. See the findings.</source>
        <translation>本行部分价值未计入：未记录价值，或没有换算为报告货币的汇率。请查看检查结果。</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>（未记录）</translation>
    </message>
    <message>
        <source>authorised</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <source>Exports (%1), %2</source>
        <translation>出口（%1），%2 年</translation>
    </message>
    <message>
        <source>Imports (%1), %2</source>
        <translation>进口（%1），%2 年</translation>
    </message>
    <message>
        <source>Nil report on exports: nothing to report for %1.</source>
        <translation>出口零报告：%1 年无可报告事项。</translation>
    </message>
    <message>
        <source>Nil report on imports: nothing to report for %1.</source>
        <translation>进口零报告：%1 年无可报告事项。</translation>
    </message>
    <message>
        <source>The report will include a nil report (Annex 3).</source>
        <translation>报告将附零报告（附件 3）。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>* value incomplete (see findings)</source>
        <translation>* 价值不完整（见检查结果）</translation>
    </message>
    <message>
        <source>Total: </source>
        <translation>合计：</translation>
    </message>
    <message>
        <source>Choose the options, then press Preview to see this table.</source>
        <translation>请先选择选项，然后点击“预览”查看此表。</translation>
    </message>
</context>
<context>
    <name>ReportBuilderDialog</name>
    <message>
        <source>Annual report (Article 13(3))</source>
        <extracomment>Builds the report (``services.reporting.collect``); run on a worker thread. The application (case) id of a record to fix; the main window opens it. A file was written: its path. A preview was built (tests and the main window may listen).</extracomment>
        <translation>年度报告（第13条第3款）</translation>
    </message>
    <message>
        <source>Authorised (licences issued in the year)</source>
        <translation>已批准（当年签发的许可证）</translation>
    </message>
    <message>
        <source>Actual (shipments made in the year)</source>
        <translation>实际（当年发运）</translation>
    </message>
    <message>
        <source>Number of items and value</source>
        <translation>数量和价值</translation>
    </message>
    <message>
        <source>Number of items</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>价值</translation>
    </message>
    <message>
        <source>Include small arms for &amp;civilian end users</source>
        <translation>包括民用最终用户的小武器(&amp;C)</translation>
    </message>
    <message>
        <source>Add voluntary &amp;national categories</source>
        <translation>添加自愿填报的国家类别(&amp;N)</translation>
    </message>
    <message>
        <source>From the settings, e.g. SE</source>
        <translation>取自设置，例如 SE</translation>
    </message>
    <message>
        <source>Add the charts annex to the PDF</source>
        <translation>在 PDF 中添加图表附件</translation>
    </message>
    <message>
        <source>Report &amp;year:</source>
        <translation>报告年度(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Exports:</source>
        <translation>出口(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Imports:</source>
        <translation>进口(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Figures:</source>
        <translation>填报数据(&amp;F)：</translation>
    </message>
    <message>
        <source>Report c&amp;urrency:</source>
        <translation>报告货币(&amp;U)：</translation>
    </message>
    <message>
        <source>Reporting &amp;State:</source>
        <translation>报告国(&amp;S)：</translation>
    </message>
    <message>
        <source>Contact &amp;name:</source>
        <translation>联系人姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>Position:</source>
        <translation>职务：</translation>
    </message>
    <message>
        <source>Contact &amp;organisation:</source>
        <translation>联系人单位(&amp;O)：</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>地址：</translation>
    </message>
    <message>
        <source>Telephone:</source>
        <translation>电话：</translation>
    </message>
    <message>
        <source>Contact e-&amp;mail:</source>
        <translation>联系人电子邮件(&amp;M)：</translation>
    </message>
    <message>
        <source>Chart &amp;years:</source>
        <translation>图表年数(&amp;Y)：</translation>
    </message>
    <message>
        <source>Report &amp;language:</source>
        <translation>报告语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Exports form may be made &amp;public</source>
        <translation>出口表可以公开(&amp;P)</translation>
    </message>
    <message>
        <source>Imports form may be made pu&amp;blic</source>
        <translation>进口表可以公开(&amp;B)</translation>
    </message>
    <message>
        <source>Exchange rates into the report currency</source>
        <translation>换算为报告货币的汇率</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Rate (1 unit =)</source>
        <translation>汇率（1 单位 =）</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>e.g. 0.92</source>
        <translation>例如 0.92</translation>
    </message>
    <message>
        <source>e.g. Central bank annual average</source>
        <translation>例如：中央银行年平均汇率</translation>
    </message>
    <message>
        <source>Save &amp;rate</source>
        <translation>保存汇率(&amp;R)</translation>
    </message>
    <message>
        <source>Values in other currencies are added to no total until their rate for the year is recorded.</source>
        <translation>其他货币的价值在记录当年汇率之前不计入任何合计。</translation>
    </message>
    <message>
        <source>Curre&amp;ncy:</source>
        <translation>币种(&amp;N)：</translation>
    </message>
    <message>
        <source>R&amp;ate:</source>
        <translation>汇率(&amp;A)：</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>来源：</translation>
    </message>
    <message>
        <source>Annex 2: national definitions of categories</source>
        <translation>附件 2：各类别的国家定义</translation>
    </message>
    <message>
        <source>How your national definition is wider than the UN Register&apos;s</source>
        <translation>本国定义比《联合国常规武器登记册》定义更宽泛之处</translation>
    </message>
    <message>
        <source>Add definition</source>
        <translation>添加定义</translation>
    </message>
    <message>
        <source>Remove definition</source>
        <translation>删除定义</translation>
    </message>
    <message>
        <source>Cate&amp;gory:</source>
        <translation>类别(&amp;G)：</translation>
    </message>
    <message>
        <source>Defini&amp;tion:</source>
        <translation>定义(&amp;T)：</translation>
    </message>
    <message>
        <source>The file was written, but the contact point and definitions were not kept for next time: %1</source>
        <translation>文件已写入，但国家联络点信息和定义未能保存以供下次使用：%1</translation>
    </message>
    <message>
        <source>&amp;Open the record to fix</source>
        <extracomment>The preview being built or the file being written, if any.</extracomment>
        <translation>打开需修正的记录(&amp;O)</translation>
    </message>
    <message>
        <source>Exported items per year, by category</source>
        <translation>各年度出口数量（按类别）</translation>
    </message>
    <message>
        <source>Exported items per year, by region</source>
        <translation>各年度出口数量（按地区）</translation>
    </message>
    <message>
        <source>E&amp;xports table</source>
        <translation>出口表(&amp;X)</translation>
    </message>
    <message>
        <source>I&amp;mports table</source>
        <translation>进口表(&amp;M)</translation>
    </message>
    <message>
        <source>Fin&amp;dings</source>
        <translation>检查结果(&amp;D)</translation>
    </message>
    <message>
        <source>C&amp;harts</source>
        <translation>图表(&amp;H)</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>预览(&amp;V)</translation>
    </message>
    <message>
        <source>Allow a dra&amp;ft despite errors</source>
        <translation>允许在有错误时生成草稿(&amp;F)</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>导出 PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>Export &amp;XLSX…</source>
        <translation>导出 XLSX(&amp;X)…</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>导出 CSV(&amp;C)…</translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation>导出 JSON(&amp;J)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>S&amp;ubmission…</source>
        <extracomment>The report as submitted: contributions, approval, the frozen copy (issue 14).</extracomment>
        <translation>提交(&amp;U)…</translation>
    </message>
    <message>
        <source>Cancel the preview</source>
        <extracomment>Stops a preview being built (shown only meanwhile; files are written to the end).</extracomment>
        <translation>取消预览</translation>
    </message>
    <message>
        <source>The choices changed since the preview: press Preview again to export.</source>
        <translation>预览后选项已更改：请再次点击“预览”后再导出。</translation>
    </message>
    <message numerus="yes">
        <source>Due to the ATT Secretariat by %1: %n day(s) left.</source>
        <translation>
            <numerusform>须于 %1 前提交《武器贸易条约》秘书处：还有 %n 天。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Due to the ATT Secretariat by %1: %n day(s) overdue.</source>
        <translation>
            <numerusform>须于 %1 前提交《武器贸易条约》秘书处：已逾期 %n 天。</numerusform>
        </translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Exchange rates</source>
        <translation>汇率</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number; write the rate like 0.92</source>
        <translation>“%1”不是数字；请按 0.92 的格式填写汇率</translation>
    </message>
    <message>
        <source>Saved: 1 %1 = %2 %3 for %4. Preview again to use it.</source>
        <translation>已保存：%4 年 1 %1 = %2 %3。请再次预览以使用该汇率。</translation>
    </message>
    <message>
        <source>Reading the records of %1…</source>
        <translation>正在读取 %1 年的记录…</translation>
    </message>
    <message>
        <source>Annual report</source>
        <translation>年度报告</translation>
    </message>
    <message>
        <source>The preview was cancelled.</source>
        <translation>预览已取消。</translation>
    </message>
    <message>
        <source>Laying out the tables…</source>
        <translation>正在排版表格…</translation>
    </message>
    <message>
        <source> Information withheld: the title page declares it.</source>
        <translation> 有信息未予公开：封面页对此作出声明。</translation>
    </message>
    <message numerus="yes">
        <source>Preview ready: %n error(s) to fix before export.</source>
        <translation>
            <numerusform>预览完成：导出前需修正 %n 个错误。</numerusform>
        </translation>
    </message>
    <message>
        <source>Preview ready: no errors.</source>
        <translation>预览完成：没有错误。</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n 个错误</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n 个警告</numerusform>
        </translation>
    </message>
    <message>
        <source>Double-click a finding (or press Enter) to open the record to fix.</source>
        <translation>双击某项检查结果（或按回车键）可打开需修正的记录。</translation>
    </message>
    <message>
        <source>Fin&amp;dings (%1)</source>
        <translation>检查结果（%1）(&amp;D)</translation>
    </message>
    <message>
        <source>Nothing exported in these years.</source>
        <translation>这些年度没有出口。</translation>
    </message>
    <message>
        <source>Enter the %1 rate into %2 for %3, then save it and preview again.</source>
        <translation>请输入 %3 年 %1 兑 %2 的汇率，保存后再次预览。</translation>
    </message>
    <message>
        <source>Preview the report before exporting it.</source>
        <translation>请先预览报告再导出。</translation>
    </message>
    <message>
        <source>The report has errors (see Findings). Fix them, or tick “Allow a draft despite errors” to write a draft.</source>
        <translation>报告有错误（见检查结果）。请修正，或勾选“允许在有错误时生成草稿”以生成草稿。</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <extracomment>``(parent, title, suggested path, filter) -&gt; chosen path or None``: tests replace it.</extracomment>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
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
        <source>Export the annual report</source>
        <translation>导出年度报告</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>The %1 file could not be written: %2
The details are in the log.</source>
        <translation>无法写入 %1 文件：%2
详细信息见日志。</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>已写入：%1</translation>
    </message>
</context>
<context>
    <name>ReportingCalendarDialog</name>
    <message>
        <source>Reporting calendar</source>
        <translation>报告日程</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <source>Collecting data</source>
        <translation>正在收集数据</translation>
    </message>
    <message>
        <source>Inter-agency check</source>
        <translation>跨部门核对</translation>
    </message>
    <message>
        <source>Signed off</source>
        <translation>已签批</translation>
    </message>
    <message>
        <source>Submitted to the ATT Secretariat</source>
        <translation>已提交《武器贸易条约》秘书处</translation>
    </message>
    <message>
        <source>&amp;Collect data by:</source>
        <translation>数据收集截止(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Inter-agency check by:</source>
        <translation>跨部门核对截止(&amp;I)：</translation>
    </message>
    <message>
        <source>Si&amp;gn-off by:</source>
        <translation>签批截止(&amp;G)：</translation>
    </message>
    <message>
        <source>Report &amp;year:</source>
        <translation>报告年度(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Status of the report:</source>
        <translation>报告状态(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>The %1 report was submitted (due %2).</source>
        <translation>%1 年度报告已提交（截止日期 %2）。</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left to submit the %1 report (due %2).</source>
        <translation>
            <numerusform>距提交 %1 年度报告还有 %n 天（截止日期 %2）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %1 report is %n day(s) overdue (due %2).</source>
        <translation>
            <numerusform>%1 年度报告已逾期 %n 天（截止日期 %2）。</numerusform>
        </translation>
    </message>
    <message>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <translation>
            <numerusform>逾期 %n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>还有 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Collect data</source>
        <translation>收集数据</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>签批</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <source>Urgent: %1</source>
        <translation>紧急：%1</translation>
    </message>
    <message>
        <source>Overdue: %1</source>
        <translation>逾期：%1</translation>
    </message>
    <message>
        <source>Agency</source>
        <extracomment>The case changed here (submitted, decided): the window refreshes register and case. The database and the person acting, read when a button is pressed.</extracomment>
        <translation>机构</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>已答复</translation>
    </message>
    <message>
        <source>Opinion</source>
        <translation>意见</translation>
    </message>
    <message>
        <source>By</source>
        <translation>提出人</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>条件</translation>
    </message>
    <message>
        <source>&amp;Submit for review…</source>
        <translation>提交审查(&amp;S)…</translation>
    </message>
    <message>
        <source>Give &amp;opinion…</source>
        <translation>提出意见(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Decide…</source>
        <translation>作出决定(&amp;D)…</translation>
    </message>
    <message>
        <source>This case has not been submitted to the committee.</source>
        <translation>本案尚未提交委员会。</translation>
    </message>
    <message>
        <source>the majority approves</source>
        <translation>多数赞成</translation>
    </message>
    <message>
        <source>the majority refuses</source>
        <translation>多数反对</translation>
    </message>
    <message>
        <source>no majority</source>
        <translation>无多数意见</translation>
    </message>
    <message>
        <source>quorum met</source>
        <translation>已达法定人数</translation>
    </message>
    <message>
        <source>quorum not met</source>
        <translation>未达法定人数</translation>
    </message>
    <message>
        <source>%1 of %2 agencies answered; %3 needed (%4); %5.</source>
        <translation>%2 个机构中已有 %1 个答复；需要 %3 个（%4）；%5。</translation>
    </message>
    <message>
        <source>Waiting for: %1</source>
        <translation>等待答复：%1</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>已被取代</translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <source>Delivery verification certificates</source>
        <translation>交付核查证书</translation>
    </message>
    <message>
        <source> days after the shipment</source>
        <translation> 天（自发运之日起算）</translation>
    </message>
    <message>
        <source>&amp;Owed:</source>
        <translation>适用情形(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>截止期限(&amp;D)：</translation>
    </message>
    <message>
        <source>Applies to shipments recorded from now on.</source>
        <translation>适用于今后登记的发运。</translation>
    </message>
</context>
<context>
    <name>RulesTab</name>
    <message>
        <source>any case</source>
        <translation>任何案件</translation>
    </message>
    <message>
        <source>transit or trans-shipment States</source>
        <translation>涉及过境国或转运国</translation>
    </message>
    <message>
        <source>a serious GBV finding</source>
        <translation>严重性别暴力结论</translation>
    </message>
    <message>
        <source>a risk at a level</source>
        <translation>风险达到某一等级</translation>
    </message>
    <message>
        <source>an Article 6 concern</source>
        <translation>涉及第6条问题</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>When</source>
        <translation>适用情形</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Ret&amp;ire rule…</source>
        <translation>停用规则(&amp;I)…</translation>
    </message>
    <message>
        <source>New rule</source>
        <translation>新规则</translation>
    </message>
    <message>
        <source>agency code, e.g. CUS</source>
        <translation>机构代码，例如 CUS</translation>
    </message>
    <message>
        <source>any transfer type</source>
        <translation>任何转让类型</translation>
    </message>
    <message>
        <source>any; or codes, e.g. BR, AR</source>
        <translation>任何目的地；或填写代码，例如 BR, AR</translation>
    </message>
    <message>
        <source>why: the mandate or decree</source>
        <translation>依据：职责或法令</translation>
    </message>
    <message>
        <source>Add &amp;rule</source>
        <translation>添加规则(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Agency:</source>
        <translation>机构(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Transfer type:</source>
        <translation>转让类型(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Finding:</source>
        <translation>评估结论(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Destinations:</source>
        <translation>目的地(&amp;D)：</translation>
    </message>
    <message>
        <source>W&amp;hy:</source>
        <translation>依据(&amp;H)：</translation>
    </message>
    <message>
        <source>Sa&amp;ve due days</source>
        <translation>保存答复期限(&amp;V)</translation>
    </message>
    <message>
        <source>Opinions due in (working days):</source>
        <translation>意见答复期限（工作日）：</translation>
    </message>
    <message>
        <source>urgent:</source>
        <translation>紧急：</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>No such agency yet</source>
        <translation>尚无此机构</translation>
    </message>
    <message>
        <source>Rule added.</source>
        <translation>已添加规则。</translation>
    </message>
    <message>
        <source>Retire a consultation rule</source>
        <translation>停用咨询规则</translation>
    </message>
    <message>
        <source>Why does this rule no longer apply? (It is kept, retired.)</source>
        <translation>为何此规则不再适用？（规则将以停用状态保留。）</translation>
    </message>
    <message>
        <source>Rule retired.</source>
        <translation>规则已停用。</translation>
    </message>
    <message>
        <source>Due days saved.</source>
        <translation>答复期限已保存。</translation>
    </message>
</context>
<context>
    <name>SanctionsHitsPanel</name>
    <message>
        <source>Party</source>
        <extracomment>A hit was reviewed or new hits were found: the case id (or 0 for every case).</extracomment>
        <translation>当事方</translation>
    </message>
    <message>
        <source>Listed as</source>
        <translation>列名名称</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Regime</source>
        <translation>制裁制度</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>匹配度</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>审查结果</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>审查理由</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>匹配依据</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Why the selected hit is, or is not, the listed party (required)</source>
        <translation>所选命中为何是或不是被列名方（必填）</translation>
    </message>
    <message>
        <source>&amp;Confirm: same party</source>
        <translation>确认：同一方(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Reject: someone else</source>
        <translation>排除：并非同一方(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Screen parties now</source>
        <translation>立即筛查当事方(&amp;S)</translation>
    </message>
    <message>
        <source>No UN Consolidated List has been imported: parties are not screened.</source>
        <translation>尚未导入联合国安全理事会综合制裁名单：当事方未经筛查。</translation>
    </message>
    <message>
        <source>Screened against the UN Consolidated List generated %1.</source>
        <translation>已对照 %1 生成的联合国安全理事会综合制裁名单进行筛查。</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>待审查</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已排除</translation>
    </message>
    <message>
        <source>Only a licensing officer reviews sanctions list hits.</source>
        <translation>只有许可审查官员审查制裁名单命中。</translation>
    </message>
    <message>
        <source>Hit not reviewed</source>
        <translation>命中未审查</translation>
    </message>
    <message>
        <source>Screening parties</source>
        <translation>正在筛查当事方</translation>
    </message>
    <message>
        <source>Screening parties against the UN Consolidated List…</source>
        <translation>正在对照联合国安全理事会综合制裁名单筛查当事方…</translation>
    </message>
</context>
<context>
    <name>SanctionsListDialog</name>
    <message>
        <source>UN Security Council Consolidated List</source>
        <translation>联合国安全理事会综合制裁名单</translation>
    </message>
    <message>
        <source>Every party of every case is screened against the Council&apos;s list of individuals and entities. Import the consolidated XML file downloaded from the Security Council&apos;s website; a new list re-screens valid licences and open cases.</source>
        <translation>每个案件的每个当事方都将对照安理会的个人和实体名单进行筛查。请导入从安全理事会网站下载的综合名单 XML 文件；导入新名单后，将重新筛查有效许可证和未结案件。</translation>
    </message>
    <message>
        <source>&amp;Import list file…</source>
        <translation>导入名单文件(&amp;I)…</translation>
    </message>
    <message>
        <source>Only an administrator imports the list.</source>
        <translation>只有管理员可以导入名单。</translation>
    </message>
    <message>
        <source>Import the UN Consolidated List</source>
        <translation>导入联合国安全理事会综合制裁名单</translation>
    </message>
    <message>
        <source>Consolidated List (*.xml)</source>
        <translation>综合制裁名单 (*.xml)</translation>
    </message>
    <message>
        <source>Importing the UN Consolidated List</source>
        <translation>正在导入联合国安全理事会综合制裁名单</translation>
    </message>
    <message>
        <source>Reading the list and screening parties…</source>
        <translation>正在读取名单并筛查当事方…</translation>
    </message>
    <message>
        <source>Imported %1 entries; %2 parties screened, %3 new hits.</source>
        <translation>已导入 %1 个条目；已筛查 %2 个当事方，新增命中 %3 项。</translation>
    </message>
    <message>
        <source>Valid licences to reassess under Article 7(7) (Assessment → Article 7(7) reassessment): %1</source>
        <translation>需根据第7条第7款重新评估的有效许可证（评估 → 第7条第7款重新评估）：%1</translation>
    </message>
    <message>
        <source>List imported</source>
        <translation>名单已导入</translation>
    </message>
</context>
<context>
    <name>SessionManager</name>
    <message>
        <source>The workstation is locked: sign in to continue.</source>
        <extracomment>Events that count as someone using the workstation (they postpone the idle lock). The full history verification waits this long after the start-up check. The signed-in session after a sign-in, or None after a lock or sign-out. The start-up history check has its ``AuditReport`` (it runs on a worker thread). The background full verification (every event since the first) has its report. The application context this manager sets the signed-in person on. The history check under way, if any. How long after the start-up check the full verification starts (tests: 0). Whose session the lock screen is covering (they may unlock it). Signed in with a one-time password; not usable until it is changed.</extracomment>
        <translation>工作站已锁定：请登录后继续。</translation>
    </message>
    <message>
        <source>S&amp;witch user…</source>
        <translation>切换用户(&amp;W)…</translation>
    </message>
    <message>
        <source>Lock the window and let someone else sign in (Ctrl+L)</source>
        <translation>锁定窗口，让其他人登录（Ctrl+L）</translation>
    </message>
    <message>
        <source>Loc&amp;k</source>
        <translation>锁定(&amp;K)</translation>
    </message>
    <message>
        <source>C&amp;hange password…</source>
        <translation>更改密码(&amp;H)…</translation>
    </message>
    <message>
        <source>My &amp;training…</source>
        <translation>我的培训(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Users and agencies…</source>
        <translation>用户与机构(&amp;U)…</translation>
    </message>
    <message>
        <source>Checking the event history</source>
        <translation>正在检查事件历史记录</translation>
    </message>
    <message>
        <source>Checking the event history…</source>
        <translation>正在检查事件历史记录…</translation>
    </message>
    <message>
        <source>Checking the whole event history…</source>
        <translation>正在检查全部事件历史记录…</translation>
    </message>
    <message>
        <source>The history has been tampered with</source>
        <translation>历史记录已被篡改</translation>
    </message>
    <message>
        <source>The event history of this database was changed outside ATT Desktop (problems at event %1). Keep the file as evidence, tell your administrator and run &apos;att-desktop audit verify&apos; for the details.</source>
        <translation>此数据库的事件历史在 ATT Desktop 之外被更改（问题出现在事件 %1）。请保留该文件作为证据，通知管理员，并运行 &apos;att-desktop audit verify&apos; 查看详情。</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <source>Signed in: %1</source>
        <translation>已登录：%1</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>不允许</translation>
    </message>
</context>
<context>
    <name>ShipmentDialog</name>
    <message>
        <source>Record a shipment</source>
        <translation>登记发运</translation>
    </message>
    <message>
        <source>Licence number or case reference</source>
        <translation>许可证编号或案件编号</translation>
    </message>
    <message>
        <source>Customs declaration, e.g. MRN</source>
        <translation>海关申报单，例如 MRN</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>物项</translation>
    </message>
    <message>
        <source>Licensed</source>
        <translation>许可数量</translation>
    </message>
    <message>
        <source>Shipped so far</source>
        <translation>已发运</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>剩余</translation>
    </message>
    <message>
        <source>This shipment</source>
        <translation>本次发运</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>价值</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>I have read the warnings; record the shipment as it happened</source>
        <translation>我已阅读警告；按实际情况登记本次发运</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>检查(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>登记(&amp;R)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Find &amp;licence:</source>
        <translation>查找许可证(&amp;L)：</translation>
    </message>
    <message>
        <source>Shipped &amp;on:</source>
        <translation>发运日期(&amp;O)：</translation>
    </message>
    <message>
        <source>C&amp;ustoms reference:</source>
        <translation>海关编号(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>Quantities and values shipped (&amp;this shipment):</source>
        <translation>发运数量和价值（本次发运）(&amp;T)：</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>警告：</translation>
    </message>
    <message>
        <source>export</source>
        <translation>出口</translation>
    </message>
    <message>
        <source>import</source>
        <translation>进口</translation>
    </message>
    <message>
        <source>Licence %1 (case %2), %3, valid %4 to %5.</source>
        <translation>许可证 %1（案件 %2），%3，有效期 %4 至 %5。</translation>
    </message>
    <message>
        <source>Choose the licence first.</source>
        <translation>请先选择许可证。</translation>
    </message>
    <message>
        <source>Line %1: quantity and value must be numbers, e.g. 12 or 1500.50</source>
        <translation>第 %1 行：数量和价值必须是数字，例如 12 或 1500.50</translation>
    </message>
    <message>
        <source>Enter the quantity shipped on at least one line.</source>
        <translation>请至少在一行中填写发运数量。</translation>
    </message>
    <message>
        <source>No warnings: the shipment is within the licence.</source>
        <translation>没有警告：本次发运在许可范围内。</translation>
    </message>
    <message>
        <source>Nothing was saved: read the warnings, tick that you have read them, then record again.</source>
        <translation>未保存任何内容：请阅读警告，勾选已阅读，然后再次登记。</translation>
    </message>
    <message numerus="yes">
        <source>Shipment recorded (%n warning(s) acknowledged).</source>
        <translation>
            <numerusform>发运已登记（已确认 %n 个警告）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignInForm</name>
    <message>
        <source>Sign in</source>
        <extracomment>The form&apos;s height may have changed (an error appeared): the lock screen refits.</extracomment>
        <translation>登录</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <source>This workstation is locked; %1 is signed in. Enter the password to continue, or sign in as yourself (the open windows of %1 are then closed).</source>
        <translation>此工作站已锁定；%1 已登录。输入密码以继续，或以您自己的身份登录（%1 打开的窗口将被关闭）。</translation>
    </message>
    <message>
        <source>This workstation is shared: sign in so your work is recorded in your name.</source>
        <translation>此工作站为共用：请登录，以便您的工作以您的名义记录。</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>请输入用户名。</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>请输入密码。</translation>
    </message>
</context>
<context>
    <name>SourcesTable</name>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Add source</source>
        <translation>添加来源</translation>
    </message>
    <message>
        <source>Remove source</source>
        <translation>删除来源</translation>
    </message>
    <message>
        <source>Choose the kind of source…</source>
        <translation>选择来源类型…</translation>
    </message>
    <message>
        <source>Title of the report or document</source>
        <translation>报告或文件标题</translation>
    </message>
    <message>
        <source>URL, file or document number</source>
        <translation>网址、文件或文件编号</translation>
    </message>
    <message>
        <source>Incomplete: choose the kind of source</source>
        <translation>未完成：请选择来源类型</translation>
    </message>
</context>
<context>
    <name>SubmissionDialog</name>
    <message>
        <source>Annual report as submitted</source>
        <extracomment>The submission was changed (opened, signed off, approved...): the year.</extracomment>
        <translation>已提交的年度报告</translation>
    </message>
    <message>
        <source>&amp;Open for preparation</source>
        <extracomment>The newest files shown with &quot;Show as submitted&quot; (tests read them).</extracomment>
        <translation>开启编制(&amp;O)</translation>
    </message>
    <message>
        <source>Report &amp;year:</source>
        <translation>报告年度(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Contributions</source>
        <translation>机构材料(&amp;C)</translation>
    </message>
    <message>
        <source>C&amp;hoices</source>
        <translation>选项(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Approval and submission</source>
        <translation>批准和提交(&amp;A)</translation>
    </message>
    <message>
        <source>C&amp;larifications</source>
        <translation>澄清请求(&amp;L)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Signed off by</source>
        <translation>签批人</translation>
    </message>
    <message>
        <source>Signed off on</source>
        <translation>签批日期</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>提供的材料</translation>
    </message>
    <message>
        <source>As&amp;k this agency to contribute</source>
        <translation>请该机构提供材料(&amp;K)</translation>
    </message>
    <message>
        <source>Your agency&apos;s notes on its data (e.g. actual exports confirmed by customs)</source>
        <translation>本机构对其数据的说明（例如经海关确认的实际出口）</translation>
    </message>
    <message>
        <source>&amp;Sign off my agency&apos;s contribution</source>
        <translation>签批本机构提供的材料(&amp;S)</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>设定值</translation>
    </message>
    <message>
        <source>Made by</source>
        <translation>设定人</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>The report&apos;s choices as recorded when it was opened, with who made each and why. Opening it again records the choices that changed since.</source>
        <translation>报告开启编制时记录的各项选项，以及每项选项的设定人和理由。再次开启时，将记录此后发生变化的选项。</translation>
    </message>
    <message>
        <source>&amp;Name as approver</source>
        <translation>指定为批准人(&amp;N)</translation>
    </message>
    <message>
        <source>A&amp;pprove and freeze</source>
        <translation>批准并冻结(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Mark as submitted</source>
        <translation>标记为已提交(&amp;M)</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Frozen on</source>
        <translation>冻结日期</translation>
    </message>
    <message>
        <source>By</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Files (SHA-256)</source>
        <translation>文件（SHA-256）</translation>
    </message>
    <message>
        <source>Compare with the &amp;register</source>
        <translation>与登记簿比较(&amp;R)</translation>
    </message>
    <message>
        <source>Approver:</source>
        <translation>批准人：</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收件日期</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>请求</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>已答复</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>答复</translation>
    </message>
    <message>
        <source>His&amp;tory</source>
        <translation>历史记录(&amp;T)</translation>
    </message>
    <message>
        <source>I have read the report and appro&amp;ve it for submission</source>
        <translation>我已阅读报告并批准提交(&amp;V)</translation>
    </message>
    <message>
        <source>Sho&amp;w as submitted</source>
        <translation>按提交原样显示(&amp;W)</translation>
    </message>
    <message>
        <source>Recor&amp;d a correction…</source>
        <translation>记录更正(&amp;D)…</translation>
    </message>
    <message>
        <source>S&amp;ent to the ATT Secretariat on:</source>
        <translation>发送至《武器贸易条约》秘书处的日期(&amp;E)：</translation>
    </message>
    <message>
        <source>Lo&amp;g the request</source>
        <translation>记录请求(&amp;G)</translation>
    </message>
    <message>
        <source>Record the a&amp;nswer to the selected request</source>
        <translation>记录对所选请求的答复(&amp;N)</translation>
    </message>
    <message>
        <source>Received on:</source>
        <translation>收件日期：</translation>
    </message>
    <message>
        <source>Secretariat&apos;s reference:</source>
        <translation>秘书处编号：</translation>
    </message>
    <message>
        <source>Request:</source>
        <translation>请求：</translation>
    </message>
    <message>
        <source>Answer sent today:</source>
        <translation>今日发送的答复：</translation>
    </message>
    <message>
        <source>Open the report for preparation</source>
        <translation>开启报告编制</translation>
    </message>
    <message>
        <source>Why these choices (recorded with them):</source>
        <translation>作出这些选择的理由（与选项一并记录）：</translation>
    </message>
    <message>
        <source>Building and freezing the report&apos;s files…</source>
        <translation>正在生成并冻结报告文件…</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <source>Record a correction</source>
        <translation>记录更正</translation>
    </message>
    <message>
        <source>What does the correction correct? The report as the register now stands is frozen as the next version; earlier versions stay as they were.</source>
        <translation>本次更正针对什么内容？报告将按登记簿的当前状态冻结为下一版本；以前的版本保持不变。</translation>
    </message>
    <message>
        <source>The stored copy was changed</source>
        <translation>存储的副本已被更改</translation>
    </message>
    <message>
        <source>No viewer opened the PDF; it is at %1</source>
        <translation>没有查看器打开该 PDF；文件位于 %1</translation>
    </message>
    <message>
        <source>The register gives the same rows and totals as the report as sent.</source>
        <translation>登记簿得出的行和合计与已提交的报告相同。</translation>
    </message>
    <message>
        <source>Select the request the answer is for.</source>
        <translation>请选择该答复所针对的请求。</translation>
    </message>
    <message>
        <source>Exports reported as</source>
        <translation>出口报告口径</translation>
    </message>
    <message>
        <source>Imports reported as</source>
        <translation>进口报告口径</translation>
    </message>
    <message>
        <source>Number of items and/or value</source>
        <translation>数量和/或价值</translation>
    </message>
    <message>
        <source>Report currency</source>
        <translation>报告货币</translation>
    </message>
    <message>
        <source>Small arms for civilian use included</source>
        <translation>包括民用小武器</translation>
    </message>
    <message>
        <source>National categories included</source>
        <translation>包括国家类别</translation>
    </message>
    <message>
        <source>May be made public</source>
        <translation>可以公开</translation>
    </message>
    <message>
        <source>Exports form may be made public</source>
        <translation>出口表可以公开</translation>
    </message>
    <message>
        <source>Imports form may be made public</source>
        <translation>进口表可以公开</translation>
    </message>
    <message>
        <source>Reporting State</source>
        <translation>报告国</translation>
    </message>
    <message>
        <source>National point of contact</source>
        <translation>国家联络点</translation>
    </message>
    <message>
        <source>National definitions (Annex 2)</source>
        <translation>国家定义（附件 2）</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1 第 %2 行</translation>
    </message>
    <message>
        <source>Withheld: %1</source>
        <translation>不予报告：%1</translation>
    </message>
    <message>
        <source>Left out as not reportable: %1</source>
        <translation>因不需报告而未列入：%1</translation>
    </message>
    <message>
        <source>Comment printed with %1</source>
        <translation>随 %1 打印的说明</translation>
    </message>
    <message>
        <source>Exchange rate %1</source>
        <translation>汇率 %1</translation>
    </message>
    <message>
        <source>authorised</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <source>number of items</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>value</source>
        <translation>价值</translation>
    </message>
    <message>
        <source>number of items and value</source>
        <translation>数量和价值</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>withheld (commercially sensitive or national security)</source>
        <translation>不予报告（商业敏感或国家安全原因）</translation>
    </message>
    <message>
        <source>not reportable</source>
        <translation>不需报告</translation>
    </message>
    <message>
        <source>%1 definition(s)</source>
        <translation>%1 项定义</translation>
    </message>
    <message>
        <source>No report for %1 is in preparation yet.</source>
        <translation>%1 年度报告尚未开始编制。</translation>
    </message>
    <message>
        <source>In preparation (opened by %1).</source>
        <translation>编制中（由 %1 开启）。</translation>
    </message>
    <message>
        <source>Waiting for the sign-off of: %1.</source>
        <translation>等待以下机构签批：%1。</translation>
    </message>
    <message>
        <source>Every agency asked has signed off.</source>
        <translation>所有受邀机构均已签批。</translation>
    </message>
    <message>
        <source>Approver: %1.</source>
        <translation>批准人：%1。</translation>
    </message>
    <message>
        <source>Approved by %1 on %2.</source>
        <translation>已由 %1 于 %2 批准。</translation>
    </message>
    <message>
        <source>Sent to the ATT Secretariat on %1.</source>
        <translation>已于 %1 发送至《武器贸易条约》秘书处。</translation>
    </message>
    <message>
        <source>%1 versions (corrections).</source>
        <translation>共 %1 个版本（含更正）。</translation>
    </message>
    <message>
        <source>Exports</source>
        <translation>出口</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>进口</translation>
    </message>
    <message>
        <source>%1, %2: %3 row(s) in the report as sent, %4 in the register now</source>
        <translation>%1，%2：已提交的报告中有 %3 行，登记簿现有 %4 行</translation>
    </message>
    <message>
        <source>items %1 → %2</source>
        <translation>数量 %1 → %2</translation>
    </message>
    <message>
        <source>value %1 → %2</source>
        <translation>价值 %1 → %2</translation>
    </message>
    <message>
        <source>Report opened for preparation</source>
        <translation>报告已开启编制</translation>
    </message>
    <message>
        <source>Choices recorded again: %1</source>
        <translation>重新记录选项：%1</translation>
    </message>
    <message>
        <source>Choice changed: %1</source>
        <translation>选项已更改：%1</translation>
    </message>
    <message>
        <source>Contribution asked of: %1</source>
        <translation>已请以下机构提供材料：%1</translation>
    </message>
    <message>
        <source>%1 signed off its contribution</source>
        <translation>%1 已签批其提供的材料</translation>
    </message>
    <message>
        <source>%1 named as approver</source>
        <translation>%1 被指定为批准人</translation>
    </message>
    <message>
        <source>Approved; version %1 frozen</source>
        <translation>已批准；第 %1 版已冻结</translation>
    </message>
    <message>
        <source>Sent to the ATT Secretariat on %1</source>
        <translation>已于 %1 发送至《武器贸易条约》秘书处</translation>
    </message>
    <message>
        <source>Correction frozen as version %1</source>
        <translation>更正已冻结为第 %1 版</translation>
    </message>
    <message>
        <source>Clarification requested on %1</source>
        <translation>%1 收到澄清请求</translation>
    </message>
    <message>
        <source>Clarification answered on %1</source>
        <translation>已于 %1 答复澄清请求</translation>
    </message>
</context>
<context>
    <name>SubmitReviewDialog</name>
    <message>
        <source>Submit %1 for review</source>
        <translation>提交 %1 审查</translation>
    </message>
    <message>
        <source>Send the completed assessment to these agencies for their opinion. The authority&apos;s rules tick the agencies this case needs; leaving one out, or adding another, needs a reason.</source>
        <translation>将已完成的评估发送给以下机构征求意见。主管机关的规则已勾选本案需征求意见的机构；如删去其中某个机构或增加其他机构，须说明理由。</translation>
    </message>
</context>
<context>
    <name>TablePage</name>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) withheld</source>
        <translation>
            <numerusform>%n 行未列入报告</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>When / field</source>
        <translation>时间 / 字段</translation>
    </message>
    <message>
        <source>Who / before</source>
        <translation>操作人 / 修改前</translation>
    </message>
    <message>
        <source>What / after</source>
        <translation>事项 / 修改后</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>The history is append-only and hash-chained: nothing in it can be changed or removed without &apos;att-desktop audit verify&apos; noticing.</source>
        <translation>历史记录只能追加并以哈希链连接：其中任何内容被修改或删除，&apos;att-desktop audit verify&apos; 都会发现。</translation>
    </message>
</context>
<context>
    <name>TrainingBanner</name>
    <message>
        <source>You have no recorded training on gender-based violence; the authority asks for it. Consider asking the gender adviser.</source>
        <translation>您没有基于性别的暴力问题培训记录，而主管机关要求接受此项培训。可考虑征询性别问题顾问。</translation>
    </message>
</context>
<context>
    <name>TrainingDialog</name>
    <message>
        <source>Training of %1</source>
        <translation>%1 的培训</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>举办单位</translation>
    </message>
    <message>
        <source>Completed on</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Add a course completed</source>
        <translation>添加已完成的课程</translation>
    </message>
    <message>
        <source>Leave empty when the course does not expire</source>
        <translation>课程长期有效时请留空</translation>
    </message>
    <message>
        <source>&amp;Add the course</source>
        <translation>添加课程(&amp;A)</translation>
    </message>
    <message>
        <source>T&amp;opic</source>
        <translation>主题(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Course</source>
        <translation>课程(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Provider</source>
        <translation>举办单位(&amp;P)</translation>
    </message>
    <message>
        <source>Valid until (optional)</source>
        <translation>有效期至（可选）</translation>
    </message>
    <message>
        <source>does not expire</source>
        <translation>长期有效</translation>
    </message>
    <message>
        <source>GBV training recorded and valid today.</source>
        <translation>已记录性别暴力培训，目前有效。</translation>
    </message>
    <message>
        <source>No valid training on gender-based violence recorded: the GBV page of the assessment warns this person.</source>
        <translation>未记录有效的基于性别的暴力培训：评估的基于性别的暴力页面会向此人发出警告。</translation>
    </message>
</context>
<context>
    <name>UnrocaBackgroundDialog</name>
    <message>
        <source>Background information %1</source>
        <translation>%1年背景资料</translation>
    </message>
    <message>
        <source>Military holdings</source>
        <translation>军事储备</translation>
    </message>
    <message>
        <source>Procurement through national production</source>
        <translation>通过国家生产采购</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>信息</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Number of items</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Description of item</source>
        <translation>物项说明</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Optional background information for the UN Register, entered by hand: it is not in the licence register. Leave a row empty to report nothing for it.</source>
        <extracomment>(kind, category) of each row, and its three fields.</extracomment>
        <translation>联合国登记册的自愿背景资料，需手工填写：许可证登记簿中没有这些信息。某行留空即表示该行不报告任何内容。</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number of items.</source>
        <translation>“%1”不是数量。</translation>
    </message>
</context>
<context>
    <name>UnrocaBuilderDialog</name>
    <message>
        <source>UN Register of Conventional Arms report</source>
        <translation>联合国常规武器登记册报告</translation>
    </message>
    <message>
        <source>Calendar &amp;year:</source>
        <translation>日历年(&amp;Y)：</translation>
    </message>
    <message>
        <source>Report &amp;language:</source>
        <translation>报告语言(&amp;L)：</translation>
    </message>
    <message>
        <source>The Register counts actual transfers: the shipments recorded in the calendar year (not the licences issued), in numbers of items, without values.</source>
        <translation>登记册统计实际转让：日历年内登记的发运（而非签发的许可证），以数量计，不含价值。</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>State</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Number of items</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>State of origin (if not exporter)</source>
        <translation>原产国（如非出口国）</translation>
    </message>
    <message>
        <source>Intermediate location (if any)</source>
        <translation>中间地点（如有）</translation>
    </message>
    <message>
        <source>Description of item</source>
        <translation>物项说明</translation>
    </message>
    <message>
        <source>Comments on the transfer</source>
        <translation>关于转让的说明</translation>
    </message>
    <message>
        <source>E&amp;xports I-VII</source>
        <translation>出口 I-VII(&amp;X)</translation>
    </message>
    <message>
        <source>I&amp;mports I-VII</source>
        <translation>进口 I-VII(&amp;M)</translation>
    </message>
    <message>
        <source>SALW exports</source>
        <translation>小武器和轻武器出口</translation>
    </message>
    <message>
        <source>SALW imports</source>
        <translation>小武器和轻武器进口</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>信息</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>&amp;Enter background information…</source>
        <translation>填写背景资料(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Background information</source>
        <translation>背景资料(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Open the record to fix</source>
        <translation>打开需修正的记录(&amp;O)</translation>
    </message>
    <message>
        <source>Fin&amp;dings</source>
        <translation>检查结果(&amp;D)</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>预览(&amp;V)</translation>
    </message>
    <message>
        <source>Allow a dra&amp;ft despite errors</source>
        <translation>允许在有错误时生成草稿(&amp;F)</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>导出 PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>Export &amp;XLSX…</source>
        <translation>导出 XLSX(&amp;X)…</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>导出 CSV(&amp;C)…</translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation>导出 JSON(&amp;J)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>The year changed since the preview: press Preview again to export.</source>
        <translation>预览后年份已更改：请再次点击“预览”后导出。</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message numerus="yes">
        <source>Preview ready: %n error(s) to fix before export.</source>
        <translation>
            <numerusform>预览完成：导出前需修正 %n 个错误。</numerusform>
        </translation>
    </message>
    <message>
        <source>Preview ready: no errors.</source>
        <translation>预览完成：没有错误。</translation>
    </message>
    <message>
        <source>Nil: nothing to report.</source>
        <translation>无：没有需要报告的内容。</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Military holdings</source>
        <translation>军事储备</translation>
    </message>
    <message>
        <source>Procurement through national production</source>
        <translation>通过国家生产采购</translation>
    </message>
    <message>
        <source>Preview the report before exporting it.</source>
        <translation>请先预览报告再导出。</translation>
    </message>
    <message>
        <source>The report has errors (see Findings). Fix them, or tick “Allow a draft despite errors” to write a draft.</source>
        <translation>报告有错误（见检查结果）。请修正，或勾选“允许在有错误时生成草稿”以生成草稿。</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
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
        <translation>导出联合国登记册报告</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Export</source>
        <extracomment>Kinds of document an officer records; stored as these keys, shown translated.</extracomment>
        <translation>出口</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>进口</translation>
    </message>
    <message>
        <source>Transit</source>
        <translation>过境</translation>
    </message>
    <message>
        <source>Trans-shipment</source>
        <translation>转运</translation>
    </message>
    <message>
        <source>Brokering</source>
        <translation>中介活动</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source>Under assessment</source>
        <translation>评估中</translation>
    </message>
    <message>
        <source>In committee</source>
        <translation>委员会审议中</translation>
    </message>
    <message>
        <source>Authorised</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <source>End user</source>
        <translation>最终用户</translation>
    </message>
    <message>
        <source>Consignee</source>
        <translation>收货人</translation>
    </message>
    <message>
        <source>Intermediate consignee</source>
        <translation>中间收货人</translation>
    </message>
    <message>
        <source>Broker</source>
        <translation>中介商</translation>
    </message>
    <message>
        <source>Government</source>
        <translation>政府</translation>
    </message>
    <message>
        <source>Commercial</source>
        <translation>商业</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>个人</translation>
    </message>
    <message>
        <source>Regional government</source>
        <translation>地方政府/次国家政府</translation>
    </message>
    <message>
        <source>Non-State armed group</source>
        <translation>非国家武装团体</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>superseded</source>
        <translation>已被取代</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>Exhausted</source>
        <translation>已用尽</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>已登记</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>已修改</translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation>状态变更</translation>
    </message>
    <message>
        <source>Document added</source>
        <translation>已添加文件</translation>
    </message>
    <message>
        <source>Note added</source>
        <translation>已添加备注</translation>
    </message>
    <message>
        <source>Assessment started</source>
        <translation>评估已开始</translation>
    </message>
    <message>
        <source>Assessment saved</source>
        <translation>评估已保存</translation>
    </message>
    <message>
        <source>Assessment completed</source>
        <translation>评估已完成</translation>
    </message>
    <message>
        <source>Assessment superseded</source>
        <translation>评估已被取代</translation>
    </message>
    <message>
        <source>Committee review requested</source>
        <translation>已请求委员会审议</translation>
    </message>
    <message>
        <source>Reassigned</source>
        <translation>已重新分派</translation>
    </message>
    <message>
        <source>Committee opinion</source>
        <translation>委员会意见</translation>
    </message>
    <message>
        <source>Committee position noted</source>
        <translation>已记录委员会立场</translation>
    </message>
    <message>
        <source>Assessment imported</source>
        <translation>评估已导入</translation>
    </message>
    <message>
        <source>Decision imported</source>
        <translation>决定已导入</translation>
    </message>
    <message>
        <source>Licence imported</source>
        <translation>许可证已导入</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <source>Attendance recorded</source>
        <translation>已记录出席情况</translation>
    </message>
    <message>
        <source>Committee outcome</source>
        <translation>委员会结论</translation>
    </message>
    <message>
        <source>Decision recorded</source>
        <translation>已记录决定</translation>
    </message>
    <message>
        <source>Denial recorded</source>
        <translation>已记录拒绝</translation>
    </message>
    <message>
        <source>Denial notice recorded</source>
        <translation>已记录拒绝通知</translation>
    </message>
    <message>
        <source>Licence issued</source>
        <translation>已签发许可证</translation>
    </message>
    <message>
        <source>Licence amended</source>
        <translation>许可证已修改</translation>
    </message>
    <message>
        <source>Shipment recorded</source>
        <translation>已登记发运</translation>
    </message>
    <message>
        <source>Screened against the UN sanctions list</source>
        <translation>已对照联合国制裁名单筛查</translation>
    </message>
    <message>
        <source>UN sanctions list hit confirmed</source>
        <translation>联合国制裁名单命中已确认</translation>
    </message>
    <message>
        <source>UN sanctions list hit rejected</source>
        <translation>联合国制裁名单命中已排除</translation>
    </message>
    <message>
        <source>Change request recorded</source>
        <translation>已记录变更请求</translation>
    </message>
    <message>
        <source>Change request consented to</source>
        <translation>已同意变更请求</translation>
    </message>
    <message>
        <source>Change request refused</source>
        <translation>已拒绝变更请求</translation>
    </message>
    <message>
        <source>Change to the licence consented to</source>
        <translation>已同意对许可证的变更</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>已交接工作</translation>
    </message>
    <message>
        <source>Opinion handed over</source>
        <translation>已交接意见答复</translation>
    </message>
    <message>
        <source>Agency has nobody to answer</source>
        <translation>机构已无人可以答复</translation>
    </message>
    <message>
        <source>Record rows vouched for</source>
        <translation>已为记录行作证</translation>
    </message>
    <message>
        <source>Row digests begin</source>
        <translation>开始记录行摘要</translation>
    </message>
    <message>
        <source>Incident recorded</source>
        <translation>已记录事件</translation>
    </message>
    <message>
        <source>Incident updated</source>
        <translation>事件已更新</translation>
    </message>
    <message>
        <source>Incident closed</source>
        <translation>事件已关闭</translation>
    </message>
    <message>
        <source>Incident concerns this case</source>
        <translation>事件涉及本案</translation>
    </message>
    <message>
        <source>Agency mandate</source>
        <translation>机构职责</translation>
    </message>
    <message>
        <source>Consultation rule added</source>
        <translation>已添加咨询规则</translation>
    </message>
    <message>
        <source>Consultation rule retired</source>
        <translation>咨询规则已停用</translation>
    </message>
    <message>
        <source>Gender adviser consulted</source>
        <translation>已征询性别问题顾问</translation>
    </message>
    <message>
        <source>Gender adviser answered</source>
        <translation>性别问题顾问已答复</translation>
    </message>
    <message>
        <source>Training recorded</source>
        <translation>已记录培训</translation>
    </message>
    <message>
        <source>End-user certificate checked</source>
        <translation>已核查最终用户证书</translation>
    </message>
    <message>
        <source>valid training on gender-based violence recorded</source>
        <translation>已记录有效的基于性别的暴力问题培训</translation>
    </message>
    <message>
        <source>transfer type</source>
        <translation>转让类型</translation>
    </message>
    <message>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>final importing State</source>
        <translation>最终进口国</translation>
    </message>
    <message>
        <source>exporting State</source>
        <translation>出口国</translation>
    </message>
    <message>
        <source>intended end use</source>
        <translation>预期最终用途</translation>
    </message>
    <message>
        <source>end-user certificate number</source>
        <translation>最终用户证书编号</translation>
    </message>
    <message>
        <source>end-user certificate issuer</source>
        <translation>最终用户证书签发机关</translation>
    </message>
    <message>
        <source>end-user certificate date</source>
        <translation>最终用户证书日期</translation>
    </message>
    <message>
        <source>date received</source>
        <translation>收件日期</translation>
    </message>
    <message>
        <source>parties</source>
        <translation>当事方</translation>
    </message>
    <message>
        <source>transit States</source>
        <translation>过境国</translation>
    </message>
    <message>
        <source>line items</source>
        <translation>物项</translation>
    </message>
    <message>
        <source>agencies</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>opinions due</source>
        <translation>意见截止日期</translation>
    </message>
    <message>
        <source>required by the rules</source>
        <translation>规则要求</translation>
    </message>
    <message>
        <source>required, not consulted</source>
        <translation>须征求但未征求</translation>
    </message>
    <message>
        <source>consulted, not required</source>
        <translation>已征求但非规则要求</translation>
    </message>
    <message>
        <source>urgent because</source>
        <translation>紧急原因</translation>
    </message>
    <message>
        <source>End-user certificate</source>
        <translation>最终用户证书</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>合同</translation>
    </message>
    <message>
        <source>Technical specification</source>
        <translation>技术规格</translation>
    </message>
    <message>
        <source>Import permit</source>
        <translation>进口许可证</translation>
    </message>
    <message>
        <source>Correspondence</source>
        <translation>往来函件</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>mixed currencies</source>
        <translation>多种货币</translation>
    </message>
    <message>
        <source>Authorise</source>
        <extracomment>A stored key or value: two or more lower-case words joined by &quot;_&quot;.</extracomment>
        <translation>批准</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Status: %1 → %2</source>
        <translation>状态：%1 → %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>agency: opinion</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Sent to the committee: %1</source>
        <translation>已提交委员会：%1</translation>
    </message>
    <message>
        <source>Licence %1, valid %2 to %3</source>
        <translation>许可证 %1，有效期 %2 至 %3</translation>
    </message>
    <message>
        <source>%1 parties screened against the UN Consolidated List: %2 new hits</source>
        <translation>已对照联合国安全理事会综合制裁名单筛查 %1 个当事方：新增命中 %2 项</translation>
    </message>
    <message>
        <source>conditions: %1</source>
        <translation>条件：%1</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>从 %1 移交给 %2</translation>
    </message>
    <message>
        <source>%1&apos;s opinion: from %2 to %3</source>
        <translation>%1 的意见：从 %2 移交给 %3</translation>
    </message>
    <message>
        <source>%1&apos;s opinion: %2 left, nobody else can answer</source>
        <translation>%1 的意见：%2 已离任，无其他人可以答复</translation>
    </message>
    <message>
        <source>urgent: %1</source>
        <translation>紧急：%1</translation>
    </message>
    <message>
        <source>opinions due %1</source>
        <translation>意见截止日期 %1</translation>
    </message>
    <message>
        <source>%1 not consulted although required: %2</source>
        <translation>规则要求征求 %1 的意见但未征求：%2</translation>
    </message>
    <message>
        <source>%1 consulted although no rule requires it: %2</source>
        <translation>无规则要求但征求了 %1 的意见：%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>event: what it did</comment>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>WassenaarReportDialog</name>
    <message>
        <source>Wassenaar Arrangement report</source>
        <translation>瓦森纳安排报告</translation>
    </message>
    <message>
        <source>January–June</source>
        <translation>1月至6月</translation>
    </message>
    <message>
        <source>July–December</source>
        <translation>7月至12月</translation>
    </message>
    <message>
        <source>P&amp;eriod:</source>
        <translation>期间(&amp;E)：</translation>
    </message>
    <message>
        <source>Document &amp;language:</source>
        <translation>文件语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>State of import</source>
        <translation>进口国</translation>
    </message>
    <message>
        <source>Number of items</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Nil</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Nil report: nothing to report for the period.</source>
        <translation>零报告：本期间无可报告事项。</translation>
    </message>
</context>
<context>
    <name>YesNo</name>
    <message>
        <source>Yes</source>
        <extracomment>QDateEdit cannot be empty: its minimum date stands for &quot;no date&quot; and shows as blank.</extracomment>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>_ReportDialog</name>
    <message>
        <source>&amp;Table</source>
        <translation>表格(&amp;T)</translation>
    </message>
    <message>
        <source>Fin&amp;dings</source>
        <translation>检查结果(&amp;D)</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>预览(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Open the record to fix</source>
        <translation>打开需修正的记录(&amp;O)</translation>
    </message>
    <message>
        <source>Allow a dra&amp;ft despite errors</source>
        <translation>允许在有错误时生成草稿(&amp;F)</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>导出 PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>Export &amp;XLSX…</source>
        <translation>导出 XLSX(&amp;X)…</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>导出 CSV(&amp;C)…</translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation>导出 JSON(&amp;J)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>The choices changed since the preview: press Preview again to export.</source>
        <translation>预览后选项已更改：请再次点击“预览”后再导出。</translation>
    </message>
    <message>
        <source>Preview ready. Errors to fix before export: %1.</source>
        <translation>预览已就绪。导出前需更正的错误：%1。</translation>
    </message>
    <message>
        <source>Preview ready: no errors.</source>
        <translation>预览完成：没有错误。</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Fin&amp;dings (%1)</source>
        <translation>检查结果（%1）(&amp;D)</translation>
    </message>
    <message>
        <source>Record the %1 rate into %2 for %3 in the annual report builder, then preview again.</source>
        <translation>请在年度报告生成器中录入%3年%1兑%2的汇率，然后重新预览。</translation>
    </message>
    <message>
        <source>Preview the report before exporting it.</source>
        <translation>请先预览报告再导出。</translation>
    </message>
    <message>
        <source>The report has errors (see Findings). Fix them, or tick “Allow a draft despite errors” to write a draft.</source>
        <translation>报告有错误（见检查结果）。请修正，或勾选“允许在有错误时生成草稿”以生成草稿。</translation>
    </message>
</context>
</TS>
