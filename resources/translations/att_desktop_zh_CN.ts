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
        <source>Data location</source>
        <translation>数据位置</translation>
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
    <name>Application</name>
    <message>
        <source>Cannot open the database</source>
        <extracomment>Exit status when the database cannot be opened (matches the CLI&apos;s &quot;cannot proceed&quot;).</extracomment>
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
        <extracomment>Replaceable question asked before discarding unsaved input.</extracomment>
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
        <translation>有日期</translation>
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
    <name>CaseView</name>
    <message>
        <source>No case is open. Double-click a case in the register, or press Enter, to open it here.</source>
        <extracomment>A new version of the case was saved here (a document added): the register refreshes.</extracomment>
        <translation>尚未打开案件。在案件登记簿中双击某一案件（或选中后按回车键），即可在此查看。</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Add document…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <source>Transfer type</source>
        <translation>转让类型</translation>
    </message>
    <message>
        <source>Exporter / applicant</source>
        <translation>出口商／申请人</translation>
    </message>
    <message>
        <source>Final importing State</source>
        <translation>最终进口国</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理日期</translation>
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
        <translation>最终用户证书</translation>
    </message>
    <message>
        <source>Exporting State</source>
        <translation>出口国</translation>
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
        <translation>型号</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>管制清单编号</translation>
    </message>
    <message>
        <source>ATT category</source>
        <translation>ATT 类别</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Withheld from report</source>
        <translation>不列入年度报告</translation>
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
        <source>A decided or withdrawn case cannot be edited.</source>
        <translation>已作出决定或已撤回的案件不能编辑。</translation>
    </message>
    <message>
        <source>Change the application&apos;s details (Ctrl+E)</source>
        <translation>修改申请内容 (Ctrl+E)</translation>
    </message>
    <message>
        <source>Not reportable: %1</source>
        <translation>不需报告：%1</translation>
    </message>
    <message>
        <source>Yes: %1</source>
        <translation>是：%1</translation>
    </message>
    <message>
        <source>Parties (%1)</source>
        <translation>当事方 (%1)</translation>
    </message>
    <message>
        <source>Line items (%1)</source>
        <translation>物项 (%1)</translation>
    </message>
    <message>
        <source>Documents (%1)</source>
        <translation>文件 (%1)</translation>
    </message>
    <message>
        <source>Licences (%1)</source>
        <translation>许可证 (%1)</translation>
    </message>
    <message>
        <source>History (%1)</source>
        <translation>历史记录 (%1)</translation>
    </message>
    <message>
        <source>Document not recorded</source>
        <translation>文件未登记</translation>
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
    <name>FieldMessages</name>
    <message>
        <source>enter the applicant&apos;s name</source>
        <extracomment>Dynamic property set on a widget whose value was refused; ``ERROR_STYLE`` draws it red.</extracomment>
        <translation>请输入申请人名称</translation>
    </message>
    <message>
        <source>choose the applicant&apos;s country</source>
        <translation>请选择申请人所在国</translation>
    </message>
    <message>
        <source>choose the final importing State</source>
        <translation>请选择最终进口国</translation>
    </message>
    <message>
        <source>choose the exporting State</source>
        <translation>请选择出口国</translation>
    </message>
    <message>
        <source>not a known country</source>
        <translation>不是已知国家</translation>
    </message>
    <message>
        <source>not a country</source>
        <translation>不是国家</translation>
    </message>
    <message>
        <source>the date received cannot be in the future</source>
        <translation>收件日期不能晚于今天</translation>
    </message>
    <message>
        <source>the certificate date cannot be in the future</source>
        <translation>证书日期不能晚于今天</translation>
    </message>
    <message>
        <source>choose a transit State</source>
        <translation>请选择过境国</translation>
    </message>
    <message>
        <source>add the end user</source>
        <translation>请添加最终用户</translation>
    </message>
    <message>
        <source>enter the party&apos;s name</source>
        <translation>请输入当事方名称</translation>
    </message>
    <message>
        <source>choose the party&apos;s country</source>
        <translation>请选择当事方所在国</translation>
    </message>
    <message>
        <source>add at least one line item</source>
        <translation>请至少添加一个物项</translation>
    </message>
    <message>
        <source>describe the item</source>
        <translation>请描述该物项</translation>
    </message>
    <message>
        <source>the quantity must not be negative</source>
        <translation>数量不能为负数</translation>
    </message>
    <message>
        <source>the quantity must be greater than zero</source>
        <translation>数量必须大于零</translation>
    </message>
    <message>
        <source>the quantity may have at most 3 decimal places</source>
        <translation>数量最多保留 3 位小数</translation>
    </message>
    <message>
        <source>the quantity is too large</source>
        <translation>数量过大</translation>
    </message>
    <message>
        <source>the value must not be negative</source>
        <translation>金额不能为负数</translation>
    </message>
    <message>
        <source>the value may have at most 3 decimal places</source>
        <translation>金额最多保留 3 位小数</translation>
    </message>
    <message>
        <source>the value is too large</source>
        <translation>金额过大</translation>
    </message>
    <message>
        <source>give the value&apos;s currency as a three-letter code such as EUR</source>
        <translation>请用三个字母的代码填写金额的币种，例如 EUR</translation>
    </message>
    <message>
        <source>choose either an ATT category or a reason it is not reportable, not both</source>
        <translation>请选择《武器贸易条约》类别或不需报告的原因，二者只能选其一</translation>
    </message>
    <message>
        <source>choose the ATT category, or say why the item is not reportable</source>
        <translation>请选择《武器贸易条约》类别，或说明该物项不需报告的原因</translation>
    </message>
    <message>
        <source>say why the item is withheld from the annual report</source>
        <translation>请说明该物项不在年度报告中公开的原因</translation>
    </message>
    <message>
        <source>say why the application is withdrawn</source>
        <translation>请说明撤回申请的原因</translation>
    </message>
    <message>
        <source>quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>value</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an ATT category</source>
        <translation>“%1”不是《武器贸易条约》类别</translation>
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
    <name>Guidance</name>
    <message>
        <source>Is any party or State under an arms embargo on the decision date?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article 6(1): a UN Security Council Chapter VII embargo prohibits the transfer outright. The screen checks every destination, end user, consignee, broker and transit State, for all items including ammunition and parts (Articles 3 and 4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application&apos;s parties and States; the embargo data&apos;s legal basis and dates; the UN Consolidated List for named persons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does this embargo match apply, and has any required approval or notification been made?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some embargoes cover only part of a country, only non-State actors, or allow supplies with a sanctions committee&apos;s approval or notification. Approval must be obtained before authorising; without it the transfer stays prohibited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resolution&apos;s text, the committee&apos;s exemption page, the committee&apos;s reply letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would the transfer violate another international obligation of your State (6(2))?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regional embargoes (EU, OSCE, ECOWAS), the Firearms Protocol, mine or cluster munition bans and other treaties your State has joined are absolute too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your State&apos;s treaty list and enabled regional embargo sets; legal adviser&apos;s opinion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do you know the items would be used for genocide, crimes against humanity or war crimes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article 6(3) is about knowledge at the time of authorisation, not mere risk: if the State knows, it must refuse. Risk short of knowledge is weighed under Article 7.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings of UN investigative bodies and courts, credible reporting of ongoing crimes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 1: What types of GBV and violence against women and children are prevalent?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identify which forms are common in the importing State (e.g. conflict-related sexual violence, domestic violence, femicide) before asking how the items relate to them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UN and treaty-body reports (CEDAW, CRC), national statistics, women&apos;s organisations, consultation with GBV experts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 2: Are these prevalent violations &apos;serious&apos;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article 7(4) speaks of serious acts: consider scale, gravity, whether systematic or tolerated, and whether security forces are involved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commission of inquiry findings, Special Representative on Sexual Violence in Conflict.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 3: Does the importing State take effective preventive action?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look at laws, prosecutions, protection services and vetting and training of forces, and whether they work in practice, not only on paper.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prosecution data, UN country reviews, NGO monitoring, the importer&apos;s own information.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How likely is it that these items would be used to commit or facilitate the GBV found?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judge the link between the items, the end user and the violations before mitigation: the type of items (e.g. small arms used in intimidation), and the end user&apos;s record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End-user record, item type and use, reports naming the unit or force concerned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 5: Do mitigation measures reliably and significantly reduce the risk?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken before step 4 (footnote 7): the overriding-risk decision is made after mitigation. A measure counts only if it is credible and verifiable for this end user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The measures proposed and the importer&apos;s track record of honouring similar commitments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 4: Is there an overriding risk after mitigation?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application computes this from the risk before mitigation and step 5; explain the determination in your own words for the record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your findings in steps 1-3 and 5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are there diversion red flags?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning signs that the declared end user or end use may not be the real one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routing, brokers&apos; registration, payment terms, the fit between items and the end user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is there an authenticated end-user certificate with adequate assurances?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An EUC names the end user and end use; assurances can cover no re-export without consent and secure storage. Authenticate it with the issuing authority.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The EUC, its verification with the importing State, stockpile-security assurances.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are delivery verification or post-shipment checks agreed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery verification certificates and on-site checks let you confirm the items reached the end user and remain there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The importer&apos;s agreement; past cooperation on verification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which measures (Art. 7(2)) address which risks, and do they reliably reduce them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence-building measures and jointly developed programmes can lower a risk. Link each measure to the risks it addresses; say honestly whether it works reliably.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft agreements, the importer&apos;s record of compliance, verification arrangements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article 7(3): after mitigation, is there an overriding risk on any criterion?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If so, the State shall not authorise. The application computes the recommendation from your findings and will not let a decision contradict it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All findings above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would the items contribute to or undermine peace and security?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weigh both sides: legitimate self-defence or peacekeeping needs against the risk of fuelling conflict, regional tension or an arms build-up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UN Security Council reports, regional security analyses, embassy reporting, the importer&apos;s stated need (Art. 8(1) documents).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could the items be used to commit or facilitate a serious violation of IHL?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look at the end user&apos;s conduct in armed conflict: attacks on civilians, indiscriminate weapons use, and whether violations are investigated and punished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UN commissions of inquiry, ICRC public statements, human-rights NGO and media reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could the items be used to commit or facilitate a serious violation of human rights law?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consider repression, torture, extrajudicial killings, excessive force by the end user; how closely the items fit such uses; and accountability.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UN human-rights mechanisms, treaty-body and special-rapporteur reports, NGO reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could the items be used in an offence under the terrorism conventions you are party to?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consider links between the parties or the route and terrorist groups, and leakage risk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sanctions lists, intelligence, law-enforcement information, UN monitoring reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could the items be used in an offence under the organised-crime conventions?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consider trafficking networks, corruption, and criminal access to the end user&apos;s stocks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UNODC reports, police and customs information, Firearms Protocol reporting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could items leak during production, e.g. from an unlicensed or poorly secured plant?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate the diversion risk at this stage of the supply chain (Article 11).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manufacturer licence and security audits; industry due-diligence files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could items go missing before shipment, at the warehouse or point of loading?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freight forwarder details, packing lists, export-control inspections at loading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could items be diverted en route, before the authorised end user takes delivery?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routing and transit States, carriers, trans-shipment points, intermediate consignees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could items be stolen, sold or lost from the recipient&apos;s stockpiles?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stockpile security assurances, past audits, UN or NGO reports on losses from stocks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could the end user pass the items on, or use them other than as declared?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End-user certificate, the end user&apos;s record, re-export history, embassy reporting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happens when the items are retired: destroyed, stored, sold or re-exported?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disposal commitments, destruction certificates, the importer&apos;s surplus policies.</source>
        <translation type="unfinished"></translation>
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
        <translation>不在公开的年度报告中披露</translation>
    </message>
    <message>
        <source>Reason, e.g. commercially sensitive</source>
        <translation>原因，例如商业敏感</translation>
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
        <translation>型号 / 类型</translation>
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
        <translation>金额</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>e.g. ML1</source>
        <translation>例如：ML1</translation>
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
        <translation>物项 %1：型号 / 类型</translation>
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
        <translation>物项 %1：金额</translation>
    </message>
    <message>
        <source>Item %1: currency</source>
        <translation>物项 %1：币种</translation>
    </message>
    <message>
        <source>Item %1: reason for withholding</source>
        <translation>物项 %1：不公开的原因</translation>
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
        <translation>请为每个物项选择《武器贸易条约》类别，或说明其不需报告的原因（弹药、零部件、两用物项、仅列入国家清单）。</translation>
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
        <extracomment>Register column widths, in average character widths of the table&apos;s font. Emitted after the register was re-queried (tests wait on it).</extracomment>
        <translation>新建申请(&amp;N)…</translation>
    </message>
    <message>
        <source>Register a new application (Ctrl+N)</source>
        <translation>登记一份新申请 (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Open case…</source>
        <translation>打开案件(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a case by its reference (Ctrl+O)</source>
        <translation>按案件编号打开 (Ctrl+O)</translation>
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
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Clear filters</source>
        <translation>清除筛选(&amp;C)</translation>
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
        <source>Main toolbar</source>
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
        <source>Not available</source>
        <translation>无法使用</translation>
    </message>
    <message>
        <source>The application form could not be loaded: %1</source>
        <translation>无法加载申请表：%1</translation>
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
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
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
    <name>PartiesEditor</name>
    <message>
        <source>Role</source>
        <extracomment>A party row as typed: role, type, name, country text, address. Used to move rows and to tell whether anything changed.</extracomment>
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
        <source>Party %1</source>
        <translation>当事方 %1</translation>
    </message>
    <message>
        <source>Name of the party</source>
        <translation>当事方名称</translation>
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
        <translation>申请受理年份</translation>
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
        <translation>任一物项的 ATT 类别</translation>
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
        <translation>全部目的国</translation>
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
        <source>Reference</source>
        <extracomment>The case&apos;s database id, for opening it. At most this many pages stay in memory (5,000 rows). How many pages were fetched since the last reset (benchmarks and tests read it).</extracomment>
        <translation>案件编号</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Exporter / applicant</source>
        <translation>出口商／申请人</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>目的国</translation>
    </message>
    <message>
        <source>End user</source>
        <translation>最终用户</translation>
    </message>
    <message>
        <source>ATT categories</source>
        <translation>ATT 类别</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理日期</translation>
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
        <translation>中间商活动</translation>
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
        <translation>中间商</translation>
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
        <translation>受理日期</translation>
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
</context>
</TS>
