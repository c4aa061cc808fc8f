<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AuditTrail</name>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Time (China)</source>
        <translation>时间（北京时间）</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Record type</source>
        <translation>记录类型</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>修改前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>修改后</translation>
    </message>
    <message>
        <source>Entry hash</source>
        <translation>记录哈希值</translation>
    </message>
    <message>
        <source>No case %1.</source>
        <translation>没有案件 %1。</translation>
    </message>
    <message>
        <source>The date range ends before it starts.</source>
        <translation>日期范围的结束日期早于开始日期。</translation>
    </message>
    <message>
        <source>matches</source>
        <translation>一致</translation>
    </message>
    <message>
        <source>ALTERED</source>
        <translation>已篡改</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>审计轨迹</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>CanonicalJson</name>
    <message>
        <source>A JSON document is larger than allowed.</source>
        <translation>JSON 文档超出允许的大小。</translation>
    </message>
    <message>
        <source>A JSON document is not valid UTF-8.</source>
        <translation>JSON 文档不是有效的 UTF-8 编码。</translation>
    </message>
    <message>
        <source>A JSON string holds an unpaired surrogate escape.</source>
        <translation>JSON 字符串含有不成对的代理项转义。</translation>
    </message>
    <message>
        <source>A JSON document is nested too deeply.</source>
        <translation>JSON 文档嵌套层数过多。</translation>
    </message>
    <message>
        <source>A JSON document is malformed.</source>
        <translation>JSON 文档格式错误。</translation>
    </message>
    <message>
        <source>A JSON object repeats a key.</source>
        <translation>JSON 对象中有重复的键。</translation>
    </message>
    <message>
        <source>A JSON object key is not printable ASCII.</source>
        <translation>JSON 对象的键不是可打印的 ASCII 字符。</translation>
    </message>
    <message>
        <source>A JSON number has a fraction or exponent; only integers are allowed.</source>
        <translation>JSON 数字带有小数或指数；只允许整数。</translation>
    </message>
    <message>
        <source>A JSON integer is outside ±(2^53−1).</source>
        <translation>JSON 整数超出 ±(2^53−1) 的范围。</translation>
    </message>
    <message>
        <source>A JSON document is not an object.</source>
        <translation>JSON 文档不是对象。</translation>
    </message>
    <message>
        <source>A JSON document is not in canonical form.</source>
        <translation>JSON 文档不是规范格式。</translation>
    </message>
    <message>
        <source>An NDJSON file does not end with a newline.</source>
        <translation>NDJSON 文件未以换行符结尾。</translation>
    </message>
    <message>
        <source>An NDJSON line is longer than allowed.</source>
        <translation>NDJSON 行超出允许的长度。</translation>
    </message>
    <message>
        <source>An NDJSON file holds an empty line.</source>
        <translation>NDJSON 文件含有空行。</translation>
    </message>
    <message>
        <source>An NDJSON file holds too many lines.</source>
        <translation>NDJSON 文件行数过多。</translation>
    </message>
</context>
<context>
    <name>FundReports</name>
    <message>
        <source>The month is not valid.</source>
        <translation>月份无效。</translation>
    </message>
</context>
<context>
    <name>InspectionReports</name>
    <message>
        <source>No household visit</source>
        <translation>无入户调查</translation>
    </message>
    <message>
        <source>No visit by the confirming authority</source>
        <translation>审核确认机关未入户核查</translation>
    </message>
    <message>
        <source>Investigation</source>
        <translation>调查</translation>
    </message>
    <message>
        <source>Near relative of staff</source>
        <translation>工作人员近亲属</translation>
    </message>
    <message>
        <source>Complaint during confirmation</source>
        <translation>审核确认期间的举报投诉</translation>
    </message>
    <message>
        <source>%1 is not a township code.</source>
        <translation>%1 不是乡镇代码。</translation>
    </message>
    <message>
        <source>%1 is outside this database&apos;s jurisdiction.</source>
        <translation>%1 不属于本数据库的辖区。</translation>
    </message>
    <message>
        <source>The period is not valid.</source>
        <translation>期间无效。</translation>
    </message>
</context>
<context>
    <name>Statistics</name>
    <message>
        <source>Urban</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Rural</source>
        <translation>农村</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>未登记</translation>
    </message>
    <message>
        <source>No tier</source>
        <translation>不分档</translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation>%1 档</translation>
    </message>
    <message>
        <source>The month is not valid.</source>
        <translation>月份无效。</translation>
    </message>
    <message>
        <source>(no village)</source>
        <translation>（无村）</translation>
    </message>
    <message>
        <source>The months are not valid.</source>
        <translation>月份无效。</translation>
    </message>
    <message>
        <source>At most ten years of months can be compared at once.</source>
        <translation>一次最多比较十年的月份。</translation>
    </message>
</context>
<context>
    <name>dibao::AckSigner</name>
    <message>
        <source>An acknowledgement is invalid: %1</source>
        <translation>回执无效：%1</translation>
    </message>
    <message>
        <source>A signed acknowledgement is malformed.</source>
        <translation>签名回执格式错误。</translation>
    </message>
    <message>
        <source>An acknowledgement is signed by an unknown key.</source>
        <translation>回执由未知密钥签名。</translation>
    </message>
    <message>
        <source>An acknowledgement&apos;s signature does not match.</source>
        <translation>回执签名不符。</translation>
    </message>
</context>
<context>
    <name>dibao::ActionDialog</name>
    <message>
        <source>yuan, e.g. 420.00</source>
        <translation>元，例如 420.00</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1为必填项。</translation>
    </message>
    <message>
        <source>%1: enter yuan with at most two decimals, e.g. 420.00.</source>
        <translation>%1：请输入元，最多两位小数，例如 420.00。</translation>
    </message>
</context>
<context>
    <name>dibao::AppraisalMeetingStore</name>
    <message>
        <source>%1 of the %2 participants invited were present; at least %3/%4 must attend.</source>
        <translation>应到 %2 人，实到 %1 人；到会人数须不少于应到人数的 %3/%4。</translation>
    </message>
    <message>
        <source>A correction says what it corrects and why.</source>
        <translation>更正须写明更正的内容和理由。</translation>
    </message>
    <message>
        <source>A correction stays in the township of the meeting.</source>
        <translation>更正不能改变评议会所属的乡镇。</translation>
    </message>
    <message>
        <source>A meeting is recorded after it was held: %1 is in the future.</source>
        <translation>评议会须在召开后登记：%1 晚于今天。</translation>
    </message>
    <message>
        <source>An opinion is about the facts: is the investigation true and complete (true_complete), incomplete or disputed — never &quot;%1&quot;. A meeting does not vote on eligibility.</source>
        <translation>评议意见针对事实：调查是真实完整（true_complete）、不完整还是有争议，而不能是“%1”。民主评议不对是否符合条件进行表决。</translation>
    </message>
    <message>
        <source>Case %1 (%2) is not waiting for an appraisal meeting: it is &quot;%3&quot;.</source>
        <translation>案件 %1（%2）不在待民主评议状态：当前为“%3”。</translation>
    </message>
    <message>
        <source>Case %1 belongs to township %2, not to the meeting&apos;s %3.</source>
        <translation>案件 %1 属于乡镇 %2，不属于评议会所在的 %3。</translation>
    </message>
    <message>
        <source>Case %1 is on the agenda twice.</source>
        <translation>案件 %1 在议程中出现了两次。</translation>
    </message>
    <message>
        <source>Case %1 was not on the meeting corrected and is not waiting for an appraisal.</source>
        <translation>案件 %1 不在被更正的评议会议程中，也不在待民主评议状态。</translation>
    </message>
    <message>
        <source>Every participant is named.</source>
        <translation>每位参会人员都须写明姓名。</translation>
    </message>
    <message>
        <source>Meeting %1 is outside this database&apos;s area.</source>
        <translation>评议会 %1 不属于本数据库的辖区。</translation>
    </message>
    <message>
        <source>Meeting %1 was already corrected by %2: correct the latest record.</source>
        <translation>评议会 %1 已被 %2 更正：请更正最新的记录。</translation>
    </message>
    <message>
        <source>No appraisal meeting %1.</source>
        <translation>没有民主评议会 %1。</translation>
    </message>
    <message>
        <source>No township staff member is recorded as present: township staff must attend the meeting and draw its conclusions (at least %1).</source>
        <translation>没有乡镇工作人员到会的记录：乡镇工作人员须参加评议会并作出结论（至少 %1 人）。</translation>
    </message>
    <message>
        <source>Only %1 participants were present; the meeting needs at least %2.</source>
        <translation>实到仅 %1 人；评议会至少需要 %2 人到会。</translation>
    </message>
    <message>
        <source>Participant %1 has the unknown category &quot;%2&quot;; use one of: %3.</source>
        <translation>参会人员 %1 的类别“%2”未知；可选：%3。</translation>
    </message>
    <message>
        <source>The conclusion on case %1 is drawn by one of the township staff present, not &quot;%2&quot;.</source>
        <translation>案件 %1 的结论须由到会的乡镇工作人员作出，而不是“%2”。</translation>
    </message>
    <message>
        <source>The conclusion on case %1 must be true_complete, incomplete or disputed.</source>
        <translation>案件 %1 的结论须为 true_complete（真实完整）、incomplete（不完整）或 disputed（有争议）。</translation>
    </message>
    <message>
        <source>The correction changes the conclusion on case %1, which has already moved on; take the case back through the workflow instead.</source>
        <translation>此更正改变了案件 %1 的结论，而该案件已进入后续环节；请改为按办理流程将案件退回。</translation>
    </message>
    <message>
        <source>The meeting has no case on its agenda.</source>
        <translation>评议会议程中没有案件。</translation>
    </message>
    <message>
        <source>The meeting needs its chair.</source>
        <translation>须填写评议会主持人。</translation>
    </message>
    <message>
        <source>The meeting needs its date.</source>
        <translation>须填写评议会日期。</translation>
    </message>
    <message>
        <source>The meeting needs its minutes.</source>
        <translation>须填写评议会会议记录。</translation>
    </message>
    <message>
        <source>The meeting needs its place.</source>
        <translation>须填写评议会地点。</translation>
    </message>
    <message>
        <source>The meeting needs its recorder.</source>
        <translation>须填写评议会记录人。</translation>
    </message>
    <message>
        <source>Township %1 is outside this database&apos;s area.</source>
        <translation>乡镇 %1 不属于本数据库的辖区。</translation>
    </message>
    <message>
        <source>Village representatives are %1 of the %2 participants present; they must be at least %3/%4 of them.</source>
        <translation>实到 %2 人中村民代表 %1 人；村民代表须不少于实到人数的 %3/%4。</translation>
    </message>
</context>
<context>
    <name>dibao::AttachmentPanel</name>
    <message>
        <source>Photos of the signed form and scans (drag files here):</source>
        <translation>签字表格的照片和扫描件（可将文件拖到此处）：</translation>
    </message>
    <message>
        <source>&amp;Attach files…</source>
        <translation>添加附件(&amp;A)…</translation>
    </message>
    <message>
        <source>%1 — attached when the visit is recorded</source>
        <translation>%1 — 记录入户调查时一并附上</translation>
    </message>
    <message>
        <source>%1, %2 KB, attached by %3 at %4 (UTC)
SHA-256 %5</source>
        <translation>%1，%2 KB，由 %3 于 %4（UTC）附上
SHA-256 %5</translation>
    </message>
    <message>
        <source>%1 cannot be read; it is not attached.</source>
        <translation>%1 无法读取，未附上。</translation>
    </message>
    <message>
        <source>%1 is %2 MB; an attachment may be at most %3 MB. It is not attached.</source>
        <translation>%1 为 %2 MB；附件最大 %3 MB。未附上。</translation>
    </message>
    <message>
        <source>%1 is empty; it is not attached.</source>
        <translation>%1 是空文件，未附上。</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>添加附件</translation>
    </message>
    <message>
        <source>Photos and scans (*.jpg *.jpeg *.png *.tif *.tiff *.bmp *.webp *.pdf);;All files (*)</source>
        <translation>照片和扫描件 (*.jpg *.jpeg *.png *.tif *.tiff *.bmp *.webp *.pdf);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>dibao::AttachmentStore</name>
    <message>
        <source>%1 cannot be attached: there is no such file.</source>
        <translation>无法附上 %1：文件不存在。</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is %2 MB; an attachment may be at most %3 MB. Scan or photograph it at a lower resolution, or split it into several files.</source>
        <translation>%1 为 %2 MB；附件最大 %3 MB。请用较低的分辨率扫描或拍照，或拆分为几个文件。</translation>
    </message>
    <message>
        <source>%1 is empty: there is nothing to attach.</source>
        <translation>%1 是空文件：没有可附上的内容。</translation>
    </message>
    <message>
        <source>Cannot create the attachments folder %1.</source>
        <translation>无法创建附件文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot store the attachment in %1: %2</source>
        <translation>无法将附件保存到 %1：%2</translation>
    </message>
    <message>
        <source>Files are attached to a visit or a case, not to &quot;%1&quot;.</source>
        <translation>附件只能附在入户调查或案件上，不能附在“%1”上。</translation>
    </message>
    <message>
        <source>No attachment %1.</source>
        <translation>没有附件 %1。</translation>
    </message>
    <message>
        <source>No visit %1 to attach the file to.</source>
        <translation>没有可附上文件的入户调查 %1。</translation>
    </message>
    <message>
        <source>The file of attachment %1 (%2) has been changed since it was attached: its content no longer matches the recorded SHA-256. Restore it from a backup.</source>
        <translation>附件 %1（%2）的文件在附上后被改动过：内容与记录的 SHA-256 不再一致。请从备份中恢复。</translation>
    </message>
    <message>
        <source>The file of attachment %1 (%2) is missing from %3; restore it from a backup.</source>
        <translation>附件 %1（%2）的文件在 %3 中缺失；请从备份中恢复。</translation>
    </message>
    <message>
        <source>An attachment&apos;s content does not match its hash %1.</source>
        <translation>附件内容与其哈希值 %1 不符。</translation>
    </message>
</context>
<context>
    <name>dibao::AuditAnchors</name>
    <message>
        <source>Audit entry %1 no longer has the hash the hub acknowledged with bundle %2 on %3: the trail was rewritten.</source>
        <translation>审计记录 %1 的哈希值与县级平台 %3 确认同步包 %2 时的不再一致：审计轨迹已被改写。</translation>
    </message>
    <message>
        <source>The hub&apos;s acknowledgement of bundle %1 does not verify or does not match its manifest.</source>
        <translation>县级平台对同步包 %1 的回执验证不通过，或与同步包清单不符。</translation>
    </message>
</context>
<context>
    <name>dibao::AuditLog</name>
    <message>
        <source>Audit entries %1 to %2 are missing.</source>
        <translation>审计记录 %1 至 %2 缺失。</translation>
    </message>
    <message>
        <source>Audit entry %1 does not follow the entry before it (removed, inserted or reordered).</source>
        <translation>审计记录 %1 与前一条记录不衔接（有记录被删除、插入或调换了顺序）。</translation>
    </message>
    <message>
        <source>Audit entry %1 was altered: its content no longer matches its hash.</source>
        <translation>审计记录 %1 已被篡改：内容与其哈希值不符。</translation>
    </message>
    <message>
        <source>Record %1 in %2 no longer matches its last audited state.</source>
        <translation>%2 中的记录 %1 与最后一次审计时的状态不符。</translation>
    </message>
    <message>
        <source>Record %1 in %2 was written outside the audit trail.</source>
        <translation>%2 中的记录 %1 是绕过审计轨迹写入的。</translation>
    </message>
    <message>
        <source>The audit check was cancelled.</source>
        <translation>审计核验已取消。</translation>
    </message>
    <message>
        <source>Payroll line %1 no longer matches roll part %2, which was audited when the roll was issued.</source>
        <translation>发放明细 %1 与发放时已审计的名册分段 %2 不再一致。</translation>
    </message>
    <message>
        <source>Payroll line %1 of roll part %2 is missing.</source>
        <translation>发放名册分段 %2 中的明细 %1 已缺失。</translation>
    </message>
</context>
<context>
    <name>dibao::AuditModel</name>
    <message>
        <source>matches</source>
        <translation>一致</translation>
    </message>
    <message>
        <source>altered</source>
        <translation>已篡改</translation>
    </message>
    <message>
        <source>This entry&apos;s content no longer matches its hash: it was changed outside the product.</source>
        <translation>此审计记录的内容与其哈希值不再一致：有人在本系统之外改动过它。</translation>
    </message>
</context>
<context>
    <name>dibao::AuditPage</name>
    <message>
        <source>Audit</source>
        <translation>审计</translation>
    </message>
    <message>
        <source>Case id (empty: the whole trail)</source>
        <translation>案件编号（留空：全部审计轨迹）</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Any record type</source>
        <translation>全部记录类型</translation>
    </message>
    <message>
        <source>Action (insert, update, read, confirm ...)</source>
        <translation>操作（insert、update、read、confirm ...）</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>筛选</translation>
    </message>
    <message>
        <source>Check the chain</source>
        <translation>核验审计链</translation>
    </message>
    <message>
        <source>Export...</source>
        <translation>导出...</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>共 %n 条</numerusform>
        </translation>
    </message>
    <message>
        <source>Entry %1, %2, %3 on device %4: %5 %6 %7</source>
        <translation>审计记录 %1，%2，%3（设备 %4）：%5 %6 %7</translation>
    </message>
    <message>
        <source>This entry&apos;s content no longer matches its hash: it was changed outside the product.</source>
        <translation>此审计记录的内容与其哈希值不再一致：有人在本系统之外改动过它。</translation>
    </message>
    <message>
        <source>Before:</source>
        <translation>修改前：</translation>
    </message>
    <message>
        <source>After:</source>
        <translation>修改后：</translation>
    </message>
    <message>
        <source>Checking the audit chain...</source>
        <translation>正在核验审计链...</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Audit trail intact: %1 entries, %2 records match their last audited state.</source>
        <translation>审计轨迹完整：共 %1 条审计记录，%2 条业务记录与最后一次审计时的状态一致。</translation>
    </message>
    <message>
        <source>The audit trail is NOT intact:</source>
        <translation>审计轨迹不完整：</translation>
    </message>
    <message>
        <source>... and %1 more problems.</source>
        <translation>... 另有 %1 个问题。</translation>
    </message>
    <message>
        <source>Choose a file ending in .xlsx or .csv.</source>
        <translation>请选择扩展名为 .xlsx 或 .csv 的文件。</translation>
    </message>
    <message>
        <source>Wrote %1 entries to %2</source>
        <translation>已将 %1 条审计记录写入 %2</translation>
    </message>
    <message>
        <source>Export the audit entries</source>
        <translation>导出审计记录</translation>
    </message>
    <message>
        <source>audit.xlsx</source>
        <translation>审计记录.xlsx</translation>
    </message>
    <message>
        <source>Workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>工作簿 (*.xlsx);;CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>dibao::AuditTrail</name>
    <message>
        <source>ALTERED</source>
        <translation>已篡改</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>After</source>
        <translation>修改后</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>审计轨迹</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>修改前</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Entry hash</source>
        <translation>记录哈希值</translation>
    </message>
    <message>
        <source>No case %1.</source>
        <translation>没有案件 %1。</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Record type</source>
        <translation>记录类型</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>The date range ends before it starts.</source>
        <translation>日期范围的结束日期早于开始日期。</translation>
    </message>
    <message>
        <source>Time (China)</source>
        <translation>时间（北京时间）</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>matches</source>
        <translation>一致</translation>
    </message>
</context>
<context>
    <name>dibao::Backup</name>
    <message>
        <source>%1 already exists; a restore never overwrites a database.</source>
        <translation>%1 已存在；恢复备份不会覆盖已有数据库。</translation>
    </message>
    <message>
        <source>%1 cannot open this backup: ask a user who synced on that device.</source>
        <translation>%1 无法打开此备份：请找曾在该设备上同步过的用户。</translation>
    </message>
    <message>
        <source>%1 is not a dibao backup.</source>
        <translation>%1 不是低保业务系统的备份。</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>无法创建 %1。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>The backup holds an unexpected entry.</source>
        <translation>备份中含有意外的条目。</translation>
    </message>
    <message>
        <source>The backup is damaged or truncated.</source>
        <translation>备份已损坏或不完整。</translation>
    </message>
    <message>
        <source>The backup&apos;s key is damaged.</source>
        <translation>备份的密钥已损坏。</translation>
    </message>
    <message>
        <source>The online backup of the database failed (%1).</source>
        <translation>数据库在线备份失败（%1）。</translation>
    </message>
    <message>
        <source>This backup is sealed to another hub key.</source>
        <translation>此备份是用另一个县级平台密钥加密封装的。</translation>
    </message>
    <message>
        <source>This backup was made by a newer dibao.</source>
        <translation>此备份由较新版本的低保业务系统生成。</translation>
    </message>
</context>
<context>
    <name>dibao::BackupSettingsDialog</name>
    <message>
        <source>Backup settings</source>
        <translation>备份设置</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>选择(&amp;C)…</translation>
    </message>
    <message>
        <source>Backup folder (e.g. a USB drive)</source>
        <translation>备份文件夹（如 U 盘）</translation>
    </message>
    <message>
        <source>Only when I choose Back up now</source>
        <translation>仅在选择“立即备份”时</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>每天</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>每周</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>文件夹(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Schedule:</source>
        <translation>备份计划(&amp;S)：</translation>
    </message>
    <message>
        <source>Last backup:</source>
        <translation>上次备份：</translation>
    </message>
    <message>
        <source>Backups are encrypted: any user of this device opens one with their password. Restoring is done with dibao-cli restore (docs/client.md).</source>
        <translation>备份已加密：本机的任何用户都可以用自己的密码打开。恢复请使用 dibao-cli restore（见 docs/client.md）。</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>Choose an existing folder for scheduled backups.</source>
        <translation>请为定期备份选择一个已有的文件夹。</translation>
    </message>
</context>
<context>
    <name>dibao::BankFileWriter</name>
    <message>
        <source>Payment %1: the account number must be 6 to 32 digits.</source>
        <translation>发放记录 %1：账号须为 6 至 32 位数字。</translation>
    </message>
    <message>
        <source>Payment %1: the account holder&apos;s name is empty or holds characters a bank file cannot carry.</source>
        <translation>发放记录 %1：户名为空，或含有银行文件不能承载的字符。</translation>
    </message>
    <message>
        <source>Payment %1: the amount must be more than zero.</source>
        <translation>发放记录 %1：金额须大于零。</translation>
    </message>
    <message>
        <source>Payment %1: the ID number must be 18 characters.</source>
        <translation>发放记录 %1：身份证号须为 18 位。</translation>
    </message>
    <message>
        <source>Payment %1: the memo holds characters a bank file cannot carry, or is longer than 60 characters.</source>
        <translation>发放记录 %1：摘要含有银行文件不能承载的字符，或超过 60 个字符。</translation>
    </message>
    <message>
        <source>Payment %1: the total overflows.</source>
        <translation>发放记录 %1：合计金额溢出。</translation>
    </message>
</context>
<context>
    <name>dibao::BundleManifest</name>
    <message>
        <source>The bundle manifest is invalid: %1</source>
        <translation>同步包清单无效：%1</translation>
    </message>
    <message>
        <source>This bundle was made by a newer version of dibao; upgrade this program to read it.</source>
        <translation>此同步包由较新版本的低保业务系统生成；请升级本程序后再读取。</translation>
    </message>
    <message>
        <source>The bundle manifest lists an entry name this format does not allow.</source>
        <translation>同步包清单列出了此格式不允许的条目名称。</translation>
    </message>
    <message>
        <source>The bundle manifest does not list changes.ndjson.enc.</source>
        <translation>同步包清单中没有 changes.ndjson.enc。</translation>
    </message>
</context>
<context>
    <name>dibao::BundleWriter</name>
    <message>
        <source>A key for the bundle is malformed.</source>
        <translation>同步包的某个密钥格式错误。</translation>
    </message>
</context>
<context>
    <name>dibao::CanonicalJson</name>
    <message>
        <source>A JSON document is larger than allowed.</source>
        <translation>JSON 文档超出允许的大小。</translation>
    </message>
    <message>
        <source>A JSON document is malformed.</source>
        <translation>JSON 文档格式错误。</translation>
    </message>
    <message>
        <source>A JSON document is nested too deeply.</source>
        <translation>JSON 文档嵌套层数过多。</translation>
    </message>
    <message>
        <source>A JSON document is not an object.</source>
        <translation>JSON 文档不是对象。</translation>
    </message>
    <message>
        <source>A JSON document is not in canonical form.</source>
        <translation>JSON 文档不是规范格式。</translation>
    </message>
    <message>
        <source>A JSON document is not valid UTF-8.</source>
        <translation>JSON 文档不是有效的 UTF-8 编码。</translation>
    </message>
    <message>
        <source>A JSON integer is outside ±(2^53−1).</source>
        <translation>JSON 整数超出 ±(2^53−1) 的范围。</translation>
    </message>
    <message>
        <source>A JSON number has a fraction or exponent; only integers are allowed.</source>
        <translation>JSON 数字带有小数或指数；只允许整数。</translation>
    </message>
    <message>
        <source>A JSON object key is not printable ASCII.</source>
        <translation>JSON 对象的键不是可打印的 ASCII 字符。</translation>
    </message>
    <message>
        <source>A JSON object repeats a key.</source>
        <translation>JSON 对象中有重复的键。</translation>
    </message>
    <message>
        <source>A JSON string holds an unpaired surrogate escape.</source>
        <translation>JSON 字符串含有不成对的代理项转义。</translation>
    </message>
    <message>
        <source>An NDJSON file does not end with a newline.</source>
        <translation>NDJSON 文件未以换行符结尾。</translation>
    </message>
    <message>
        <source>An NDJSON file holds an empty line.</source>
        <translation>NDJSON 文件含有空行。</translation>
    </message>
    <message>
        <source>An NDJSON file holds too many lines.</source>
        <translation>NDJSON 文件行数过多。</translation>
    </message>
    <message>
        <source>An NDJSON line is longer than allowed.</source>
        <translation>NDJSON 行超出允许的长度。</translation>
    </message>
</context>
<context>
    <name>dibao::CardCustody</name>
    <message>
        <source>A card-custody agreement names who holds the card, from when and why.</source>
        <translation>银行卡代管协议须写明由谁代管、自何时起以及代管原因。</translation>
    </message>
    <message>
        <source>An agreement ends on a date after it began.</source>
        <translation>协议的结束日期须晚于开始日期。</translation>
    </message>
    <message>
        <source>Card-custody agreements are recorded by the township or a county reviewer.</source>
        <translation>银行卡代管协议由乡镇或县级审核人员登记。</translation>
    </message>
    <message>
        <source>No card-custody agreement %1.</source>
        <translation>没有银行卡代管协议 %1。</translation>
    </message>
    <message>
        <source>No household %1 here.</source>
        <translation>本库没有家庭 %1。</translation>
    </message>
    <message>
        <source>The agreement already ended.</source>
        <translation>该协议已终止。</translation>
    </message>
</context>
<context>
    <name>dibao::CaseListModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Submitted on %1</source>
        <translation>申请日期 %1</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村（社区）</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>家庭成员</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation>下一期限</translation>
    </message>
</context>
<context>
    <name>dibao::CaseListPage</name>
    <message>
        <source>&amp;Search:</source>
        <translation>搜索(&amp;S)：</translation>
    </message>
    <message>
        <source>Name, ID number or address (Ctrl+F)</source>
        <translation>姓名、身份证号或地址（Ctrl+F）</translation>
    </message>
    <message>
        <source>A name from its first character, a full ID number, or 3+ characters of an address</source>
        <translation>姓名从第一个字起即可搜索；身份证号需完整；地址至少 3 个字</translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation>状态(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Village:</source>
        <translation>村（社区）(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Overdue only</source>
        <translation>只看逾期(&amp;O)</translation>
    </message>
    <message>
        <source>All villages</source>
        <translation>全部村（社区）</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>办理中的案件</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>共 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>More than %1 cases</source>
        <translation>超过 %1 件案件</translation>
    </message>
</context>
<context>
    <name>dibao::CaseState</name>
    <message>
        <source>Accepted</source>
        <translation>已受理</translation>
    </message>
    <message>
        <source>Appraisal meeting</source>
        <translation>民主评议</translation>
    </message>
    <message>
        <source>Awaiting confirmation</source>
        <translation>待审核确认</translation>
    </message>
    <message>
        <source>Awaiting documents</source>
        <translation>待补齐材料</translation>
    </message>
    <message>
        <source>Closed as ineligible</source>
        <translation>不符合条件结案</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>County notice</source>
        <translation>审批公示</translation>
    </message>
    <message>
        <source>Investigating</source>
        <translation>调查中</translation>
    </message>
    <message>
        <source>Objection</source>
        <translation>异议</translation>
    </message>
    <message>
        <source>Public notice</source>
        <translation>公示中</translation>
    </message>
    <message>
        <source>Re-check</source>
        <translation>复查中</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>不予确认</translation>
    </message>
    <message>
        <source>Review decided</source>
        <translation>核查已决定</translation>
    </message>
    <message>
        <source>Review open</source>
        <translation>核查中</translation>
    </message>
    <message>
        <source>Review reported</source>
        <translation>核查已上报</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>已申请</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>已终止</translation>
    </message>
    <message>
        <source>Told ineligible</source>
        <translation>已告知不符合条件</translation>
    </message>
    <message>
        <source>Township review</source>
        <translation>乡镇初审</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>已撤回</translation>
    </message>
</context>
<context>
    <name>dibao::CaseStore</name>
    <message>
        <source>%1 (%2) is already a counted member of open case %3; a person is counted in one open case only. Close or correct that case first.</source>
        <translation>%1（%2）已是办理中案件 %3 的计入成员；一人只能计入一个办理中的案件。请先办结或更正该案件。</translation>
    </message>
    <message>
        <source>A household visit needs at least two named investigators.</source>
        <translation>入户调查至少需要两名写明姓名的调查人员。</translation>
    </message>
    <message>
        <source>A visit by phone or video is allowed only in a declared major emergency: name it.</source>
        <translation>只有在已宣布的重大突发事件期间才能电话或视频调查：请写明该事件。</translation>
    </message>
    <message>
        <source>A visit needs its date, not in the future.</source>
        <translation>调查须填写日期，且不能晚于今天。</translation>
    </message>
    <message>
        <source>An entrusted application names the entrusted person.</source>
        <translation>委托申请须写明受委托人。</translation>
    </message>
    <message>
        <source>Case %1 is outside this database&apos;s area.</source>
        <translation>案件 %1 不属于本数据库的辖区。</translation>
    </message>
    <message>
        <source>No case %1.</source>
        <translation>没有案件 %1。</translation>
    </message>
    <message>
        <source>Only an enrolled household has periodic reviews.</source>
        <translation>只有在保家庭才进行定期核查。</translation>
    </message>
    <message>
        <source>The applicant must be a member of the household (any co-resident member may apply).</source>
        <translation>申请人必须是家庭成员（任何共同生活的成员均可申请）。</translation>
    </message>
    <message>
        <source>The member applying alone (单人保) must belong to the household.</source>
        <translation>单人保的申请成员必须属于该家庭。</translation>
    </message>
    <message>
        <source>This household already has open case %1.</source>
        <translation>此家庭已有办理中的案件 %1。</translation>
    </message>
    <message>
        <source>Unknown application channel &quot;%1&quot;; use one of: %2.</source>
        <translation>未知的申请方式“%1”；可选：%2。</translation>
    </message>
    <message>
        <source>Unknown document &quot;%1&quot; or status &quot;%2&quot;.</source>
        <translation>未知的材料“%1”或状态“%2”。</translation>
    </message>
    <message>
        <source>Unknown visit kind &quot;%1&quot;.</source>
        <translation>未知的调查类别“%1”。</translation>
    </message>
</context>
<context>
    <name>dibao::CaseView</name>
    <message>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>家庭</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>家庭成员</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>财产</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>材料</translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation>审核测算</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>入户调查</translation>
    </message>
    <message>
        <source>History</source>
        <translation>办理记录</translation>
    </message>
    <message>
        <source>This case cannot be shown</source>
        <translation>无法显示此案件</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Periodic review</source>
        <translation>动态管理核查</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>申请</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n 口人</numerusform>
        </translation>
    </message>
    <message>
        <source>submitted %1</source>
        <translation>%1 申请</translation>
    </message>
    <message>
        <source>accepted %1</source>
        <translation>%1 受理</translation>
    </message>
    <message>
        <source>near relative of staff declared</source>
        <translation>已申报近亲属备案</translation>
    </message>
    <message>
        <source>45 working days: %1</source>
        <translation>延长至 45 个工作日：%1</translation>
    </message>
    <message>
        <source>decided %1 yuan/month from %2</source>
        <translation>已确认每月 %1 元，自 %2 起</translation>
    </message>
    <message>
        <source>proposed %1 yuan/month</source>
        <translation>拟每月 %1 元</translation>
    </message>
    <message>
        <source>closed: %1</source>
        <translation>已结案：%1</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1：%2（%3）</translation>
    </message>
    <message>
        <source>Record a &amp;visit…</source>
        <translation>记录入户调查(&amp;V)…</translation>
    </message>
    <message>
        <source>More…</source>
        <translation>更多…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>The application form, or the visit record on the Visits tab (Ctrl+P)</source>
        <translation>打印申请书；在“入户调查”页打印调查记录（Ctrl+P）</translation>
    </message>
    <message>
        <source>This case is closed; its history stays as evidence.</source>
        <translation>此案件已办结，办理记录作为凭证保留。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>与申请人关系</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>健康状况</translation>
    </message>
    <message>
        <source>Work ability</source>
        <translation>劳动能力</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>计入</translation>
    </message>
    <message>
        <source> (%1 grade %2)</source>
        <translation>（%1 %2 级）</translation>
    </message>
    <message>
        <source>, serious illness</source>
        <translation>，重特大疾病</translation>
    </message>
    <message>
        <source>Not counted</source>
        <translation>不计入</translation>
    </message>
    <message>
        <source>Age %1</source>
        <translation>%1 岁</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>Deductions (yuan)</source>
        <translation>扣除（元）</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>Work costs %1, taxes %2, social insurance %3, support paid %4</source>
        <translation>必要就业成本 %1，税费 %2，个人社保 %3，支付赡（扶、抚）养费 %4</translation>
    </message>
    <message>
        <source>Value (yuan)</source>
        <translation>价值（元）</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Exempt</source>
        <translation>豁免</translation>
    </message>
    <message>
        <source>%1 house(s), %2 m²</source>
        <translation>%1 套，%2 平方米</translation>
    </message>
    <message>
        <source>bought %1</source>
        <translation>%1 购置</translation>
    </message>
    <message>
        <source>Yes: %1</source>
        <translation>是：%1</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>材料</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Investigators</source>
        <translation>调查人员</translation>
    </message>
    <message>
        <source>Members seen</source>
        <translation>见到的家庭成员</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>调查结论</translation>
    </message>
    <message>
        <source> (remote: %1)</source>
        <translation>（远程：%1）</translation>
    </message>
    <message>
        <source> (confirming authority)</source>
        <translation>（审核确认机关）</translation>
    </message>
    <message>
        <source>Food: %1
Clothing: %2
Housing: %3
Daily necessities: %4
Evidence: %5</source>
        <translation>吃：%1
穿：%2
住：%3
用：%4
查看的证据：%5</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>环节</translation>
    </message>
    <message>
        <source>From</source>
        <translation>原状态</translation>
    </message>
    <message>
        <source>To</source>
        <translation>新状态</translation>
    </message>
    <message>
        <source>By</source>
        <translation>办理人</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Recorded at %1 (UTC)</source>
        <translation>记录时间 %1（UTC）</translation>
    </message>
    <message>
        <source>Township</source>
        <translation>乡镇（街道）</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村（社区）</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>城乡类别</translation>
    </message>
    <message>
        <source>Registered address</source>
        <translation>户籍地址</translation>
    </message>
    <message>
        <source>Actual address</source>
        <translation>实际居住地址</translation>
    </message>
    <message>
        <source>Registered and actual residence differ</source>
        <translation>人户分离</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>开户银行</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Stable household (reviewed every 12 months)</source>
        <translation>常补对象（每 12 个月核查一次）</translation>
    </message>
    <message>
        <source>Enrolment</source>
        <translation>保障状态</translation>
    </message>
    <message>
        <source>Next periodic review</source>
        <translation>下次定期核查</translation>
    </message>
    <message>
        <source>Done: %1.</source>
        <translation>已办理：%1。</translation>
    </message>
    <message>
        <source>The visit is recorded.</source>
        <translation>入户调查已记录。</translation>
    </message>
    <message>
        <source>No visit is recorded.</source>
        <translation>尚无入户调查记录。</translation>
    </message>
    <message>
        <source>Edit &amp;household…</source>
        <translation>修改家庭信息(&amp;H)…</translation>
    </message>
    <message>
        <source>Correct the household&apos;s address, phone, members, income or assets (recorded in the audit trail). After a decision, open a periodic review first.</source>
        <translation>更正家庭的地址、电话、成员、收入或财产（记入审计轨迹）。已作出决定的，请先开启定期核查。</translation>
    </message>
</context>
<context>
    <name>dibao::CaseworkCommon</name>
    <message>
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Show more</source>
        <translation>显示更多</translation>
    </message>
    <message>
        <source>All shown</source>
        <translation>已全部显示</translation>
    </message>
    <message>
        <source>Show %1 more</source>
        <translation>再显示 %1 条</translation>
    </message>
    <message>
        <source>All townships</source>
        <translation>全部乡镇（街道）</translation>
    </message>
</context>
<context>
    <name>dibao::CaseworkPrint</name>
    <message>
        <source>True and complete</source>
        <translation>真实、完整</translation>
    </message>
    <message>
        <source>Incomplete: back to investigation</source>
        <translation>不完整：退回调查</translation>
    </message>
    <message>
        <source>Disputed: back to investigation</source>
        <translation>有争议：退回调查</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村（社区）</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Household size</source>
        <translation>家庭人口</translation>
    </message>
    <message>
        <source>Accepted on</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <source>No case is waiting.</source>
        <translation>没有待办案件。</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>日期：%1</translation>
    </message>
    <message>
        <source>Place: %1</source>
        <translation>地点：%1</translation>
    </message>
    <message>
        <source>Village: %1</source>
        <translation>村（社区）：%1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>到会</translation>
    </message>
    <message>
        <source>(seal of the confirming authority)</source>
        <translation>（审核确认机关盖章）</translation>
    </message>
    <message>
        <source>Received by (signature):</source>
        <translation>签收人（签名）：</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>The meeting hears, for each case, whether the household investigation is true and complete. It is an opinion on the facts, not a vote on eligibility; a case found incomplete or disputed goes back to investigation. The township staff present draw the conclusion.</source>
        <translation>评议会逐案评议入户调查是否真实、完整。这是对事实的意见，不是对是否符合条件的表决；被认为不完整或有争议的案件退回调查。由到会的乡镇工作人员作出结论。</translation>
    </message>
    <message>
        <source>Cases on the agenda</source>
        <translation>评议案件</translation>
    </message>
    <message>
        <source>Appraisal meeting agenda</source>
        <translation>民主评议会议程</translation>
    </message>
    <message>
        <source>Township staff</source>
        <translation>乡镇工作人员</translation>
    </message>
    <message>
        <source>Chair:</source>
        <translation>主持人：</translation>
    </message>
    <message>
        <source>Recorder:</source>
        <translation>记录人：</translation>
    </message>
    <message>
        <source>Appraisal meeting signature sheet</source>
        <translation>民主评议会签到表</translation>
    </message>
    <message>
        <source>This record corrects an earlier record of the meeting. Reason: %1</source>
        <translation>本记录更正此前的评议会记录。理由：%1</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>主持人</translation>
    </message>
    <message>
        <source>Recorder</source>
        <translation>记录人</translation>
    </message>
    <message>
        <source>Township staff present</source>
        <translation>到会乡镇工作人员</translation>
    </message>
    <message>
        <source>Present: %1</source>
        <translation>到会：%1</translation>
    </message>
    <message>
        <source>absent: %1</source>
        <translation>缺席：%1</translation>
    </message>
    <message>
        <source>Participants present</source>
        <translation>到会人员</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>Cases, opinions and conclusions</source>
        <translation>案件、评议意见和结论</translation>
    </message>
    <message>
        <source>Opinions heard</source>
        <translation>评议意见</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1（%2）：%3</translation>
    </message>
    <message>
        <source>drawn by %1</source>
        <translation>由 %1 作出</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n 人</numerusform>
        </translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>会议记录</translation>
    </message>
    <message>
        <source>Township staff:</source>
        <translation>乡镇工作人员：</translation>
    </message>
    <message>
        <source>Minutes of the appraisal meeting</source>
        <translation>民主评议会会议记录</translation>
    </message>
    <message>
        <source>The following households have applied for the minimum living allowance. After household investigation and review, the proposed monthly amounts are published for public supervision.</source>
        <translation>以下家庭申请最低生活保障，经入户调查和审核，现将拟保障金额予以公示，接受群众监督。</translation>
    </message>
    <message>
        <source>Notice period:</source>
        <translation>公示期：</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Proposed amount (yuan/month)</source>
        <translation>拟保障金额（元/月）</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>档次</translation>
    </message>
    <message>
        <source>ID number (masked)</source>
        <translation>身份证号（部分隐藏）</translation>
    </message>
    <message>
        <source>Anyone who objects to a household on this notice may report it, in person or in writing, to %1 before the notice period ends. Objections are investigated and the objector&apos;s identity is kept confidential.</source>
        <translation>对公示家庭有异议的，请在公示期内以当面或书面方式向%1反映。异议将予以调查核实，对反映人身份严格保密。</translation>
    </message>
    <message>
        <source>Public notice of approval of the minimum living allowance</source>
        <translation>最低生活保障审批公示</translation>
    </message>
    <message>
        <source>Public notice of the minimum living allowance</source>
        <translation>最低生活保障公示</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1：</translation>
    </message>
    <message>
        <source>Your household&apos;s application for the minimum living allowance, accepted on %1, has been confirmed. Your household receives %2 yuan a month from %3.</source>
        <translation>你家于 %1 受理的最低生活保障申请已审核确认。自 %3 起，你家每月享受低保金 %2 元。</translation>
    </message>
    <message>
        <source>Tier: %1</source>
        <translation>档次：%1</translation>
    </message>
    <message>
        <source>Certificate number: %1</source>
        <translation>低保证编号：%1</translation>
    </message>
    <message>
        <source>Report any change in your household&apos;s members, income or assets to the township within one month. The household is reviewed periodically; an allowance obtained by false declaration is recovered.</source>
        <translation>家庭人口、收入或财产发生变化的，请在一个月内向乡镇（街道）报告。你家将接受定期核查；以虚报等手段骗取的低保金将依法追缴。</translation>
    </message>
    <message>
        <source>Notice of confirmation of the minimum living allowance</source>
        <translation>最低生活保障审核确认通知书</translation>
    </message>
    <message>
        <source>Your household&apos;s application for the minimum living allowance, accepted on %1, is not confirmed, for the following reasons:</source>
        <translation>你家于 %1 受理的最低生活保障申请不予确认，理由如下：</translation>
    </message>
    <message>
        <source>If you disagree with this decision you may apply for administrative review to the people&apos;s government at the same level or to the authority above within 60 days of receiving this notice, or bring an administrative lawsuit before the people&apos;s court within 6 months.</source>
        <translation>如对本决定不服，可自收到本通知书之日起 60 日内向本级人民政府或上一级主管部门申请行政复议，或者在 6 个月内向人民法院提起行政诉讼。</translation>
    </message>
    <message>
        <source>Notice of refusal of the minimum living allowance</source>
        <translation>最低生活保障不予确认通知书</translation>
    </message>
</context>
<context>
    <name>dibao::Change</name>
    <message>
        <source>A change line is invalid: %1</source>
        <translation>变更行无效：%1</translation>
    </message>
</context>
<context>
    <name>dibao::ChangeApplier</name>
    <message>
        <source>A policy row conflicts with one here that cannot be found.</source>
        <translation>一条政策与本地的某条政策冲突，但本地找不到该条政策。</translation>
    </message>
    <message>
        <source>The change is stamped %1, in the future of this machine&apos;s clock.</source>
        <translation>该变更的时间戳为 %1，晚于本机时钟。</translation>
    </message>
    <message>
        <source>The same ID number is a member of household %1 in another township.</source>
        <translation>同一身份证号已是另一乡镇家庭 %1 的成员。</translation>
    </message>
</context>
<context>
    <name>dibao::ColumnMapping</name>
    <message>
        <source>%1: unknown key &quot;%2&quot;.</source>
        <translation>%1：未知的键“%2”。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is missing.</source>
        <translation>%1：缺少“%2”。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be text.</source>
        <translation>%1：“%2”须为文本。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be true or false.</source>
        <translation>%1：“%2”须为 true 或 false。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot name a source: use 1 to 64 letters, digits, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>“%1”不能作为数据来源名称：请使用 1 至 64 个字母、数字、“_”或“-”。</translation>
    </message>
    <message>
        <source>Unknown encoding.</source>
        <translation>未知的编码。</translation>
    </message>
    <message>
        <source>The delimiter must be a comma, a tab or a semicolon.</source>
        <translation>分隔符须为逗号、制表符或分号。</translation>
    </message>
    <message>
        <source>The mapping has no fields.</source>
        <translation>列映射中没有字段。</translation>
    </message>
    <message>
        <source>A field has no name.</source>
        <translation>有字段没有名称。</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; is mapped twice.</source>
        <translation>字段“%1”被映射了两次。</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; needs a column header or a column number.</source>
        <translation>字段“%1”需要列标题或列号。</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; names both a header and a column number; give one.</source>
        <translation>字段“%1”同时指定了列标题和列号；请只给出其中一个。</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot;: column number %2 is beyond any spreadsheet.</source>
        <translation>字段“%1”：列号 %2 超出了电子表格的最大列数。</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; is found by its header, but the file has no header row.</source>
        <translation>字段“%1”按列标题查找，但文件没有标题行。</translation>
    </message>
    <message>
        <source>The mapping is not a JSON object: %1</source>
        <translation>列映射不是 JSON 对象：%1</translation>
    </message>
    <message>
        <source>This is not a dibao column mapping (&quot;format&quot; is not &quot;%1&quot;).</source>
        <translation>这不是低保业务系统的列映射（“format”不是“%1”）。</translation>
    </message>
    <message>
        <source>Unsupported mapping version; this program reads version %1.</source>
        <translation>不支持的列映射版本；本程序读取的是版本 %1。</translation>
    </message>
    <message>
        <source>Unknown encoding &quot;%1&quot; (use detect, utf-8 or gb18030).</source>
        <translation>未知的编码“%1”（请使用 detect、utf-8 或 gb18030）。</translation>
    </message>
    <message>
        <source>Unknown delimiter &quot;%1&quot; (use detect, &quot;,&quot;, &quot;;&quot; or tab).</source>
        <translation>未知的分隔符“%1”（请使用 detect、“,”、“;”或 tab）。</translation>
    </message>
    <message>
        <source>mapping: &quot;fields&quot; must be a list.</source>
        <translation>列映射：“fields”须为列表。</translation>
    </message>
    <message>
        <source>%1 must be an object.</source>
        <translation>%1 须为对象。</translation>
    </message>
    <message>
        <source>%1: &quot;column_number&quot; must be a whole number from 1 (column A).</source>
        <translation>%1：“column_number”须为从 1（A 列）起的整数。</translation>
    </message>
    <message>
        <source>%1: unknown type &quot;%2&quot;.</source>
        <translation>%1：未知的类型“%2”。</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>无法创建 %1。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1 is too large to be a column mapping.</source>
        <translation>%1 太大，不可能是列映射文件。</translation>
    </message>
    <message>
        <source>No column mapping is saved for &quot;%1&quot;.</source>
        <translation>没有为“%1”保存的列映射。</translation>
    </message>
    <message>
        <source>%1 holds the mapping of &quot;%2&quot;, not &quot;%3&quot;.</source>
        <translation>%1 保存的是“%2”的列映射，不是“%3”的。</translation>
    </message>
</context>
<context>
    <name>dibao::ConfirmationPage</name>
    <message>
        <source>elderly</source>
        <translation>老年人</translation>
    </message>
    <message>
        <source>minor</source>
        <translation>未成年人</translation>
    </message>
    <message>
        <source>severe disability</source>
        <translation>重度残疾</translation>
    </message>
    <message>
        <source>serious illness</source>
        <translation>重特大疾病</translation>
    </message>
    <message>
        <source>near relative of staff or a village cadre</source>
        <translation>工作人员或村干部的近亲属</translation>
    </message>
    <message>
        <source>a complaint received during confirmation</source>
        <translation>审核确认期间收到举报投诉</translation>
    </message>
    <message>
        <source>red flags (county policy)</source>
        <translation>存在疑点（本县政策）</translation>
    </message>
    <message>
        <source>near relative</source>
        <translation>近亲属</translation>
    </message>
    <message>
        <source>own visit required, missing</source>
        <translation>须亲自入户核查，尚未核查</translation>
    </message>
    <message>
        <source>own visit recorded</source>
        <translation>已亲自入户核查</translation>
    </message>
    <message numerus="yes">
        <source>%n objection(s)</source>
        <translation>
            <numerusform>%n 项异议</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s)</source>
        <translation>
            <numerusform>%n 件举报投诉</numerusform>
        </translation>
    </message>
    <message>
        <source>delegated</source>
        <translation>委托乡镇确认</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>定期核查</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>申请</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) awaiting the decision · opinion overdue: %1</source>
        <translation>
            <numerusform>%n 件案件待审核确认 · 意见逾期：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>No case is waiting for the decision.</source>
        <translation>没有待审核确认的案件。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1 (included in the eligibility amount %2 yuan)</source>
        <translation>%1（已计入测算金额 %2 元）</translation>
    </message>
    <message>
        <source>A periodic review is decided in its case (keep, raise, lower or stop).</source>
        <translation>定期核查在其案件中作出决定（维持、增发、减发或停发）。</translation>
    </message>
    <message>
        <source>%1 (the month after the decision)</source>
        <translation>%1（决定的次月）</translation>
    </message>
    <message>
        <source>The confirming authority&apos;s own home visit must be recorded first.</source>
        <translation>须先登记审核确认机关亲自入户核查的记录。</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2, household of %n</source>
        <translation>
            <numerusform>%1 — %2，家庭人口 %n 人</numerusform>
        </translation>
    </message>
    <message>
        <source>Accepted on %1 · proposed %2 yuan/month · tier %3</source>
        <translation>%1 受理 · 拟每月 %2 元 · 档次 %3</translation>
    </message>
    <message>
        <source>Own home visit required (%1): recorded.</source>
        <translation>须亲自入户核查（%1）：已登记。</translation>
    </message>
    <message>
        <source>Own home visit required (%1): NOT recorded yet — the case cannot be confirmed.</source>
        <translation>须亲自入户核查（%1）：尚未登记——案件不能确认。</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>入户调查</translation>
    </message>
    <message>
        <source> (the confirming authority)</source>
        <translation>（审核确认机关）</translation>
    </message>
    <message>
        <source>Appraisal meetings</source>
        <translation>民主评议</translation>
    </message>
    <message>
        <source>true and complete</source>
        <translation>真实、完整</translation>
    </message>
    <message>
        <source>back to investigation</source>
        <translation>退回调查</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>公示</translation>
    </message>
    <message>
        <source>Objections</source>
        <translation>异议</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>举报投诉</translation>
    </message>
    <message>
        <source> (during confirmation)</source>
        <translation>（审核确认期间）</translation>
    </message>
    <message>
        <source>Red flags</source>
        <translation>疑点</translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation>审核测算</translation>
    </message>
    <message>
        <source>No case is selected.</source>
        <translation>未选择案件。</translation>
    </message>
    <message>
        <source>Enter the monthly amount in yuan, e.g. 420.00.</source>
        <translation>请输入以元为单位的月保障金额，例如 420.00。</translation>
    </message>
    <message>
        <source>Confirm %1&apos;s household with %2 yuan a month from %3? The decision cannot be changed here.</source>
        <translation>确认 %1 家自 %3 起每月享受低保金 %2 元？此决定在此处不能更改。</translation>
    </message>
    <message>
        <source>Refuse %1&apos;s application with the reasons given? The township delivers the notice within 3 working days.</source>
        <translation>按所填理由对 %1 的申请不予确认？乡镇须在 3 个工作日内送达通知书。</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>不予确认</translation>
    </message>
    <message>
        <source>Decided. Print the notice for the household now?</source>
        <translation>已作出决定。现在打印给该家庭的通知书吗？</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>审核确认</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村（社区）</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Opinion (10 WD)</source>
        <translation>意见（10 个工作日）</translation>
    </message>
    <message>
        <source>Whole case</source>
        <translation>全案期限</translation>
    </message>
    <message>
        <source>Proposed (yuan)</source>
        <translation>拟保障金额（元）</translation>
    </message>
    <message>
        <source>Visits (all / own)</source>
        <translation>入户调查（全部/亲自）</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>民主评议</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>标记</translation>
    </message>
    <message>
        <source>Decision &amp;date:</source>
        <translation>决定日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Amount (yuan/month):</source>
        <translation>金额（元/月）(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Tier:</source>
        <translation>档次(&amp;T)：</translation>
    </message>
    <message>
        <source>Supplements:</source>
        <translation>分类施保补助：</translation>
    </message>
    <message>
        <source>Certificate &amp;number:</source>
        <translation>低保证编号(&amp;N)：</translation>
    </message>
    <message>
        <source>Payment starts:</source>
        <translation>发放起始月：</translation>
    </message>
    <message>
        <source>&amp;Confirm…</source>
        <translation>确认(&amp;C)…</translation>
    </message>
    <message>
        <source>Written reasons for the household (required)</source>
        <translation>给该家庭的书面理由（必填）</translation>
    </message>
    <message>
        <source>The refusal notice tells the household it may apply for administrative review within 60 days or bring a lawsuit within 6 months; the township delivers it within 3 working days.</source>
        <translation>不予确认通知书告知该家庭可在 60 日内申请行政复议，或在 6 个月内提起行政诉讼；由乡镇在 3 个工作日内送达。</translation>
    </message>
    <message>
        <source>Re&amp;fuse…</source>
        <translation>不予确认(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Print notice…</source>
        <translation>打印通知书(&amp;P)…</translation>
    </message>
    <message>
        <source>Notice as P&amp;DF…</source>
        <translation>通知书另存为 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Open case</source>
        <translation>打开案件(&amp;O)</translation>
    </message>
</context>
<context>
    <name>dibao::ConfirmationQueue</name>
    <message>
        <source>Complaints are recorded by the township or a county reviewer.</source>
        <translation>举报投诉由乡镇或县级审核人员登记。</translation>
    </message>
    <message>
        <source>Record what the complaint says.</source>
        <translation>请记录举报投诉的内容。</translation>
    </message>
    <message>
        <source>The date %1 is in the future.</source>
        <translation>日期 %1 晚于今天。</translation>
    </message>
    <message>
        <source>Unknown channel &quot;%1&quot;; use one of: %2.</source>
        <translation>未知的渠道“%1”；可选：%2。</translation>
    </message>
</context>
<context>
    <name>dibao::ConflictModel</name>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>%1 %2, field %3</source>
        <translation>%1 %2，字段 %3</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Value in force</source>
        <translation>现行值</translation>
    </message>
    <message>
        <source>Written by, when</source>
        <translation>写入人、时间</translation>
    </message>
    <message>
        <source>Other value</source>
        <translation>另一个值</translation>
    </message>
</context>
<context>
    <name>dibao::ConflictsDialog</name>
    <message>
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>dibao::ConflictsPanel</name>
    <message>
        <source>Two people changed the same field before their changes met. The later change is in force; choose which value is right. Your choice is saved as a normal change and goes to the hub with the next sync.</source>
        <translation>两人在各自的修改同步之前改动了同一字段。现行的是较晚的修改；请选择哪个值正确。你的选择将作为一次普通修改保存，并在下次同步时发送到县级平台。</translation>
    </message>
    <message>
        <source>&amp;Keep the value in force</source>
        <translation>保留现行值(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Use the other value</source>
        <translation>采用另一个值(&amp;U)</translation>
    </message>
    <message>
        <source>No conflicts are waiting.</source>
        <translation>没有待处理的冲突。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
</context>
<context>
    <name>dibao::Crypto</name>
    <message>
        <source>The sealed bundle key is malformed.</source>
        <translation>加密封装的同步包密钥格式错误。</translation>
    </message>
    <message>
        <source>The bundle key cannot be opened with this device&apos;s key.</source>
        <translation>无法用本机密钥打开同步包密钥。</translation>
    </message>
    <message>
        <source>An encrypted bundle entry does not decrypt: it was altered or is not meant for this device.</source>
        <translation>同步包中的加密条目无法解密：已被篡改，或不是发给本机的。</translation>
    </message>
    <message>
        <source>The key derivation parameters are invalid.</source>
        <translation>密钥派生参数无效。</translation>
    </message>
    <message>
        <source>Out of memory while deriving a key.</source>
        <translation>派生密钥时内存不足。</translation>
    </message>
</context>
<context>
    <name>dibao::CsvReader</name>
    <message>
        <source>A quoted field starting at line %1 is never closed.</source>
        <translation>从第 %1 行开始的带引号字段没有结束引号。</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>Line %1 contains a NUL byte: this is not a text file (or it is UTF-16).</source>
        <translation>第 %1 行含有 NUL 字节：这不是文本文件（或是 UTF-16 编码）。</translation>
    </message>
    <message>
        <source>Line %1 is longer than %2 bytes.</source>
        <translation>第 %1 行超过 %2 字节。</translation>
    </message>
    <message>
        <source>Line %1 is not valid GB18030 text.</source>
        <translation>第 %1 行不是有效的 GB18030 文本。</translation>
    </message>
    <message>
        <source>Line %1 is not valid UTF-8, although the start of the file is. The file mixes encodings; choose GB18030 if it was saved by Excel or WPS on Chinese Windows.</source>
        <translation>第 %1 行不是有效的 UTF-8，而文件开头是。文件混用了多种编码；如果文件是在中文 Windows 上用 Excel 或 WPS 保存的，请选择 GB18030。</translation>
    </message>
    <message>
        <source>Line %1 is not valid UTF-8. Choose GB18030 if the file was saved by Excel or WPS on Chinese Windows.</source>
        <translation>第 %1 行不是有效的 UTF-8。如果文件是在中文 Windows 上用 Excel 或 WPS 保存的，请选择 GB18030。</translation>
    </message>
    <message>
        <source>Line %1: a quoted field is followed by text before the next delimiter.</source>
        <translation>第 %1 行：带引号的字段之后、下一个分隔符之前还有文字。</translation>
    </message>
    <message>
        <source>Reading the file failed: %1</source>
        <translation>读取文件失败：%1</translation>
    </message>
    <message>
        <source>The file could not be read past line %1.</source>
        <translation>文件在第 %1 行之后无法读取。</translation>
    </message>
    <message>
        <source>The file is UTF-16 (Excel&apos;s &quot;Unicode text&quot;). Save it as CSV in UTF-8 or GB18030.</source>
        <translation>文件是 UTF-16 编码（Excel 的“Unicode 文本”）。请另存为 UTF-8 或 GB18030 编码的 CSV 文件。</translation>
    </message>
    <message>
        <source>The file starts with a %1 byte-order mark but %2 was chosen.</source>
        <translation>文件以 %1 字节顺序标记（BOM）开头，但选择的编码是 %2。</translation>
    </message>
    <message>
        <source>The record at line %1 has more than %2 fields.</source>
        <translation>第 %1 行的记录超过 %2 个字段。</translation>
    </message>
    <message>
        <source>The record starting at line %1 is longer than %2 bytes; a quote is probably not closed.</source>
        <translation>从第 %1 行开始的记录超过 %2 字节；可能有引号没有闭合。</translation>
    </message>
</context>
<context>
    <name>dibao::CsvWriter</name>
    <message>
        <source>Field %1 holds broken text (a lone surrogate).</source>
        <translation>字段 %1 含有损坏的文本（孤立的代理项）。</translation>
    </message>
    <message>
        <source>A field cannot be written in %1.</source>
        <translation>有字段无法用 %1 编码写入。</translation>
    </message>
    <message>
        <source>Writing the file failed: %1</source>
        <translation>写入文件失败：%1</translation>
    </message>
</context>
<context>
    <name>dibao::Database</name>
    <message>
        <source>%1 is not a dibao database (%2).</source>
        <translation>%1 不是低保数据库（%2）。</translation>
    </message>
    <message>
        <source>Database error while %1: %2</source>
        <translation>数据库出错（%1）：%2</translation>
    </message>
    <message>
        <source>Injected database fault.</source>
        <translation>注入的数据库故障（测试用）。</translation>
    </message>
    <message>
        <source>The database file %1 does not exist.</source>
        <translation>数据库文件 %1 不存在。</translation>
    </message>
    <message>
        <source>This database has schema version %1, newer than this program knows (%2). Install a newer dibao to open it.</source>
        <translation>此数据库的结构版本为 %1，高于本程序支持的版本（%2）。请安装较新版本的低保业务系统后再打开。</translation>
    </message>
    <message>
        <source>opening %1</source>
        <translation>打开 %1 时</translation>
    </message>
    <message>
        <source>preparing &quot;%1&quot;</source>
        <translation>准备语句“%1”时</translation>
    </message>
    <message>
        <source>running &quot;%1&quot;</source>
        <translation>执行“%1”时</translation>
    </message>
    <message>
        <source>copying the WAL into the database</source>
        <translation>将预写日志（WAL）并入数据库时</translation>
    </message>
</context>
<context>
    <name>dibao::DemoGenerator</name>
    <message>
        <source>A demo has 1 to 2,000,000 households over 1 to 120 months.</source>
        <translation>演示数据为 1 至 2,000,000 户、1 至 120 个月。</translation>
    </message>
    <message>
        <source>Demo application on %1 failed: %2</source>
        <translation>演示数据：%1 的申请失败：%2</translation>
    </message>
    <message>
        <source>Demo household %1 failed: %2</source>
        <translation>演示数据：家庭 %1 失败：%2</translation>
    </message>
    <message>
        <source>Demo review on %1 failed: %2</source>
        <translation>演示数据：%1 的定期核查失败：%2</translation>
    </message>
    <message>
        <source>Demo step %1 on %2 (case %3) failed: %4</source>
        <translation>演示数据：%2 的环节 %1（案件 %3）失败：%4</translation>
    </message>
    <message>
        <source>Demo visit on %1 (case %2) failed: %3</source>
        <translation>演示数据：%1 的入户调查（案件 %2）失败：%3</translation>
    </message>
    <message>
        <source>The database&apos;s division %1 has no townships to fill.</source>
        <translation>数据库的行政区划 %1 下没有可填充的乡镇。</translation>
    </message>
</context>
<context>
    <name>dibao::Department</name>
    <message>
        <source>Banks</source>
        <translation>银行</translation>
    </message>
    <message>
        <source>Civil affairs</source>
        <translation>民政</translation>
    </message>
    <message>
        <source>Housing provident fund</source>
        <translation>住房公积金</translation>
    </message>
    <message>
        <source>Human resources and social security</source>
        <translation>人力资源和社会保障</translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation>保险</translation>
    </message>
    <message>
        <source>Market regulation</source>
        <translation>市场监管</translation>
    </message>
    <message>
        <source>Public security</source>
        <translation>公安</translation>
    </message>
    <message>
        <source>Real-estate registration</source>
        <translation>不动产登记</translation>
    </message>
    <message>
        <source>Securities</source>
        <translation>证券</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>税务</translation>
    </message>
</context>
<context>
    <name>dibao::DepartmentBatchImport</name>
    <message>
        <source>A department mapping must map the required fields id_number (type id_number) and name.</source>
        <translation>部门数据的列映射必须映射必填字段 id_number（类型 id_number）和 name。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>No verification is in progress: start the requested ones first (verify-run). A department&apos;s data may only be matched against members who authorized it.</source>
        <translation>没有正在进行的核对：请先启动已申请的核对（verify-run）。部门数据只能与已签署核对授权的成员比对。</translation>
    </message>
    <message>
        <source>Unknown department %1; one of: %2.</source>
        <translation>未知的部门 %1；可选：%2。</translation>
    </message>
    <message>
        <source>The import was cancelled after %1 rows; nothing was kept.</source>
        <translation>导入已在读取 %1 行后取消，未保留任何数据。</translation>
    </message>
</context>
<context>
    <name>dibao::DeviceKeys</name>
    <message>
        <source>%1 cannot sync on this device yet: a user who can must grant access first (dibao-cli key-grant %1).</source>
        <translation>%1 还不能在本机同步：须由已能同步的用户先授权（dibao-cli key-grant %1）。</translation>
    </message>
    <message>
        <source>A device key cannot be opened: the key table was altered.</source>
        <translation>无法打开设备密钥：密钥表已被改动。</translation>
    </message>
    <message>
        <source>A key rotation is already waiting to be sent to the hub.</source>
        <translation>已有一次密钥轮换在等待发送到县级平台。</translation>
    </message>
    <message>
        <source>Nobody is signed in.</source>
        <translation>尚未登录。</translation>
    </message>
    <message>
        <source>Only a user of this database can make its device keys.</source>
        <translation>只有本数据库的用户才能生成设备密钥。</translation>
    </message>
    <message>
        <source>That is not %1&apos;s password.</source>
        <translation>这不是 %1 的密码。</translation>
    </message>
    <message>
        <source>The bundle is sealed to a key this device does not have.</source>
        <translation>此同步包是用本机没有的密钥加密封装的。</translation>
    </message>
    <message>
        <source>The device keys are locked: sign in with a password first.</source>
        <translation>设备密钥已锁定：请先用密码登录。</translation>
    </message>
    <message>
        <source>The device keys cannot be opened with this password.</source>
        <translation>无法用此密码打开设备密钥。</translation>
    </message>
    <message>
        <source>The user&apos;s password hash is not an Argon2id hash.</source>
        <translation>该用户的密码哈希不是 Argon2id 哈希。</translation>
    </message>
    <message>
        <source>There is no active user named %1.</source>
        <translation>没有名为 %1 的在用用户。</translation>
    </message>
    <message>
        <source>This database has no device keys yet.</source>
        <translation>此数据库还没有设备密钥。</translation>
    </message>
</context>
<context>
    <name>dibao::DisplayText</name>
    <message>
        <source>Notice of missing items</source>
        <translation>一次性告知</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>Start investigation</source>
        <translation>开始调查</translation>
    </message>
    <message>
        <source>Request economic verification</source>
        <translation>申请家庭经济状况核对</translation>
    </message>
    <message>
        <source>Start economic verification</source>
        <translation>开始核对</translation>
    </message>
    <message>
        <source>Tell the household it looks ineligible</source>
        <translation>告知不符合条件</translation>
    </message>
    <message>
        <source>Record the household&apos;s objection</source>
        <translation>登记家庭异议</translation>
    </message>
    <message>
        <source>Re-check: continue the investigation</source>
        <translation>复查：继续调查</translation>
    </message>
    <message>
        <source>Re-check: close as ineligible</source>
        <translation>复查：不符合条件，终止</translation>
    </message>
    <message>
        <source>Record a ground for 45 working days</source>
        <translation>登记延期（45 个工作日）理由</translation>
    </message>
    <message>
        <source>Finish investigation</source>
        <translation>完成调查</translation>
    </message>
    <message>
        <source>Record the appraisal conclusion</source>
        <translation>登记民主评议结论</translation>
    </message>
    <message>
        <source>Township review and public notice</source>
        <translation>乡镇初审并公示</translation>
    </message>
    <message>
        <source>Record an objection to the notice</source>
        <translation>登记公示异议</translation>
    </message>
    <message>
        <source>Resolve the objection</source>
        <translation>处理异议</translation>
    </message>
    <message>
        <source>Close the public notice</source>
        <translation>公示期满</translation>
    </message>
    <message>
        <source>Close the county notice</source>
        <translation>审批公示期满</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>不予确认</translation>
    </message>
    <message>
        <source>Deliver the refusal</source>
        <translation>送达不予确认通知</translation>
    </message>
    <message>
        <source>Withdrawal</source>
        <translation>撤回申请</translation>
    </message>
    <message>
        <source>Termination</source>
        <translation>终止办理</translation>
    </message>
    <message>
        <source>Report the periodic review</source>
        <translation>上报核查情况</translation>
    </message>
    <message>
        <source>Decide the periodic review</source>
        <translation>作出核查决定</translation>
    </message>
    <message>
        <source>List everything missing at once: this notice is issued only once (一次性告知).</source>
        <translation>一次列明所缺的全部材料：此告知只能发出一次（一次性告知）。</translation>
    </message>
    <message>
        <source>Acceptance starts the clocks: the investigation must start within 3 working days.</source>
        <translation>受理后开始计时：须在 3 个工作日内启动调查。</translation>
    </message>
    <message>
        <source>Needs a household visit by at least two named investigators.</source>
        <translation>需要至少两名调查人员入户调查的记录。</translation>
    </message>
    <message>
        <source>The township&apos;s opinion is posted in the village for 7 calendar days.</source>
        <translation>乡镇初审意见在村（社区）公示 7 天。</translation>
    </message>
    <message>
        <source>Payment starts the month after the decision, never backdated.</source>
        <translation>自确认的次月起发放，不得追溯。</translation>
    </message>
    <message>
        <source>Write the reasons; the refusal is delivered through the township within 3 working days.</source>
        <translation>写明理由；不予确认通知由乡镇在 3 个工作日内送达。</translation>
    </message>
    <message>
        <source>Nothing is deleted: the case closes with the reason you give here.</source>
        <translation>不会删除任何记录：案件以此处填写的理由结案。</translation>
    </message>
    <message>
        <source>Investigation to start</source>
        <translation>待启动调查</translation>
    </message>
    <message>
        <source>Economic verification to start</source>
        <translation>待启动经济状况核对</translation>
    </message>
    <message>
        <source>Public notice ending</source>
        <translation>公示即将期满</translation>
    </message>
    <message>
        <source>County notice ending</source>
        <translation>审批公示即将期满</translation>
    </message>
    <message>
        <source>Confirmation opinion due</source>
        <translation>待出具审核确认意见</translation>
    </message>
    <message>
        <source>Refusal to deliver</source>
        <translation>待送达不予确认通知</translation>
    </message>
    <message>
        <source>Whole case due</source>
        <translation>全案办理期限</translation>
    </message>
    <message>
        <source>Periodic review due</source>
        <translation>待定期核查</translation>
    </message>
    <message>
        <source>New investigation</source>
        <translation>重新调查</translation>
    </message>
    <message>
        <source>Appraisal meeting</source>
        <translation>民主评议</translation>
    </message>
    <message>
        <source>The investigation is true and complete</source>
        <translation>调查真实、完整</translation>
    </message>
    <message>
        <source>The investigation is not true or not complete</source>
        <translation>调查不真实或不完整</translation>
    </message>
    <message>
        <source>Keep the amount</source>
        <translation>保障金额不变</translation>
    </message>
    <message>
        <source>Raise</source>
        <translation>增发</translation>
    </message>
    <message>
        <source>Lower</source>
        <translation>减发</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停发</translation>
    </message>
    <message>
        <source>Gradual exit</source>
        <translation>渐退</translation>
    </message>
    <message>
        <source>Objection</source>
        <translation>异议</translation>
    </message>
    <message>
        <source>Registered and actual residence differ (人户分离)</source>
        <translation>人户分离</translation>
    </message>
    <message>
        <source>Application away from home (异地申办)</source>
        <translation>异地申办</translation>
    </message>
    <message>
        <source>Investigation is hard</source>
        <translation>调查难度大</translation>
    </message>
    <message>
        <source>Household register (户口簿)</source>
        <translation>户口簿</translation>
    </message>
    <message>
        <source>ID cards</source>
        <translation>身份证</translation>
    </message>
    <message>
        <source>Income proofs</source>
        <translation>收入证明</translation>
    </message>
    <message>
        <source>Declaration of income and assets</source>
        <translation>家庭收入和财产申报</translation>
    </message>
    <message>
        <source>Signed promise of truthfulness</source>
        <translation>如实申报承诺书</translation>
    </message>
    <message>
        <source>Verification consent signed by every member</source>
        <translation>全体家庭成员签字的核对授权书</translation>
    </message>
    <message>
        <source>Disability certificate</source>
        <translation>残疾证</translation>
    </message>
    <message>
        <source>Medical records</source>
        <translation>病历、诊断证明</translation>
    </message>
    <message>
        <source>Letter of entrustment</source>
        <translation>委托书</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Provided</source>
        <translation>已提供</translation>
    </message>
    <message>
        <source>Promised (告知承诺)</source>
        <translation>告知承诺</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>缺少</translation>
    </message>
    <message>
        <source>Held by the government</source>
        <translation>政府部门已有</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>本人申请</translation>
    </message>
    <message>
        <source>Entrusted person</source>
        <translation>委托他人</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>网上申请</translation>
    </message>
    <message>
        <source>Township outreach</source>
        <translation>主动发现</translation>
    </message>
    <message>
        <source>Wages</source>
        <translation>工资性收入</translation>
    </message>
    <message>
        <source>Business income</source>
        <translation>经营净收入</translation>
    </message>
    <message>
        <source>Farming income</source>
        <translation>种养殖收入</translation>
    </message>
    <message>
        <source>Property income</source>
        <translation>财产净收入</translation>
    </message>
    <message>
        <source>Transfer income</source>
        <translation>转移净收入</translation>
    </message>
    <message>
        <source>Basic pension (residents&apos; scheme)</source>
        <translation>城乡居民基础养老金</translation>
    </message>
    <message>
        <source>Pension</source>
        <translation>养老金</translation>
    </message>
    <message>
        <source>Preferential care (优待抚恤金)</source>
        <translation>优待抚恤金</translation>
    </message>
    <message>
        <source>Family-planning awards</source>
        <translation>计划生育奖励与扶助金</translation>
    </message>
    <message>
        <source>Scholarship</source>
        <translation>奖学金</translation>
    </message>
    <message>
        <source>Reward for bravery (见义勇为)</source>
        <translation>见义勇为奖励</translation>
    </message>
    <message>
        <source>Social assistance payments</source>
        <translation>社会救助资金</translation>
    </message>
    <message>
        <source>Deposits</source>
        <translation>存款</translation>
    </message>
    <message>
        <source>Securities</source>
        <translation>有价证券</translation>
    </message>
    <message>
        <source>Funds</source>
        <translation>基金</translation>
    </message>
    <message>
        <source>Commercial insurance</source>
        <translation>商业保险</translation>
    </message>
    <message>
        <source>Internet financial assets</source>
        <translation>互联网金融资产</translation>
    </message>
    <message>
        <source>Debts owed to the household</source>
        <translation>债权</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>机动车辆</translation>
    </message>
    <message>
        <source>Ship</source>
        <translation>船舶</translation>
    </message>
    <message>
        <source>House</source>
        <translation>房屋</translation>
    </message>
    <message>
        <source>Trees and fixtures</source>
        <translation>林木等附着物</translation>
    </message>
    <message>
        <source>Registered business</source>
        <translation>工商登记</translation>
    </message>
    <message>
        <source>Car</source>
        <translation>小汽车</translation>
    </message>
    <message>
        <source>Truck</source>
        <translation>货车</translation>
    </message>
    <message>
        <source>Ordinary motorcycle</source>
        <translation>普通摩托车</translation>
    </message>
    <message>
        <source>Disability vehicle</source>
        <translation>残疾人专用车</translation>
    </message>
    <message>
        <source>Farm machine</source>
        <translation>农用机械</translation>
    </message>
    <message>
        <source>Household visit</source>
        <translation>入户调查</translation>
    </message>
    <message>
        <source>Neighbour visit</source>
        <translation>邻里访问</translation>
    </message>
    <message>
        <source>Evidence letter</source>
        <translation>信函索证</translation>
    </message>
    <message>
        <source>Township staff</source>
        <translation>乡镇工作人员</translation>
    </message>
    <message>
        <source>Village official</source>
        <translation>村（居）干部</translation>
    </message>
    <message>
        <source>County staff</source>
        <translation>县级工作人员</translation>
    </message>
    <message>
        <source>Application submitted</source>
        <translation>提交申请</translation>
    </message>
    <message>
        <source>Urban</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Rural</source>
        <translation>农村</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation>健康</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Chronic illness</source>
        <translation>常年患病</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>残疾</translation>
    </message>
    <message>
        <source>Severely disabled</source>
        <translation>重残</translation>
    </message>
    <message>
        <source>Able to work</source>
        <translation>有劳动能力</translation>
    </message>
    <message>
        <source>Partly unable to work</source>
        <translation>部分丧失劳动能力</translation>
    </message>
    <message>
        <source>Unable to work</source>
        <translation>完全丧失劳动能力</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Spouse</source>
        <translation>配偶</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>子女</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>父母</translation>
    </message>
    <message>
        <source>Grandparent</source>
        <translation>祖父母、外祖父母</translation>
    </message>
    <message>
        <source>Grandchild</source>
        <translation>孙子女、外孙子女</translation>
    </message>
    <message>
        <source>Sibling</source>
        <translation>兄弟姐妹</translation>
    </message>
    <message>
        <source>Son- or daughter-in-law</source>
        <translation>儿媳、女婿</translation>
    </message>
    <message>
        <source>Not a student</source>
        <translation>非在校生</translation>
    </message>
    <message>
        <source>Primary school</source>
        <translation>小学</translation>
    </message>
    <message>
        <source>Junior secondary</source>
        <translation>初中</translation>
    </message>
    <message>
        <source>Senior secondary</source>
        <translation>高中</translation>
    </message>
    <message>
        <source>Vocational</source>
        <translation>中职</translation>
    </message>
    <message>
        <source>Bachelor or college</source>
        <translation>大学本科及以下</translation>
    </message>
    <message>
        <source>Postgraduate</source>
        <translation>研究生</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>计入</translation>
    </message>
    <message>
        <source>Religious staff away 3+ years</source>
        <translation>连续三年以上脱离家庭的宗教教职人员</translation>
    </message>
    <message>
        <source>In prison</source>
        <translation>在监狱服刑</translation>
    </message>
    <message>
        <source>In compulsory rehabilitation</source>
        <translation>在强制隔离戒毒所</translation>
    </message>
    <message>
        <source>Declared missing</source>
        <translation>宣告失踪</translation>
    </message>
    <message>
        <source>Named by the province</source>
        <translation>省级规定的其他情形</translation>
    </message>
    <message>
        <source>Not enrolled</source>
        <translation>未纳入</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>在保</translation>
    </message>
    <message>
        <source>Exited</source>
        <translation>已退出</translation>
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
        <source>Due today</source>
        <translation>今天到期</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>剩余 %n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>逾期 %n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s) left</source>
        <translation>
            <numerusform>剩余 %n 个工作日</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s) overdue</source>
        <translation>
            <numerusform>逾期 %n 个工作日</numerusform>
        </translation>
    </message>
    <message>
        <source>Due on %1</source>
        <translation>%1 到期</translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation>自 %1 起逾期</translation>
    </message>
    <message>
        <source>Periodic review opened</source>
        <translation>开启定期核查</translation>
    </message>
    <message>
        <source>Letter or complaint to acknowledge</source>
        <translation>待告知受理的信访投诉</translation>
    </message>
    <message>
        <source>Letter or complaint to conclude</source>
        <translation>待办结的信访投诉</translation>
    </message>
</context>
<context>
    <name>dibao::Division</name>
    <message>
        <source>Division list, line %1: %2</source>
        <translation>行政区划表第 %1 行：%2</translation>
    </message>
    <message>
        <source>expected 4 columns</source>
        <translation>应为 4 列</translation>
    </message>
    <message>
        <source>unknown level &quot;%1&quot;</source>
        <translation>未知级别“%1”</translation>
    </message>
    <message>
        <source>code &quot;%1&quot; is not %2 digits</source>
        <translation>代码“%1”不是 %2 位</translation>
    </message>
    <message>
        <source>empty name</source>
        <translation>名称为空</translation>
    </message>
    <message>
        <source>duplicate code %1</source>
        <translation>代码 %1 重复</translation>
    </message>
    <message>
        <source>Division list: %1 has unknown parent %2</source>
        <translation>行政区划表：%1 的上级 %2 不存在</translation>
    </message>
    <message>
        <source>A village code has 12 digits; &quot;%1&quot; does not.</source>
        <translation>村级代码为 12 位，“%1”不是。</translation>
    </message>
    <message>
        <source>Village code %1 does not start with a known township code.</source>
        <translation>村级代码 %1 的前 9 位不是已知的乡镇代码。</translation>
    </message>
    <message>
        <source>Village code %1 ends in 000, which is the township itself.</source>
        <translation>村级代码 %1 以 000 结尾，那是乡镇本身。</translation>
    </message>
</context>
<context>
    <name>dibao::Eligibility</name>
    <message>
        <source>No policy row %1/%2 is in force on %3; enter it before deciding.</source>
        <translation>%3 没有有效的政策 %1/%2；请先录入再作决定。</translation>
    </message>
    <message>
        <source>not counted: religious staff away for 3 years or more (57号 Art 7)</source>
        <translation>不计入：连续三年以上脱离家庭的宗教教职人员（57号第七条）</translation>
    </message>
    <message>
        <source>not counted: serving a prison sentence (57号 Art 7)</source>
        <translation>不计入：在监狱服刑（57号第七条）</translation>
    </message>
    <message>
        <source>not counted: in compulsory drug rehabilitation (57号 Art 7)</source>
        <translation>不计入：在强制隔离戒毒所（57号第七条）</translation>
    </message>
    <message>
        <source>not counted: declared missing by a court (57号 Art 7)</source>
        <translation>不计入：经法院宣告失踪（57号第七条）</translation>
    </message>
    <message>
        <source>not counted: a category the province excludes (57号 Art 7)</source>
        <translation>不计入：省级规定不计入的情形（57号第七条）</translation>
    </message>
    <message>
        <source>counted: the applicant</source>
        <translation>计入：申请人</translation>
    </message>
    <message>
        <source>counted: spouse (57号 Art 7(1))</source>
        <translation>计入：配偶（57号第七条第一项）</translation>
    </message>
    <message>
        <source>counted: minor child (57号 Art 7(2))</source>
        <translation>计入：未成年子女（57号第七条第二项）</translation>
    </message>
    <message>
        <source>counted: adult child in full-time education at bachelor level or below (57号 Art 7(3))</source>
        <translation>计入：在全日制本科及以下学校就读的成年子女（57号第七条第三项）</translation>
    </message>
    <message>
        <source>counted: adult child who cannot live independently (57号 Art 7(3))</source>
        <translation>计入：不能独立生活的成年子女（57号第七条第三项）</translation>
    </message>
    <message>
        <source>counted: has a legal duty of support and lives with the household long-term (57号 Art 7(4))</source>
        <translation>计入：与家庭长期共同生活并负有法定赡养、扶养或抚养义务（57号第七条第四项）</translation>
    </message>
    <message>
        <source>not counted: no legal duty of support within the household or not living together long-term</source>
        <translation>不计入：在家庭内无法定赡养、扶养或抚养义务，或未长期共同生活</translation>
    </message>
    <message>
        <source>The age of %1 is unknown (no birth date or valid ID number): check whether a minor child.</source>
        <translation>%1 的年龄不详（无出生日期或有效身份证号）：请核实是否为未成年子女。</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1（%2）：%3</translation>
    </message>
    <message>
        <source>Registered residence: %1 (%2) — within this area.</source>
        <translation>户籍：%1（%2）——属本辖区。</translation>
    </message>
    <message>
        <source>Registered residence: %1 is not a township of this area; the household applies where its residence is registered (57号 Art 5 for residence-permit cases).</source>
        <translation>户籍：%1 不是本辖区的乡镇；应向户籍所在地申请（持居住证的情形见57号第五条）。</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>The village code %1 does not belong to township %2.</source>
        <translation>村级代码 %1 不属于乡镇 %2。</translation>
    </message>
    <message>
        <source>Income %1 (%2): its months are missing or reversed — correct the item.</source>
        <translation>收入 %1（%2）：月份缺失或起止颠倒——请更正。</translation>
    </message>
    <message>
        <source>Income %1 (%2, %3 yuan): belongs to a member who is not counted.</source>
        <translation>收入 %1（%2，%3 元）：属于不计入的成员。</translation>
    </message>
    <message>
        <source>Income %1 (%2): outside the averaging window.</source>
        <translation>收入 %1（%2）：不在计算期间内。</translation>
    </message>
    <message>
        <source>Income %1 (%2, %3 yuan): not counted under %4 %5.</source>
        <translation>收入 %1（%2，%3 元）：依据 %4 %5 不计入。</translation>
    </message>
    <message>
        <source>Income %1 (%2): %3 yuan less %4 yuan deductions over %5 months; %6 of them in the window: %7 yuan counted.</source>
        <translation>收入 %1（%2）：%5 个月共 %3 元，扣除 %4 元；其中 %6 个月在计算期间内：计入 %7 元。</translation>
    </message>
    <message>
        <source>Expense %1 (%2): its months are missing or reversed — correct the item.</source>
        <translation>支出 %1（%2）：月份缺失或起止颠倒——请更正。</translation>
    </message>
    <message>
        <source>Expense %1 (%2): belongs to a member who is not counted.</source>
        <translation>支出 %1（%2）：属于不计入的成员。</translation>
    </message>
    <message>
        <source>Expense %1 (%2): outside the averaging window.</source>
        <translation>支出 %1（%2）：不在计算期间内。</translation>
    </message>
    <message>
        <source>Expense %1 (%2): %3 yuan deducted from income.</source>
        <translation>支出 %1（%2）：从收入中扣减 %3 元。</translation>
    </message>
    <message>
        <source>Expense %1 (%2): no policy row in force makes it deductible.</source>
        <translation>支出 %1（%2）：没有有效政策规定可以扣减。</translation>
    </message>
    <message>
        <source>Losses and deductions exceed income; income is taken as 0.</source>
        <translation>亏损和扣除超过收入，收入按 0 计。</translation>
    </message>
    <message>
        <source>Counted income over %1 to %2 (%3 months): %4 yuan; monthly %5 yuan for %6 person(s) against a standard of %7 yuan per person (household threshold %8 yuan).</source>
        <translation>%1 至 %2（%3 个月）计入收入 %4 元；%6 人每月 %5 元，保障标准每人 %7 元（家庭标准合计 %8 元）。</translation>
    </message>
    <message>
        <source>Income test: passed (below the standard).</source>
        <translation>收入条件：符合（低于保障标准）。</translation>
    </message>
    <message>
        <source>Income test: not passed (not below the standard).</source>
        <translation>收入条件：不符合（不低于保障标准）。</translation>
    </message>
    <message>
        <source>Asset %1 (%2): exempt as a necessary production or living asset: %3</source>
        <translation>财产 %1（%2）：属生产生活必需，予以豁免：%3</translation>
    </message>
    <message>
        <source>Asset %1 (%2): %3 yuan counted as financial assets.</source>
        <translation>财产 %1（%2）：%3 元计入金融资产。</translation>
    </message>
    <message>
        <source>Asset %1 (%2, %3): a kind the policy allows.</source>
        <translation>财产 %1（%2，%3）：属政策允许的类别。</translation>
    </message>
    <message>
        <source>Asset %1 (%2, %3): not a kind the policy allows and not exempted.</source>
        <translation>财产 %1（%2，%3）：不属于政策允许的类别，且未豁免。</translation>
    </message>
    <message>
        <source>unspecified</source>
        <translation>未注明</translation>
    </message>
    <message>
        <source>Asset %1 (house): %2 house(s), %3 m².</source>
        <translation>财产 %1（房屋）：%2 套，%3 平方米。</translation>
    </message>
    <message>
        <source>Asset %1 (%2): no automatic rule; assessed in the investigation.</source>
        <translation>财产 %1（%2）：无自动规则，在调查中认定。</translation>
    </message>
    <message>
        <source>Financial assets %1 yuan against a limit of %2 yuan (%3 months of the standard per person): %4.</source>
        <translation>金融资产 %1 元，限额 %2 元（人均 %3 个月保障标准）：%4。</translation>
    </message>
    <message>
        <source>within the limit</source>
        <translation>未超过限额</translation>
    </message>
    <message>
        <source>over the limit</source>
        <translation>超过限额</translation>
    </message>
    <message>
        <source>Houses: %1 not exempted, more than the %2 the policy allows.</source>
        <translation>房屋：%1 套未豁免，超过政策允许的 %2 套。</translation>
    </message>
    <message>
        <source>More houses than the policy allows.</source>
        <translation>房屋套数超过政策规定。</translation>
    </message>
    <message>
        <source>Houses: %1 m² per person, more than the %2 m² the policy allows.</source>
        <translation>房屋：人均 %1 平方米，超过政策允许的 %2 平方米。</translation>
    </message>
    <message>
        <source>More housing area per person than the policy allows.</source>
        <translation>人均住房面积超过政策规定。</translation>
    </message>
    <message>
        <source>Asset test: not evaluated (see problems).</source>
        <translation>财产条件：未评估（见需补充事项）。</translation>
    </message>
    <message>
        <source>Asset test: passed.</source>
        <translation>财产条件：符合。</translation>
    </message>
    <message>
        <source>Asset test: not passed.</source>
        <translation>财产条件：不符合。</translation>
    </message>
    <message>
        <source>%1 refused suitable work %2 times and loses their own share (Measures Art 45; 57号 Art 34).</source>
        <translation>%1 %2 次拒绝适当工作，本人不享受（《办法》第四十五条；57号第三十四条）。</translation>
    </message>
    <message>
        <source>Gap payment: %1 yuan × %2 person(s) − %3 yuan monthly income = %4 yuan%5.</source>
        <translation>差额补助：%1 元 × %2 人 − 月收入 %3 元 = %4 元%5。</translation>
    </message>
    <message>
        <source>, × %1/%2 paid members = %3 yuan</source>
        <translation>，× %1/%2 享受人数 = %3 元</translation>
    </message>
    <message>
        <source>The amount method is tiers: assign tier A, B or C.</source>
        <translation>按分档发放：请指定 A、B 或 C 档。</translation>
    </message>
    <message>
        <source>No policy row tier/%1 is in force on %2.</source>
        <translation>%2 没有有效的分档政策 tier/%1。</translation>
    </message>
    <message>
        <source>Tier %1: %2 yuan per person × %3 person(s) = %4 yuan.</source>
        <translation>%1 档：每人 %2 元 × %3 人 = %4 元。</translation>
    </message>
    <message>
        <source>Supplement %1 for %2: %3 yuan.</source>
        <translation>%2 的 %1 补助：%3 元。</translation>
    </message>
    <message>
        <source>Amount: %1 yuan before rounding, rounded (%2) to %3 yuan%4; paid %5 yuan per month.</source>
        <translation>保障金额：取整前 %1 元，按 %2 取整为 %3 元%4；每月发放 %5 元。</translation>
    </message>
    <message>
        <source>, raised to the floor of %1 yuan</source>
        <translation>，提高到最低发放额 %1 元</translation>
    </message>
    <message>
        <source>A vehicle (%1) is recorded: investigate its use and value.</source>
        <translation>登记有机动车辆（%1）：请调查其用途和价值。</translation>
    </message>
    <message>
        <source>A registered business is recorded: investigate whether it operates and what it earns.</source>
        <translation>登记有工商注册：请调查是否实际经营及收入情况。</translation>
    </message>
    <message>
        <source>A house was bought on %1, within %2 months: investigate how it was paid.</source>
        <translation>%1 购置房屋，在 %2 个月内：请调查购房资金来源。</translation>
    </message>
    <message>
        <source>%1&apos;s occupation (%2) requires a recorded finding; an occupation alone never refuses a household.</source>
        <translation>%1 的职业（%2）需记录调查结论；不得仅凭职业不予确认。</translation>
    </message>
    <message>
        <source>Financial assets of %1 yuan are close to the limit of %2 yuan: verify with the banks.</source>
        <translation>金融资产 %1 元接近限额 %2 元：请向银行核实。</translation>
    </message>
    <message>
        <source>Red flag (investigate and record a finding; never a refusal by itself): %1</source>
        <translation>疑点（须调查并记录结论，本身不是不予确认的理由）：%1</translation>
    </message>
    <message>
        <source>Member %1 is not in this household.</source>
        <translation>%1 不是此家庭的成员。</translation>
    </message>
    <message>
        <source>The household qualifies as a whole: enrol the whole household, not %1 alone.</source>
        <translation>家庭整体符合条件：应整户纳入，而不是仅 %1 一人。</translation>
    </message>
    <message>
        <source>%1 has no ground for individual enrolment (disability grade 1–2, grade 3 intellectual or mental, a serious illness, religious staff, or named by the county).</source>
        <translation>%1 不具备单人保条件（一、二级残疾，三级智力或精神残疾，重特大疾病，宗教教职人员，或县级民政部门认定）。</translation>
    </message>
    <message>
        <source>Individual enrolment is for a member of a low-income margin household; this household is not one.</source>
        <translation>单人保适用于低保边缘家庭的成员；此家庭不是低保边缘家庭。</translation>
    </message>
    <message>
        <source>%1&apos;s own income is not below the standard.</source>
        <translation>%1 本人收入不低于保障标准。</translation>
    </message>
    <message>
        <source>%1 qualifies for individual enrolment (%2).</source>
        <translation>%1 符合单人保条件（%2）。</translation>
    </message>
    <message>
        <source>No member of the household is counted.</source>
        <translation>家庭中没有计入的成员。</translation>
    </message>
    <message>
        <source>Low-income margin: monthly income is below %1/%2 × the standard (%3 yuan); the household may apply for margin status.</source>
        <translation>低保边缘：月收入低于保障标准的 %1/%2 倍（%3 元）；家庭可申请认定为低保边缘家庭。</translation>
    </message>
    <message>
        <source>Low-income margin: monthly income is not below %1/%2 × the standard.</source>
        <translation>低保边缘：月收入不低于保障标准的 %1/%2 倍。</translation>
    </message>
    <message>
        <source>Result: eligible; %1 yuan per month.</source>
        <translation>结论：符合条件；每月 %1 元。</translation>
    </message>
    <message>
        <source>Result: not eligible.</source>
        <translation>结论：不符合条件。</translation>
    </message>
    <message>
        <source>Result: undetermined until the problems above are resolved.</source>
        <translation>结论：待上述问题解决后才能判定。</translation>
    </message>
    <message>
        <source>The figures are too large to compute exactly; check the amounts entered.</source>
        <translation>数字过大，无法精确计算；请检查录入的金额。</translation>
    </message>
</context>
<context>
    <name>dibao::EligibilityReport</name>
    <message>
        <source>not evaluated</source>
        <translation>未评估</translation>
    </message>
    <message>
        <source>passes</source>
        <translation>符合</translation>
    </message>
    <message>
        <source>fails</source>
        <translation>不符合</translation>
    </message>
    <message>
        <source>Eligible: %1 yuan per month</source>
        <translation>符合条件：每月 %1 元</translation>
    </message>
    <message>
        <source>Not eligible; a low-income margin household (低保边缘)</source>
        <translation>不符合条件；属低保边缘家庭</translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation>不符合条件</translation>
    </message>
    <message>
        <source>Cannot be determined yet</source>
        <translation>尚无法判定</translation>
    </message>
    <message>
        <source>Assessed as of %1 under the policy rows in force that day. This is the rules&apos; arithmetic to inform the township&apos;s opinion; a person decides.</source>
        <translation>按 %1 当日有效的政策测算。测算结果供乡镇提出意见参考，由工作人员作出决定。</translation>
    </message>
    <message>
        <source>To complete first</source>
        <translation>需先补充</translation>
    </message>
    <message>
        <source>1. Registered residence</source>
        <translation>一、户籍</translation>
    </message>
    <message>
        <source>2. Income</source>
        <translation>二、收入</translation>
    </message>
    <message>
        <source>Averaging window</source>
        <translation>计算期间</translation>
    </message>
    <message>
        <source>%1 to %2 (%3 months)</source>
        <translation>%1 至 %2（%3 个月）</translation>
    </message>
    <message>
        <source>Counted members</source>
        <translation>计入的家庭成员</translation>
    </message>
    <message>
        <source>Counted income over the window (yuan)</source>
        <translation>期间计入收入（元）</translation>
    </message>
    <message>
        <source>Monthly household income (yuan)</source>
        <translation>家庭月收入（元）</translation>
    </message>
    <message>
        <source>Per person per month (yuan)</source>
        <translation>人均月收入（元）</translation>
    </message>
    <message>
        <source>Standard per person per month (yuan)</source>
        <translation>保障标准（元/人·月）</translation>
    </message>
    <message>
        <source>3. Assets</source>
        <translation>三、财产</translation>
    </message>
    <message>
        <source>Financial assets %1 yuan against a limit of %2 yuan.</source>
        <translation>金融资产 %1 元，限额 %2 元。</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>家庭成员</translation>
    </message>
    <message>
        <source>%1 (%2, %3): %4</source>
        <translation>%1（%2，%3）：%4</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n 岁</numerusform>
        </translation>
    </message>
    <message>
        <source>age unknown</source>
        <translation>年龄不详</translation>
    </message>
    <message>
        <source>counted</source>
        <translation>计入</translation>
    </message>
    <message>
        <source>not counted</source>
        <translation>不计入</translation>
    </message>
    <message>
        <source>loses their own share (refused suitable work 3 times)</source>
        <translation>本人不享受（三次拒绝适当工作）</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>保障金额</translation>
    </message>
    <message>
        <source>Individual enrolment (单人保)</source>
        <translation>单人保</translation>
    </message>
    <message>
        <source>Red flags to investigate</source>
        <translation>需调查核实的疑点</translation>
    </message>
    <message>
        <source>Each needs investigation and a recorded finding; none is a reason to refuse by itself.</source>
        <translation>每项都须调查并记录结论；任何一项本身都不是不予确认的理由。</translation>
    </message>
    <message>
        <source>Step by step</source>
        <translation>测算过程</translation>
    </message>
    <message>
        <source>Policy rows used</source>
        <translation>所依据的政策</translation>
    </message>
    <message>
        <source>example row shipped with the product: confirm before use</source>
        <translation>软件附带的示例政策：使用前请核实</translation>
    </message>
    <message>
        <source>disability costs</source>
        <translation>残疾相关支出</translation>
    </message>
    <message>
        <source>medical costs</source>
        <translation>医疗支出</translation>
    </message>
    <message>
        <source>the household</source>
        <translation>全家</translation>
    </message>
    <message>
        <source>a member</source>
        <translation>一名成员</translation>
    </message>
    <message>
        <source>(unnamed item)</source>
        <translation>（未命名项目）</translation>
    </message>
    <message>
        <source>Urban standard per person per month</source>
        <translation>城市保障标准（每人每月）</translation>
    </message>
    <message>
        <source>Rural standard per person per month</source>
        <translation>农村保障标准（每人每月）</translation>
    </message>
    <message>
        <source>Housing area per person at most (m²)</source>
        <translation>人均住房面积上限（平方米）</translation>
    </message>
    <message>
        <source>Number of houses at most</source>
        <translation>住房套数上限</translation>
    </message>
    <message>
        <source>Financial assets per person at most (months of the standard)</source>
        <translation>人均金融资产上限（保障标准的月数）</translation>
    </message>
    <message>
        <source>Vehicles allowed</source>
        <translation>允许拥有的车辆</translation>
    </message>
    <message>
        <source>Months over which income is averaged</source>
        <translation>收入计算期（月）</translation>
    </message>
    <message>
        <source>How the amount is computed</source>
        <translation>保障金额计算方式</translation>
    </message>
    <message>
        <source>Rounding of the amount</source>
        <translation>保障金额取整方式</translation>
    </message>
    <message>
        <source>Low-income margin (multiple of the standard)</source>
        <translation>低保边缘（保障标准的倍数）</translation>
    </message>
    <message>
        <source>Minimum amount per household</source>
        <translation>每户最低保障金额</translation>
    </message>
    <message>
        <source>Minimum amount per person</source>
        <translation>每人最低保障金额</translation>
    </message>
    <message>
        <source>Income not counted: %1</source>
        <translation>不计入收入：%1</translation>
    </message>
    <message>
        <source>Expense deducted: %1</source>
        <translation>扣减支出：%1</translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation>%1 档</translation>
    </message>
    <message>
        <source>Supplement: %1</source>
        <translation>分类施保补助：%1</translation>
    </message>
    <message>
        <source>Red flag: occupations of cadres</source>
        <translation>疑点：干部职业</translation>
    </message>
    <message>
        <source>Red flag: financial assets near the limit</source>
        <translation>疑点：金融资产接近上限</translation>
    </message>
    <message>
        <source>Red flag: a house bought recently (months)</source>
        <translation>疑点：近期购房（月数）</translation>
    </message>
    <message>
        <source>%1: %2 %3, in force from %4</source>
        <translation>%1：%2 %3，自 %4 起施行</translation>
    </message>
</context>
<context>
    <name>dibao::FieldLabels</name>
    <message>
        <source>Household</source>
        <translation>家庭</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>家庭成员</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Township</source>
        <translation>乡镇（街道）</translation>
    </message>
    <message>
        <source>Village code</source>
        <translation>村（社区）代码</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村（社区）</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>From month</source>
        <translation>起始月份</translation>
    </message>
    <message>
        <source>To month</source>
        <translation>截止月份</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Reason for voiding</source>
        <translation>作废原因</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Urban or rural</source>
        <translation>城乡类别</translation>
    </message>
    <message>
        <source>Registered address</source>
        <translation>户籍地址</translation>
    </message>
    <message>
        <source>Actual address</source>
        <translation>实际居住地址</translation>
    </message>
    <message>
        <source>Separated residence (人户分离)</source>
        <translation>人户分离</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>开户银行</translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation>银行账号</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Stable household (12-month reviews)</source>
        <translation>常补对象（每12个月核查）</translation>
    </message>
    <message>
        <source>Enrolment</source>
        <translation>保障状态</translation>
    </message>
    <message>
        <source>Monthly amount in force</source>
        <translation>现保障金额（月）</translation>
    </message>
    <message>
        <source>Tier in force</source>
        <translation>现保障档次</translation>
    </message>
    <message>
        <source>Enrolled since</source>
        <translation>纳入保障起始月</translation>
    </message>
    <message>
        <source>Next periodic review</source>
        <translation>下次定期核查日期</translation>
    </message>
    <message>
        <source>From the earlier roster</source>
        <translation>来自存量名册</translation>
    </message>
    <message>
        <source>Earlier roster reference</source>
        <translation>存量名册编号</translation>
    </message>
    <message>
        <source>Earlier roster approval date</source>
        <translation>存量名册审批日期</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Name (search form)</source>
        <translation>姓名（检索用）</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Relation to the applicant</source>
        <translation>与申请人关系</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>健康状况</translation>
    </message>
    <message>
        <source>Disability category</source>
        <translation>残疾类别</translation>
    </message>
    <message>
        <source>Disability grade</source>
        <translation>残疾等级</translation>
    </message>
    <message>
        <source>Serious illness</source>
        <translation>重病</translation>
    </message>
    <message>
        <source>Work ability</source>
        <translation>劳动能力</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>职业</translation>
    </message>
    <message>
        <source>Student level</source>
        <translation>在读学段</translation>
    </message>
    <message>
        <source>Full-time student</source>
        <translation>全日制在读</translation>
    </message>
    <message>
        <source>Lives in the household</source>
        <translation>共同生活</translation>
    </message>
    <message>
        <source>Support duty</source>
        <translation>赡养（抚养、扶养）义务</translation>
    </message>
    <message>
        <source>Cannot live independently</source>
        <translation>不能独立生活</translation>
    </message>
    <message>
        <source>Not counted as a member</source>
        <translation>不计入家庭成员</translation>
    </message>
    <message>
        <source>Why not counted</source>
        <translation>不计入的说明</translation>
    </message>
    <message>
        <source>Suitable work refused</source>
        <translation>拒绝适当工作次数</translation>
    </message>
    <message>
        <source>Left the household</source>
        <translation>离开家庭原因</translation>
    </message>
    <message>
        <source>Monthly income</source>
        <translation>月收入</translation>
    </message>
    <message>
        <source>Work costs</source>
        <translation>必要就业成本</translation>
    </message>
    <message>
        <source>Taxes</source>
        <translation>个人所得税</translation>
    </message>
    <message>
        <source>Social insurance</source>
        <translation>社会保险费</translation>
    </message>
    <message>
        <source>Support paid to others</source>
        <translation>支付的赡养（抚养、扶养）费</translation>
    </message>
    <message>
        <source>Monthly expense</source>
        <translation>月支出</translation>
    </message>
    <message>
        <source>Sub-kind</source>
        <translation>细类</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>价值</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Floor area</source>
        <translation>建筑面积</translation>
    </message>
    <message>
        <source>Bought on</source>
        <translation>购置日期</translation>
    </message>
    <message>
        <source>Exempt</source>
        <translation>豁免</translation>
    </message>
    <message>
        <source>Why exempt</source>
        <translation>豁免理由</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Applicant name</source>
        <translation>申请人姓名</translation>
    </message>
    <message>
        <source>Applicant name (search form)</source>
        <translation>申请人姓名（检索用）</translation>
    </message>
    <message>
        <source>Household size</source>
        <translation>家庭人口</translation>
    </message>
    <message>
        <source>Entrusted applicant</source>
        <translation>受委托人</translation>
    </message>
    <message>
        <source>Near relative declared</source>
        <translation>近亲属备案声明</translation>
    </message>
    <message>
        <source>Near-relative note</source>
        <translation>近亲属说明</translation>
    </message>
    <message>
        <source>Individual enrolment for</source>
        <translation>单人保对象</translation>
    </message>
    <message>
        <source>Submitted on</source>
        <translation>申请日期</translation>
    </message>
    <message>
        <source>Accepted on</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <source>Missing items notified on</source>
        <translation>一次性告知日期</translation>
    </message>
    <message>
        <source>Missing items</source>
        <translation>缺少的材料</translation>
    </message>
    <message>
        <source>After an objection</source>
        <translation>异议后</translation>
    </message>
    <message>
        <source>Ground for the extension</source>
        <translation>延期理由</translation>
    </message>
    <message>
        <source>Confirmation delegated</source>
        <translation>委托乡镇确认</translation>
    </message>
    <message>
        <source>Proposed amount</source>
        <translation>拟保障金额</translation>
    </message>
    <message>
        <source>Proposed tier</source>
        <translation>拟保障档次</translation>
    </message>
    <message>
        <source>Decided amount</source>
        <translation>确认保障金额</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>保障档次</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>计算方式</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>决定日期</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>决定人</translation>
    </message>
    <message>
        <source>Payment starts</source>
        <translation>起始发放月份</translation>
    </message>
    <message>
        <source>Reasons given</source>
        <translation>决定理由</translation>
    </message>
    <message>
        <source>Refusal delivered on</source>
        <translation>不予确认通知送达日期</translation>
    </message>
    <message>
        <source>Review outcome</source>
        <translation>核查结果</translation>
    </message>
    <message>
        <source>Gradual exit months</source>
        <translation>渐退月数</translation>
    </message>
    <message>
        <source>Intake the decision was based on</source>
        <translation>决定所依据的申请信息</translation>
    </message>
    <message>
        <source>Reason for closing</source>
        <translation>结案原因</translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation>下一期限</translation>
    </message>
    <message>
        <source>Next deadline kind</source>
        <translation>下一期限类别</translation>
    </message>
    <message>
        <source>Certificate number</source>
        <translation>低保证编号</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>材料</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Counted in</source>
        <translation>计算单位</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Started on</source>
        <translation>起算日期</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>到期日期</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <source>Card held by</source>
        <translation>代管人</translation>
    </message>
    <message>
        <source>Custodian role</source>
        <translation>代管人身份</translation>
    </message>
    <message>
        <source>Agreement signed on</source>
        <translation>代管协议签订日期</translation>
    </message>
    <message>
        <source>Reason for custody</source>
        <translation>代管原因</translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation>终止日期</translation>
    </message>
    <message>
        <source>Real-name complaint</source>
        <translation>实名</translation>
    </message>
    <message>
        <source>About</source>
        <translation>涉及对象</translation>
    </message>
    <message>
        <source>Township concerned</source>
        <translation>涉及乡镇（街道）</translation>
    </message>
    <message>
        <source>Staff member concerned</source>
        <translation>涉及工作人员</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>事项摘要</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <source>Received by (account)</source>
        <translation>受理人（账户）</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>受理人</translation>
    </message>
    <message>
        <source>First-contact owner (account)</source>
        <translation>首问负责人（账户）</translation>
    </message>
    <message>
        <source>First-contact owner</source>
        <translation>首问负责人</translation>
    </message>
    <message>
        <source>Owner office</source>
        <translation>负责单位</translation>
    </message>
    <message>
        <source>Acknowledgement due</source>
        <translation>告知期限</translation>
    </message>
    <message>
        <source>Acknowledged on</source>
        <translation>告知日期</translation>
    </message>
    <message>
        <source>Handling deadline</source>
        <translation>办理期限</translation>
    </message>
    <message>
        <source>Extended on</source>
        <translation>延期日期</translation>
    </message>
    <message>
        <source>Reason for the extension</source>
        <translation>延期理由</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>办理途径</translation>
    </message>
    <message>
        <source>Concluded on</source>
        <translation>办结日期</translation>
    </message>
    <message>
        <source>Concluded by</source>
        <translation>办结人</translation>
    </message>
    <message>
        <source>Deciding office</source>
        <translation>处理单位</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>调查结论</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>查证属实</translation>
    </message>
    <message>
        <source>Complaint on the case</source>
        <translation>案件投诉记录</translation>
    </message>
    <message>
        <source>Check case</source>
        <translation>核查案件</translation>
    </message>
    <message>
        <source>Feedback on</source>
        <translation>反馈日期</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>反馈意见</translation>
    </message>
    <message>
        <source>Reward</source>
        <translation>奖励金额</translation>
    </message>
    <message>
        <source>Reward on</source>
        <translation>奖励日期</translation>
    </message>
    <message>
        <source>Reward note</source>
        <translation>奖励说明</translation>
    </message>
    <message>
        <source>Petition</source>
        <translation>信访事项</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Requested on</source>
        <translation>申请日期</translation>
    </message>
    <message>
        <source>Forwarded on</source>
        <translation>转送日期</translation>
    </message>
    <message>
        <source>From office</source>
        <translation>转出单位</translation>
    </message>
    <message>
        <source>To office</source>
        <translation>转入单位</translation>
    </message>
    <message>
        <source>Higher body</source>
        <translation>上级机关</translation>
    </message>
    <message>
        <source>Answer due</source>
        <translation>答复期限</translation>
    </message>
    <message>
        <source>Outcome on</source>
        <translation>结果日期</translation>
    </message>
    <message>
        <source>Outcome note</source>
        <translation>结果说明</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>Expense</source>
        <translation>支出</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>财产</translation>
    </message>
    <message>
        <source>Card custody</source>
        <translation>代管协议</translation>
    </message>
    <message>
        <source>Petition forwarding</source>
        <translation>信访转送</translation>
    </message>
</context>
<context>
    <name>dibao::FindingResolution</name>
    <message>
        <source>Asset added to the case</source>
        <translation>已将财产补入案件</translation>
    </message>
    <message>
        <source>Explained</source>
        <translation>已说明</translation>
    </message>
    <message>
        <source>Income added to the case</source>
        <translation>已将收入补入案件</translation>
    </message>
    <message>
        <source>Review opened</source>
        <translation>已开启核查</translation>
    </message>
</context>
<context>
    <name>dibao::FundReports</name>
    <message>
        <source>The month is not valid.</source>
        <translation>月份无效。</translation>
    </message>
</context>
<context>
    <name>dibao::HouseholdImport</name>
    <message>
        <source>%1.%2: %3</source>
        <translation>%1.%2：%3</translation>
    </message>
    <message>
        <source>%1[%2]: must be an object</source>
        <translation>%1[%2]：须为对象</translation>
    </message>
    <message>
        <source>The file is not valid JSON (at byte %1: %2).</source>
        <translation>文件不是有效的 JSON（第 %1 字节：%2）。</translation>
    </message>
    <message>
        <source>The file must be a JSON object with &quot;format&quot; and &quot;households&quot;.</source>
        <translation>文件须为含有“format”和“households”的 JSON 对象。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of: %2</source>
        <translation>“%1”不是以下之一：%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used by two members</source>
        <translation>“%1”被两名成员同时使用</translation>
    </message>
    <message>
        <source>is in the future</source>
        <translation>晚于今天</translation>
    </message>
    <message>
        <source>lists no household</source>
        <translation>没有列出任何家庭</translation>
    </message>
    <message>
        <source>must be 1</source>
        <translation>须为 1</translation>
    </message>
    <message>
        <source>must be &quot;dibao-households&quot;</source>
        <translation>须为“dibao-households”</translation>
    </message>
    <message>
        <source>must be a date YYYY-MM-DD</source>
        <translation>须为日期 YYYY-MM-DD</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>须为列表</translation>
    </message>
    <message>
        <source>must be a month YYYY-MM</source>
        <translation>须为月份 YYYY-MM</translation>
    </message>
    <message>
        <source>must be a whole number of fen, 0 or more</source>
        <translation>须为以分计的整数，不小于 0</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>须为对象</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>须为文本</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>须为 true 或 false</translation>
    </message>
    <message>
        <source>no member has ref &quot;%1&quot;</source>
        <translation>没有成员的 ref 为“%1”</translation>
    </message>
    <message>
        <source>required</source>
        <translation>必填</translation>
    </message>
    <message>
        <source>required: the ref of the applying member</source>
        <translation>必填：申请人的成员 ref</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>未知字段</translation>
    </message>
</context>
<context>
    <name>dibao::HouseholdStore</name>
    <message>
        <source>%1 is not a known township code.</source>
        <translation>%1 不是已知的乡镇代码。</translation>
    </message>
    <message>
        <source>%1: the months covered must run from an earlier to a later month (YYYY-MM).</source>
        <translation>%1：所属月份须从较早月份到较晚月份（YYYY-MM）。</translation>
    </message>
    <message>
        <source>A household needs at least one member.</source>
        <translation>家庭至少要有一名成员。</translation>
    </message>
    <message>
        <source>An income item names a member who is not in the household.</source>
        <translation>有一项收入所属的成员不在此家庭中。</translation>
    </message>
    <message>
        <source>Asset values, counts and areas cannot be negative.</source>
        <translation>财产价值、数量和面积不能为负数。</translation>
    </message>
    <message>
        <source>Every member needs a name.</source>
        <translation>每位成员都要填写姓名。</translation>
    </message>
    <message>
        <source>Expense %1</source>
        <translation>支出 %1</translation>
    </message>
    <message>
        <source>Expense amounts cannot be negative.</source>
        <translation>支出金额不能为负数。</translation>
    </message>
    <message>
        <source>Household %1 is outside this database&apos;s area.</source>
        <translation>家庭 %1 不属于本数据库的辖区。</translation>
    </message>
    <message>
        <source>Income %1</source>
        <translation>收入 %1</translation>
    </message>
    <message>
        <source>Income amounts and deductions cannot be negative.</source>
        <translation>收入金额和扣除项不能为负数。</translation>
    </message>
    <message>
        <source>Member %1: %2</source>
        <translation>成员 %1：%2</translation>
    </message>
    <message>
        <source>Member %1: refusals of work cannot be negative.</source>
        <translation>成员 %1：拒绝工作次数不能为负数。</translation>
    </message>
    <message>
        <source>Member %1: the disability grade is 1 to 4, or 0 for none.</source>
        <translation>成员 %1：残疾等级为 1 至 4，无残疾填 0。</translation>
    </message>
    <message>
        <source>No household %1.</source>
        <translation>没有家庭 %1。</translation>
    </message>
    <message>
        <source>The ID number %1 appears twice in this household.</source>
        <translation>身份证号 %1 在此家庭中出现了两次。</translation>
    </message>
    <message>
        <source>Township %1 (%2) is outside this database&apos;s area.</source>
        <translation>乡镇 %1（%2）不属于本数据库的辖区。</translation>
    </message>
    <message>
        <source>Township %1 is outside this database&apos;s area.</source>
        <translation>乡镇 %1 不属于本数据库的辖区。</translation>
    </message>
    <message>
        <source>Unknown asset kind &quot;%1&quot;; use one of: %2.</source>
        <translation>未知的财产类别“%1”；可选：%2。</translation>
    </message>
    <message>
        <source>Unknown expense kind &quot;%1&quot;; use disability_cost or illness_cost.</source>
        <translation>未知的支出类别“%1”；可选 disability_cost 或 illness_cost。</translation>
    </message>
    <message>
        <source>Unknown income kind &quot;%1&quot;; use one of: %2.</source>
        <translation>未知的收入类别“%1”；可选：%2。</translation>
    </message>
    <message>
        <source> on %1</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <source>A member is never removed from the file: record why they left (moved out, died, married out) instead.</source>
        <translation>家庭成员不能从档案中删除：请改为登记其离开的原因（迁出、死亡、出嫁等）。</translation>
    </message>
    <message>
        <source>An income, expense or asset item is never removed from the file: correct its figures or months instead (e.g. an amount of 0).</source>
        <translation>收入、支出或财产项目不能从档案中删除：请改为更正其数额或月份（例如金额改为 0）。</translation>
    </message>
    <message>
        <source>This household&apos;s case was decided%1; its file is changed through a periodic review now. Open a review (or report the change), then edit the household.</source>
        <translation>此家庭的案件已作出决定%1；现在须通过定期核查修改其档案。请先开启核查（或报告变化），再修改家庭信息。</translation>
    </message>
</context>
<context>
    <name>dibao::HubClient</name>
    <message>
        <source>The hub answered %1 without an acknowledgement.</source>
        <translation>县级平台返回状态 %1，但没有回执。</translation>
    </message>
    <message>
        <source>The hub answered %1: %2</source>
        <translation>县级平台返回状态 %1：%2</translation>
    </message>
    <message>
        <source>The hub at %1 does not answer: %2</source>
        <translation>位于 %1 的县级平台没有响应：%2</translation>
    </message>
    <message>
        <source>The hub card has no address to reach the hub at.</source>
        <translation>平台连接卡中没有县级平台的访问地址。</translation>
    </message>
    <message>
        <source>The hub refused bundle %1 as too large.</source>
        <translation>县级平台以过大为由拒收同步包 %1。</translation>
    </message>
    <message>
        <source>The hub&apos;s certificate does not match the pin on its card.</source>
        <translation>县级平台的证书与其连接卡中固定的证书不符。</translation>
    </message>
    <message>
        <source>This device has not joined a hub yet (dibao-cli join --hub-card FILE).</source>
        <translation>本机尚未加入县级平台（dibao-cli join --hub-card FILE）。</translation>
    </message>
</context>
<context>
    <name>dibao::HubKeys</name>
    <message>
        <source>%1 is not a dibao hub key file.</source>
        <translation>%1 不是低保业务系统的县级平台密钥文件。</translation>
    </message>
    <message>
        <source>Cannot create the hub key file %1.</source>
        <translation>无法创建县级平台密钥文件 %1。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Cannot write the hub key file %1.</source>
        <translation>无法写入县级平台密钥文件 %1。</translation>
    </message>
    <message>
        <source>The hub key file %1 does not exist (dibao-cli --db HUB hub-card creates it).</source>
        <translation>县级平台密钥文件 %1 不存在（可用 dibao-cli --db HUB hub-card 创建）。</translation>
    </message>
    <message>
        <source>The hub key file %1 may be read by other users: chmod 600 it.</source>
        <translation>县级平台密钥文件 %1 可能被其他用户读取：请对其执行 chmod 600。</translation>
    </message>
</context>
<context>
    <name>dibao::HubService</name>
    <message>
        <source>Bundles are fetched with GET.</source>
        <translation>同步包须用 GET 获取。</translation>
    </message>
    <message>
        <source>Bundles are uploaded with PUT.</source>
        <translation>同步包须用 PUT 上传。</translation>
    </message>
    <message>
        <source>GET …/bundles needs after=N (the last bundle applied).</source>
        <translation>GET …/bundles 需要 after=N（最后应用的同步包）。</translation>
    </message>
    <message>
        <source>No such resource.</source>
        <translation>没有此资源。</translation>
    </message>
    <message>
        <source>The request is not signed by the device.</source>
        <translation>请求没有设备的签名。</translation>
    </message>
    <message>
        <source>The request is signed by an unknown key.</source>
        <translation>请求由未知密钥签名。</translation>
    </message>
    <message>
        <source>The request&apos;s date is more than %1 seconds from the hub&apos;s clock.</source>
        <translation>请求的时间与县级平台时钟相差超过 %1 秒。</translation>
    </message>
    <message>
        <source>The request&apos;s nonce is malformed.</source>
        <translation>请求的随机数（nonce）格式错误。</translation>
    </message>
    <message>
        <source>The request&apos;s signature does not verify.</source>
        <translation>请求的签名验证不通过。</translation>
    </message>
    <message>
        <source>This device is revoked.</source>
        <translation>此设备已被吊销。</translation>
    </message>
    <message>
        <source>This request was already made once.</source>
        <translation>此请求已发送过一次（重放）。</translation>
    </message>
</context>
<context>
    <name>dibao::IdNumber</name>
    <message>
        <source>The ID number is empty.</source>
        <translation>身份证号为空。</translation>
    </message>
    <message>
        <source>An ID number has 18 characters (or 15 for an old card); this one has %1.</source>
        <translation>身份证号应为 18 位（老证 15 位），此号码为 %1 位。</translation>
    </message>
    <message>
        <source>A 15-character ID number has digits only.</source>
        <translation>15 位身份证号只能由数字组成。</translation>
    </message>
    <message>
        <source>An ID number has 17 digits followed by a digit or X.</source>
        <translation>身份证号由 17 位数字加一位数字或 X 组成。</translation>
    </message>
    <message>
        <source>The address code %1 at the start of the ID number is not a possible county code.</source>
        <translation>身份证号开头的地址码 %1 不是有效的县级代码。</translation>
    </message>
    <message>
        <source>The birth date %1 in the ID number is not a real date.</source>
        <translation>身份证号中的出生日期 %1 不是有效日期。</translation>
    </message>
    <message>
        <source>The birth date %1 in the ID number is in the future.</source>
        <translation>身份证号中的出生日期 %1 晚于今天。</translation>
    </message>
    <message>
        <source>The last character of the ID number should be %1, not %2: check the digits.</source>
        <translation>身份证号最后一位应为 %1，而不是 %2：请核对各位数字。</translation>
    </message>
</context>
<context>
    <name>dibao::ImportBundlesDialog</name>
    <message>
        <source>Import bundles</source>
        <translation>导入同步包</translation>
    </message>
    <message>
        <source>Choose the bundle files (dibao_….zip) or a folder holding them.</source>
        <translation>请选择同步包文件（dibao_….zip）或存放这些文件的文件夹。</translation>
    </message>
    <message>
        <source>Add &amp;files…</source>
        <translation>添加文件(&amp;F)…</translation>
    </message>
    <message>
        <source>Add a f&amp;older…</source>
        <translation>添加文件夹(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Bundle files</source>
        <translation>同步包文件</translation>
    </message>
    <message>
        <source>dibao bundles (dibao_*.zip);;All files (*)</source>
        <translation>低保同步包 (dibao_*.zip);;所有文件 (*)</translation>
    </message>
    <message>
        <source>A folder of bundle files</source>
        <translation>存放同步包文件的文件夹</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) to import.</source>
        <translation>
            <numerusform>待导入 %n 个文件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message numerus="yes">
        <source>Applied %1, duplicate %2, held %3, rejected %4; %n change(s) refused.</source>
        <translation>
            <numerusform>已应用 %1，重复 %2，暂缓 %3，拒收 %4；%n 项变更被拒收。</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopping after the current file…</source>
        <translation>将在当前文件完成后停止…</translation>
    </message>
</context>
<context>
    <name>dibao::ImportVerdictModel</name>
    <message>
        <source>a field only the confirming authority writes</source>
        <translation>只有审核确认机关才能填写的字段</translation>
    </message>
    <message>
        <source>a household outside the sender&apos;s township</source>
        <translation>不属于发送方乡镇的家庭</translation>
    </message>
    <message>
        <source>a change to a record that may only be added to</source>
        <translation>对只能追加的记录的修改</translation>
    </message>
    <message numerus="yes">
        <source>Bundle %1 from %2, %n change(s)</source>
        <translation>
            <numerusform>来自 %2 的同步包 %1，%n 项变更</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes refused (listed in the acknowledgement):</source>
        <translation>被拒收的变更（已列入回执）：</translation>
    </message>
    <message>
        <source>  change %1 of %2: %3</source>
        <translation>  来自 %2 的变更 %1：%3</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) kept for a person (Sync ▸ Conflicts…)</source>
        <translation>
            <numerusform>%n 项冲突留待人工处理（同步 ▸ 冲突…）</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>拒收</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>dibao::InspectionDocument</name>
    <message>
        <source>Period: %1 to %2. Clocks are judged as of %2.</source>
        <translation>期间：%1 至 %2。办理时限以 %2 为准判定。</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概况</translation>
    </message>
    <message>
        <source>Clocks kept</source>
        <translation>按时办结</translation>
    </message>
    <message>
        <source>Clocks missed</source>
        <translation>超过时限</translation>
    </message>
    <message>
        <source>Cases without a required visit</source>
        <translation>缺少必需入户调查的案件</translation>
    </message>
    <message>
        <source>Unresolved flags and conflicts</source>
        <translation>未处理的标记和冲突</translation>
    </message>
    <message>
        <source>Decisions in the period</source>
        <translation>期间内作出的决定</translation>
    </message>
    <message>
        <source>Clocks</source>
        <translation>办理时限</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>时限</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>按时</translation>
    </message>
    <message>
        <source>Done late</source>
        <translation>逾期办结</translation>
    </message>
    <message>
        <source>Overdue, open</source>
        <translation>逾期未办结</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>无。</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村（社区）</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>缺少</translation>
    </message>
    <message>
        <source>Ground</source>
        <translation>事由</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>起始时间</translation>
    </message>
    <message>
        <source>Decisions by named person</source>
        <translation>按决定人统计的决定</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>决定人</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>决定</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>督查人员</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Township in charge</source>
        <translation>责任乡镇</translation>
    </message>
    <message>
        <source>Inspection report</source>
        <translation>督查报告</translation>
    </message>
</context>
<context>
    <name>dibao::InspectionPage</name>
    <message>
        <source>Save the inspection report</source>
        <translation>保存督查报告</translation>
    </message>
    <message>
        <source>inspection.xlsx</source>
        <translation>督查报告.xlsx</translation>
    </message>
    <message>
        <source>Workbook (*.xlsx)</source>
        <translation>工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Save the inspection report as PDF</source>
        <translation>将督查报告另存为 PDF</translation>
    </message>
    <message>
        <source>inspection.pdf</source>
        <translation>督查报告.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Fund report</source>
        <translation>资金报表</translation>
    </message>
    <message>
        <source>Month (YYYY-MM):</source>
        <translation>月份（YYYY-MM）：</translation>
    </message>
    <message>
        <source>Save the fund report</source>
        <translation>保存资金报表</translation>
    </message>
    <message>
        <source>fund-report-%1.xlsx</source>
        <translation>资金报表-%1.xlsx</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>督查</translation>
    </message>
    <message>
        <source>Build the report</source>
        <translation>生成报告</translation>
    </message>
    <message>
        <source>Workbook (.xlsx)...</source>
        <translation>工作簿（.xlsx）...</translation>
    </message>
    <message>
        <source>PDF...</source>
        <translation>PDF...</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>打印预览</translation>
    </message>
    <message>
        <source>Fund report...</source>
        <translation>资金报表...</translation>
    </message>
    <message>
        <source>Clocks</source>
        <translation>办理时限</translation>
    </message>
    <message>
        <source>Cases without visits</source>
        <translation>缺少入户调查的案件</translation>
    </message>
    <message>
        <source>Unresolved</source>
        <translation>未处理</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>决定</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>时限</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>按时</translation>
    </message>
    <message>
        <source>Done late</source>
        <translation>逾期办结</translation>
    </message>
    <message>
        <source>Overdue, open</source>
        <translation>逾期未办结</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村（社区）</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>缺少</translation>
    </message>
    <message>
        <source>Ground</source>
        <translation>事由</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>起始时间</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>决定人</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>决定</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Sync conflict</source>
        <translation>同步冲突</translation>
    </message>
    <message>
        <source>Sync flag</source>
        <translation>同步标记</translation>
    </message>
    <message>
        <source>%1 %2: clocks kept %3, missed %4; cases without a required visit %5; unresolved %6.</source>
        <translation>%1 %2：按时办结 %3，超过时限 %4；缺少必需入户调查的案件 %5；未处理 %6。</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>已写入 %1</translation>
    </message>
</context>
<context>
    <name>dibao::InspectionReports</name>
    <message>
        <source>%1 is not a township code.</source>
        <translation>%1 不是乡镇代码。</translation>
    </message>
    <message>
        <source>%1 is outside this database&apos;s jurisdiction.</source>
        <translation>%1 不属于本数据库的辖区。</translation>
    </message>
    <message>
        <source>Complaint during confirmation</source>
        <translation>审核确认期间的举报投诉</translation>
    </message>
    <message>
        <source>Investigation</source>
        <translation>调查</translation>
    </message>
    <message>
        <source>Near relative of staff</source>
        <translation>工作人员近亲属</translation>
    </message>
    <message>
        <source>No household visit</source>
        <translation>无入户调查</translation>
    </message>
    <message>
        <source>No visit by the confirming authority</source>
        <translation>审核确认机关未入户核查</translation>
    </message>
    <message>
        <source>The period is not valid.</source>
        <translation>期间无效。</translation>
    </message>
</context>
<context>
    <name>dibao::IntakeForm</name>
    <message>
        <source>New application</source>
        <translation>新申请</translation>
    </message>
    <message>
        <source>New application: %1</source>
        <translation>新申请：%1</translation>
    </message>
    <message>
        <source>(no member yet)</source>
        <translation>（尚无成员）</translation>
    </message>
    <message>
        <source>%1 — %2, saved %3</source>
        <translation>%1 — %2，保存于 %3</translation>
    </message>
    <message>
        <source>1. Application</source>
        <translation>一、申请</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>申请方式(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Entrusted person:</source>
        <translation>受委托人(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Submitted on:</source>
        <translation>申请日期(&amp;S)：</translation>
    </message>
    <message>
        <source>2. Household</source>
        <translation>二、家庭</translation>
    </message>
    <message>
        <source>Township:</source>
        <translation>乡镇（街道）：</translation>
    </message>
    <message>
        <source>&amp;Village:</source>
        <translation>村（社区）(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>城乡类别(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Registered address:</source>
        <translation>户籍地址(&amp;R)：</translation>
    </message>
    <message>
        <source>Ac&amp;tual address:</source>
        <translation>实际居住地址(&amp;T)：</translation>
    </message>
    <message>
        <source>Registered and actual residence differ:</source>
        <translation>人户分离：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>联系电话(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Bank:</source>
        <translation>开户银行(&amp;B)：</translation>
    </message>
    <message>
        <source>Account &amp;number:</source>
        <translation>账号(&amp;N)：</translation>
    </message>
    <message>
        <source>Stable household (reviewed every 12 months):</source>
        <translation>常补对象（每 12 个月核查）：</translation>
    </message>
    <message>
        <source>3. Members</source>
        <translation>三、家庭成员</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;ID number:</source>
        <translation>身份证号(&amp;I)：</translation>
    </message>
    <message>
        <source>Re&amp;lation to applicant:</source>
        <translation>与申请人关系(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Health:</source>
        <translation>健康状况(&amp;H)：</translation>
    </message>
    <message>
        <source>Disability category:</source>
        <translation>残疾类别：</translation>
    </message>
    <message>
        <source>Disability grade (0: none):</source>
        <translation>残疾等级（0 为无）：</translation>
    </message>
    <message>
        <source>Serious illness:</source>
        <translation>重特大疾病：</translation>
    </message>
    <message>
        <source>&amp;Work ability:</source>
        <translation>劳动能力(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Occupation:</source>
        <translation>职业(&amp;O)：</translation>
    </message>
    <message>
        <source>School level:</source>
        <translation>就读阶段：</translation>
    </message>
    <message>
        <source>Full-time student:</source>
        <translation>全日制在校生：</translation>
    </message>
    <message>
        <source>Counted:</source>
        <translation>是否计入：</translation>
    </message>
    <message>
        <source>A&amp;pplicant:</source>
        <translation>申请人(&amp;P)：</translation>
    </message>
    <message>
        <source>%1, born %2</source>
        <translation>%1，%2 出生</translation>
    </message>
    <message>
        <source>Invalid ID number: %1</source>
        <translation>身份证号无效：%1</translation>
    </message>
    <message>
        <source>4. Income (the months it covers, and its deductions)</source>
        <translation>四、收入（所属月份及扣除项）</translation>
    </message>
    <message>
        <source>Member:</source>
        <translation>成员：</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <source>Total over the months (yuan):</source>
        <translation>期间合计（元）：</translation>
    </message>
    <message>
        <source>Months:</source>
        <translation>月份：</translation>
    </message>
    <message>
        <source>Work costs (yuan):</source>
        <translation>必要就业成本（元）：</translation>
    </message>
    <message>
        <source>Taxes (yuan):</source>
        <translation>税费（元）：</translation>
    </message>
    <message>
        <source>Own social insurance (yuan):</source>
        <translation>个人缴纳社保（元）：</translation>
    </message>
    <message>
        <source>Support paid to others (yuan):</source>
        <translation>支付的赡（扶、抚）养费（元）：</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>5. Assets</source>
        <translation>五、财产</translation>
    </message>
    <message>
        <source>Held by:</source>
        <translation>所有人：</translation>
    </message>
    <message>
        <source>Vehicle kind:</source>
        <translation>车辆类型：</translation>
    </message>
    <message>
        <source>Value (yuan):</source>
        <translation>价值（元）：</translation>
    </message>
    <message>
        <source>Count:</source>
        <translation>数量：</translation>
    </message>
    <message>
        <source>Floor area (m²):</source>
        <translation>建筑面积（平方米）：</translation>
    </message>
    <message>
        <source>Exempt (necessary for living or production):</source>
        <translation>豁免（生产生活必需）：</translation>
    </message>
    <message>
        <source>Why exempt:</source>
        <translation>豁免理由：</translation>
    </message>
    <message>
        <source>6. Documents checklist</source>
        <translation>六、材料清单</translation>
    </message>
    <message>
        <source>The checklist informs; it never blocks acceptance. A signed promise may stand in for proofs (告知承诺制), and documents the government already holds are not demanded again.</source>
        <translation>材料清单仅作提示，不影响受理。可以书面承诺代替证明（告知承诺制），政府部门已有的材料不再要求提供。</translation>
    </message>
    <message>
        <source>7. Near relatives among township staff or village cadres</source>
        <translation>七、近亲属备案（乡镇工作人员或村干部的近亲属）</translation>
    </message>
    <message>
        <source>A near relative is declared:</source>
        <translation>申报有近亲属：</translation>
    </message>
    <message>
        <source>Who, and their post:</source>
        <translation>姓名及职务：</translation>
    </message>
    <message>
        <source>&amp;Add member</source>
        <translation>添加成员(&amp;A)</translation>
    </message>
    <message>
        <source>Remove selected member</source>
        <translation>删除所选成员</translation>
    </message>
    <message>
        <source>Add &amp;income</source>
        <translation>添加收入(&amp;I)</translation>
    </message>
    <message>
        <source>Remove selected income</source>
        <translation>删除所选收入</translation>
    </message>
    <message>
        <source>Add a&amp;sset</source>
        <translation>添加财产(&amp;S)</translation>
    </message>
    <message>
        <source>Remove selected asset</source>
        <translation>删除所选财产</translation>
    </message>
    <message>
        <source>Save the application (Ctrl+S)</source>
        <translation>保存申请（Ctrl+S）</translation>
    </message>
    <message>
        <source>Village or community</source>
        <translation>村或社区</translation>
    </message>
    <message>
        <source>The household</source>
        <translation>家庭共有</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Sex, born</source>
        <translation>性别、出生日期</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>与申请人关系</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>健康状况</translation>
    </message>
    <message>
        <source>Work ability</source>
        <translation>劳动能力</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>计入</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>Deductions (yuan)</source>
        <translation>扣除（元）</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>Held by</source>
        <translation>所有人</translation>
    </message>
    <message>
        <source>Value (yuan)</source>
        <translation>价值（元）</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Exempt</source>
        <translation>豁免</translation>
    </message>
    <message>
        <source>%1 house(s), %2 m²</source>
        <translation>%1 套，%2 平方米</translation>
    </message>
    <message>
        <source>Every member needs a name.</source>
        <translation>每位成员都要填写姓名。</translation>
    </message>
    <message>
        <source>Type the member&apos;s ID number.</source>
        <translation>请填写成员的身份证号。</translation>
    </message>
    <message>
        <source>%1 is already a member with this ID number.</source>
        <translation>%1 已使用此身份证号登记为成员。</translation>
    </message>
    <message>
        <source>%1 added as a member.</source>
        <translation>已添加成员 %1。</translation>
    </message>
    <message>
        <source>Add the members first: income belongs to a member.</source>
        <translation>请先添加成员：收入须对应到成员。</translation>
    </message>
    <message>
        <source>Write the income in yuan with at most two decimals, e.g. 13200.00.</source>
        <translation>收入以元为单位，最多两位小数，例如 13200.00。</translation>
    </message>
    <message>
        <source>The last month comes before the first.</source>
        <translation>截止月份早于起始月份。</translation>
    </message>
    <message numerus="yes">
        <source>Income added: %1 yuan over %n month(s).</source>
        <translation>
            <numerusform>已添加收入：%n 个月共 %1 元。</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the value in yuan with at most two decimals.</source>
        <translation>价值以元为单位，最多两位小数。</translation>
    </message>
    <message>
        <source>The draft could not be saved: %1</source>
        <translation>草稿未能保存：%1</translation>
    </message>
    <message>
        <source>Draft saved automatically at %1 (not yet an application)</source>
        <translation>草稿已于 %1 自动保存（尚未形成申请）</translation>
    </message>
    <message>
        <source>Add at least one member: the applicant.</source>
        <translation>请至少添加一名成员：申请人。</translation>
    </message>
    <message>
        <source>Choose the applicant among the members.</source>
        <translation>请从家庭成员中选择申请人。</translation>
    </message>
    <message>
        <source>The application of %1 is saved.</source>
        <translation>%1 的申请已保存。</translation>
    </message>
    <message>
        <source>Unsaved application</source>
        <translation>申请尚未保存</translation>
    </message>
    <message>
        <source>The application of %1 is not saved yet.</source>
        <translation>%1 的申请尚未保存。</translation>
    </message>
    <message>
        <source>a new household</source>
        <translation>新家庭</translation>
    </message>
    <message>
        <source>Save it now, keep it as a draft to finish later, or discard it?</source>
        <translation>现在保存、保留为草稿稍后完成，还是放弃？</translation>
    </message>
    <message>
        <source>Save the application</source>
        <translation>保存申请</translation>
    </message>
    <message>
        <source>Keep as draft</source>
        <translation>保留草稿</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>放弃</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Editing the household of case %1: each change is recorded in the audit trail.</source>
        <translation>正在修改案件 %1 的家庭信息：每项修改都将记入审计轨迹。</translation>
    </message>
    <message>
        <source>Household of %1</source>
        <translation>%1 家</translation>
    </message>
    <message>
        <source>The household of %1 is saved.</source>
        <translation>%1 家的信息已保存。</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <source>The changes to the household of %1 are not saved.</source>
        <translation>对 %1 家信息的修改尚未保存。</translation>
    </message>
    <message>
        <source>Save the changes</source>
        <translation>保存修改</translation>
    </message>
</context>
<context>
    <name>dibao::MainWindow</name>
    <message>
        <source>dibao — minimum living allowance casework</source>
        <translation>低保业务系统</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>工作台</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Case list</source>
        <translation>案件列表</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>案件(&amp;C)</translation>
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
        <source>&amp;New application</source>
        <translation>新申请(&amp;N)</translation>
    </message>
    <message>
        <source>Resume a &amp;draft…</source>
        <translation>继续填写草稿(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Close tab</source>
        <translation>关闭标签页(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Find case</source>
        <translation>查找案件(&amp;F)</translation>
    </message>
    <message>
        <source>User: %1 (%2)</source>
        <translation>用户：%1（%2）</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>You have no saved drafts.</source>
        <translation>没有保存的草稿。</translation>
    </message>
    <message>
        <source>Resume which draft?</source>
        <translation>继续填写哪份草稿？</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>民主评议</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>公示</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>审核确认</translation>
    </message>
    <message>
        <source>Payroll</source>
        <translation>发放</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>统计</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>审计</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>督查</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>核对</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>入户调查</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>动态管理</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
</context>
<context>
    <name>dibao::MeetingCategory</name>
    <message>
        <source>CPPCC member</source>
        <translation>政协委员</translation>
    </message>
    <message>
        <source>People&apos;s Congress deputy</source>
        <translation>人大代表</translation>
    </message>
    <message>
        <source>Veteran Party member</source>
        <translation>老党员</translation>
    </message>
    <message>
        <source>Village committee member</source>
        <translation>村两委成员</translation>
    </message>
    <message>
        <source>Village representative</source>
        <translation>村民代表</translation>
    </message>
</context>
<context>
    <name>dibao::MeetingPage</name>
    <message>
        <source>True and complete</source>
        <translation>真实、完整</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>不完整</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>有争议</translation>
    </message>
    <message>
        <source>The record meets the county&apos;s composition and quorum rules.</source>
        <translation>本记录符合本县关于评议会人员构成和到会人数的规定。</translation>
    </message>
    <message>
        <source>No case of this township is waiting for a meeting.</source>
        <translation>本乡镇没有待民主评议的案件。</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) waiting for the meeting.</source>
        <translation>
            <numerusform>%n 件案件待民主评议。</numerusform>
        </translation>
    </message>
    <message>
        <source>present</source>
        <translation>到会</translation>
    </message>
    <message>
        <source>Opinions heard</source>
        <translation>评议意见</translation>
    </message>
    <message>
        <source>Opinions heard on %1</source>
        <translation>对 %1 的评议意见</translation>
    </message>
    <message>
        <source>Meeting recorded. Its record is read-only; print the minutes from the recorded meetings.</source>
        <translation>评议会已登记。其记录只读；请在已登记的评议会中打印会议记录。</translation>
    </message>
    <message>
        <source>Record the meeting</source>
        <translation>登记评议会</translation>
    </message>
    <message numerus="yes">
        <source>Record the meeting of %1 with %n case(s)? A recorded meeting cannot be changed; a mistake is corrected by a new record.</source>
        <translation>
            <numerusform>登记 %1 召开、评议 %n 件案件的评议会？已登记的评议会不能修改；如有错误，须以新记录更正。</numerusform>
        </translation>
    </message>
    <message>
        <source>Correcting the record of %1: say why, fix the record and record it as a new record.</source>
        <translation>正在更正 %1 的评议会记录：请写明理由，改正记录后作为新记录登记。</translation>
    </message>
    <message>
        <source>Photos of the signed sheet</source>
        <translation>签到表照片</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.pdf)</source>
        <translation>图片 (*.jpg *.jpeg *.png *.pdf)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 (SHA-256 %2…)</source>
        <translation>%1（SHA-256 %2…）</translation>
    </message>
    <message>
        <source>in force</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>corrected by a later record</source>
        <translation>已被后来的记录更正</translation>
    </message>
    <message>
        <source>corrects an earlier record</source>
        <translation>更正此前的记录</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>Record a meeting</source>
        <translation>登记评议会</translation>
    </message>
    <message>
        <source>Recorded meetings</source>
        <translation>已登记的评议会</translation>
    </message>
    <message>
        <source>&amp;Township:</source>
        <translation>乡镇（街道）(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Village:</source>
        <translation>村（社区）(&amp;V)：</translation>
    </message>
    <message>
        <source>all villages</source>
        <translation>全部村（社区）</translation>
    </message>
    <message>
        <source>&amp;Load agenda</source>
        <translation>载入议程(&amp;L)</translation>
    </message>
    <message>
        <source>Print a&amp;genda…</source>
        <translation>打印议程(&amp;G)…</translation>
    </message>
    <message>
        <source>Print signat&amp;ure sheet…</source>
        <translation>打印签到表(&amp;U)…</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>地点(&amp;P)：</translation>
    </message>
    <message>
        <source>C&amp;hair:</source>
        <translation>主持人(&amp;H)：</translation>
    </message>
    <message>
        <source>Rec&amp;order:</source>
        <translation>记录人(&amp;O)：</translation>
    </message>
    <message>
        <source>Township &amp;staff present:</source>
        <translation>到会乡镇工作人员(&amp;S)：</translation>
    </message>
    <message>
        <source>names separated by 、 — they draw the conclusions</source>
        <translation>姓名之间用“、”分隔——由他们作出结论</translation>
    </message>
    <message>
        <source>Partic&amp;ipants</source>
        <translation>参会人员(&amp;I)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>出席情况</translation>
    </message>
    <message>
        <source>&amp;Add participant</source>
        <translation>添加参会人员(&amp;A)</translation>
    </message>
    <message>
        <source>Remove participant</source>
        <translation>移除参会人员</translation>
    </message>
    <message>
        <source>&amp;Cases on the agenda (an opinion on whether the investigation is true and complete — never a vote on eligibility)</source>
        <translation>评议案件(&amp;C)（评议调查是否真实、完整——不是对是否符合条件的表决）</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村（社区）</translation>
    </message>
    <message>
        <source>Household size</source>
        <translation>家庭人口</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>Drawn by</source>
        <translation>作出人</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>发言人</translation>
    </message>
    <message>
        <source>Opinion</source>
        <translation>意见</translation>
    </message>
    <message>
        <source>Add opi&amp;nion</source>
        <translation>添加意见(&amp;N)</translation>
    </message>
    <message>
        <source>Remove opinion</source>
        <translation>移除意见</translation>
    </message>
    <message>
        <source>&amp;Minutes:</source>
        <translation>会议记录(&amp;M)：</translation>
    </message>
    <message>
        <source>Signed sheet:</source>
        <translation>签到表：</translation>
    </message>
    <message>
        <source>Add &amp;photo…</source>
        <translation>添加照片(&amp;P)…</translation>
    </message>
    <message>
        <source>Corr&amp;ection reason:</source>
        <translation>更正理由(&amp;E)：</translation>
    </message>
    <message>
        <source>Chec&amp;k rules</source>
        <translation>检查规则(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Record meeting…</source>
        <translation>登记评议会(&amp;R)…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>到会</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Print &amp;minutes…</source>
        <translation>打印会议记录(&amp;M)…</translation>
    </message>
    <message>
        <source>Minutes as P&amp;DF…</source>
        <translation>会议记录另存为 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Correct with a new record…</source>
        <translation>以新记录更正(&amp;C)…</translation>
    </message>
</context>
<context>
    <name>dibao::MergePolicy</name>
    <message>
        <source>No merge policy for %1: every synced record type needs a row in the merge-policy table (core/sync/MergePolicy.cpp).</source>
        <translation>%1 没有合并策略：每种同步的记录类型都须在合并策略表中有一行（core/sync/MergePolicy.cpp）。</translation>
    </message>
    <message>
        <source>The record this change belongs to (%1) is unknown here.</source>
        <translation>本地没有此变更所属的记录（%1）。</translation>
    </message>
</context>
<context>
    <name>dibao::NearRelativeRegister</name>
    <message>
        <source>Give the staff member&apos;s and the relative&apos;s names.</source>
        <translation>请填写工作人员和亲属的姓名。</translation>
    </message>
    <message>
        <source>No register entry %1.</source>
        <translation>没有备案记录 %1。</translation>
    </message>
    <message>
        <source>Relative&apos;s ID number: %1</source>
        <translation>亲属身份证号：%1</translation>
    </message>
    <message>
        <source>Staff ID number: %1</source>
        <translation>工作人员身份证号：%1</translation>
    </message>
    <message>
        <source>The entry has already ended.</source>
        <translation>该备案记录已终止。</translation>
    </message>
    <message>
        <source>The near-relative register is kept by the county.</source>
        <translation>近亲属备案由县级负责登记。</translation>
    </message>
    <message>
        <source>The staff member and the relative are the same person.</source>
        <translation>工作人员和亲属是同一人。</translation>
    </message>
    <message>
        <source>This relative of %1 is already on the register (%2).</source>
        <translation>%1 的这位亲属已经备案（%2）。</translation>
    </message>
    <message>
        <source>Unknown staff role &quot;%1&quot;; use one of: %2.</source>
        <translation>未知的工作人员身份“%1”；可选：%2。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a near relation; use one of: %2.</source>
        <translation>“%1”不属于近亲属关系；可选：%2。</translation>
    </message>
</context>
<context>
    <name>dibao::NoticeCandidateModel</name>
    <message>
        <source>No proposal yet and the household is not found eligible: enter the proposed amount.</source>
        <translation>尚无拟保障金额，且测算该家庭不符合条件：请填写拟保障金额。</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>列入公示</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村（社区）</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Household size</source>
        <translation>家庭人口</translation>
    </message>
    <message>
        <source>Proposed amount (yuan/month)</source>
        <translation>拟保障金额（元/月）</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>档次</translation>
    </message>
</context>
<context>
    <name>dibao::NoticeExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>dibao::NoticePage</name>
    <message>
        <source>County (approval)</source>
        <translation>县级（审批公示）</translation>
    </message>
    <message>
        <source>Township</source>
        <translation>乡镇（街道）</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>公示中</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>No case of this township is ready for a notice.</source>
        <translation>本乡镇没有可以公示的案件。</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) ready for a notice. Uncheck a case to leave it off; edit the proposed amount or tier where the township proposes another.</source>
        <translation>
            <numerusform>%n 件案件可以公示。取消勾选即不列入公示；乡镇另有拟定的，可修改拟保障金额或档次。</numerusform>
        </translation>
    </message>
    <message>
        <source>Post notice</source>
        <translation>张贴公示</translation>
    </message>
    <message numerus="yes">
        <source>Post a notice of %n case(s) at &quot;%1&quot; from %2? The 7-day notice period starts and the notice cannot be changed afterwards.</source>
        <translation>
            <numerusform>自 %2 起在“%1”张贴 %n 件案件的公示？7 天公示期随即开始，此后公示不能更改。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Notice posted: %n case(s), until %1. Print it or save the PDF for posting.</source>
        <translation>
            <numerusform>已公示 %n 件案件，至 %1 止。请打印或保存 PDF 用于张贴。</numerusform>
        </translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村（社区）</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Household size</source>
        <translation>家庭人口</translation>
    </message>
    <message>
        <source>Proposed amount (yuan/month)</source>
        <translation>拟保障金额（元/月）</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>档次</translation>
    </message>
    <message>
        <source>ID number (masked)</source>
        <translation>身份证号（部分隐藏）</translation>
    </message>
    <message>
        <source>No notice is selected.</source>
        <translation>未选择公示。</translation>
    </message>
    <message>
        <source>Export the notice list</source>
        <translation>导出公示名单</translation>
    </message>
    <message>
        <source>Workbook (*.xlsx)</source>
        <translation>工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Record an objection</source>
        <translation>登记异议</translation>
    </message>
    <message>
        <source>Select the case the objection is about.</source>
        <translation>请选择异议所涉及的案件。</translation>
    </message>
    <message>
        <source>The objection is recorded and the case awaits the township&apos;s choice: re-investigation or an appraisal meeting. Open the case to choose.</source>
        <translation>异议已登记，案件等待乡镇选择重新调查或民主评议。请打开案件进行选择。</translation>
    </message>
    <message>
        <source>Build a notice</source>
        <translation>编制公示</translation>
    </message>
    <message>
        <source>Posted notices</source>
        <translation>已张贴的公示</translation>
    </message>
    <message>
        <source>&amp;Township:</source>
        <translation>乡镇（街道）(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Village:</source>
        <translation>村（社区）(&amp;V)：</translation>
    </message>
    <message>
        <source>all villages</source>
        <translation>全部村（社区）</translation>
    </message>
    <message>
        <source>&amp;Load cases</source>
        <translation>载入案件(&amp;L)</translation>
    </message>
    <message>
        <source>Posted &amp;at:</source>
        <translation>张贴地点(&amp;A)：</translation>
    </message>
    <message>
        <source>e.g. the village&apos;s public notice board</source>
        <translation>例如村务公开栏</translation>
    </message>
    <message>
        <source>Posted &amp;on:</source>
        <translation>张贴日期(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Post notice…</source>
        <translation>张贴公示(&amp;P)…</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>打印预览(&amp;V)…</translation>
    </message>
    <message>
        <source>Save P&amp;DF…</source>
        <translation>保存 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>导出 CSV(&amp;C)…</translation>
    </message>
    <message>
        <source>Export &amp;workbook…</source>
        <translation>导出工作簿(&amp;W)…</translation>
    </message>
    <message>
        <source>Record an &amp;objection…</source>
        <translation>登记异议(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;case</source>
        <translation>打开案件(&amp;C)</translation>
    </message>
    <message>
        <source>Posted on</source>
        <translation>张贴日期</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>dibao::ObjectionDialog</name>
    <message>
        <source>Objection about %1</source>
        <translation>关于 %1 的异议</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>当面</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>信件</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>empty: anonymous</source>
        <translation>留空：匿名</translation>
    </message>
    <message>
        <source>&amp;Received on:</source>
        <translation>收到日期(&amp;R)：</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>渠道(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;What is objected:</source>
        <translation>异议内容(&amp;W)：</translation>
    </message>
    <message>
        <source>The objector (seen by county roles only):</source>
        <translation>异议人（仅县级角色可见）：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <source>Record what the objection says.</source>
        <translation>请记录异议的内容。</translation>
    </message>
</context>
<context>
    <name>dibao::PayrollExport</name>
    <message>
        <source>Cannot create %1.</source>
        <translation>无法创建 %1。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>The bank file&apos;s total does not match the roll&apos;s.</source>
        <translation>银行文件的合计金额与发放花名册不符。</translation>
    </message>
</context>
<context>
    <name>dibao::PayrollPage</name>
    <message>
        <source>new</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>raised</source>
        <translation>增发</translation>
    </message>
    <message>
        <source>lowered</source>
        <translation>减发</translation>
    </message>
    <message>
        <source>individual share reduced</source>
        <translation>个人份额核减</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>停发</translation>
    </message>
    <message>
        <source>carried or adjusted only</source>
        <translation>仅结转或调整</translation>
    </message>
    <message>
        <source>same</source>
        <translation>不变</translation>
    </message>
    <message>
        <source>urban</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>rural</source>
        <translation>农村</translation>
    </message>
    <message>
        <source>none: held</source>
        <translation>无：暂缓发放</translation>
    </message>
    <message>
        <source>Payroll</source>
        <translation>发放</translation>
    </message>
    <message>
        <source>Choose a month and preview its roll.</source>
        <translation>请选择月份并预览其发放花名册。</translation>
    </message>
    <message>
        <source>Roll of %1, issued on %2 by %3 (locked).</source>
        <translation>%1 发放花名册，由 %3 于 %2 生成（已锁定）。</translation>
    </message>
    <message>
        <source>Preview of %1: not issued.</source>
        <translation>%1 预览：尚未生成。</translation>
    </message>
    <message numerus="yes">
        <source>%n household(s), %1 yuan; to the bank %2 yuan; held (no account): %3.</source>
        <translation>
            <numerusform>%n 户，%1 元；报送银行 %2 元；暂缓发放（无账户）：%3。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to resolve first.</source>
        <translation>
            <numerusform>须先解决 %n 个问题。</numerusform>
        </translation>
    </message>
    <message>
        <source>Township</source>
        <translation>乡镇（街道）</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>城乡类别</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>档次</translation>
    </message>
    <message>
        <source>no tier (gap)</source>
        <translation>不分档（差额补助）</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>blocks issuing</source>
        <translation>阻止生成</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Issue the roll</source>
        <translation>生成发放花名册</translation>
    </message>
    <message numerus="yes">
        <source>Issue the roll of %1: %n household(s), %2 yuan? Issuing locks it; corrections go into a later month as adjustments.</source>
        <translation>
            <numerusform>生成 %1 的发放花名册：%n 户，%2 元？生成后即锁定；更正须作为调整计入以后月份。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the bank file and the workbook to</source>
        <translation>将银行文件和工作簿导出到</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Written:
%1
%2</source>
        <translation>已写入：
%1
%2</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>月份(&amp;M)：</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>预览(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Issue…</source>
        <translation>生成(&amp;I)…</translation>
    </message>
    <message>
        <source>Bank file &amp;encoding:</source>
        <translation>银行文件编码(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Export bank file and workbook…</source>
        <translation>导出银行文件和工作簿(&amp;E)…</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>明细</translation>
    </message>
    <message>
        <source>Changes against last month</source>
        <translation>与上月相比的变化</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>By</source>
        <translation>分组依据</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>分组</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>户数</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村（社区）</translation>
    </message>
    <message>
        <source>Payee</source>
        <translation>收款人</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>家庭成员</translation>
    </message>
    <message>
        <source>Allowance</source>
        <translation>低保金</translation>
    </message>
    <message>
        <source>Adjusted / carried</source>
        <translation>调整/结转</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>上月</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>影响</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>The payroll is still working on the last request.</source>
        <translation>发放仍在处理上一个请求。</translation>
    </message>
    <message>
        <source>Computing the roll…</source>
        <translation>正在计算发放花名册…</translation>
    </message>
    <message>
        <source>The preview was cancelled.</source>
        <translation>已取消预览。</translation>
    </message>
    <message>
        <source>Issuing the roll…</source>
        <translation>正在生成发放花名册…</translation>
    </message>
    <message>
        <source>Writing the bank file and the workbook…</source>
        <translation>正在写入银行文件和工作簿…</translation>
    </message>
    <message>
        <source>The export was cancelled: no file was kept.</source>
        <translation>已取消导出：未保留任何文件。</translation>
    </message>
</context>
<context>
    <name>dibao::PayrollRollParts</name>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation>已取消：未写入任何内容。</translation>
    </message>
    <message>
        <source>Part %1 of a payroll roll is not valid: %2</source>
        <translation>发放名册分段 %1 无效：%2</translation>
    </message>
    <message>
        <source>it holds %1 lines and says %2</source>
        <translation>实有 %1 条明细，却标明 %2 条</translation>
    </message>
    <message>
        <source>its lines add up to %1 fen, not the %2 it says</source>
        <translation>其明细合计 %1 分，而非标明的 %2 分</translation>
    </message>
    <message>
        <source>its lines are longer than %1 bytes</source>
        <translation>其明细超过 %1 字节</translation>
    </message>
    <message>
        <source>its lines are not a JSON array</source>
        <translation>其明细不是 JSON 数组</translation>
    </message>
    <message>
        <source>line %1 does not have exactly the fields of a line</source>
        <translation>第 %1 条明细的字段与发放明细不符</translation>
    </message>
    <message>
        <source>line %1 has a wrong value in %2</source>
        <translation>第 %1 条明细的 %2 取值有误</translation>
    </message>
    <message>
        <source>line %1 has no %2</source>
        <translation>第 %1 条明细缺少 %2</translation>
    </message>
    <message>
        <source>line %1 is not an object</source>
        <translation>第 %1 条明细不是对象</translation>
    </message>
    <message>
        <source>line %1 is paid by another township</source>
        <translation>第 %1 条明细属于其他乡镇发放</translation>
    </message>
</context>
<context>
    <name>dibao::PayrollService</name>
    <message>
        <source>%1 appears twice.</source>
        <translation>%1 出现了两次。</translation>
    </message>
    <message>
        <source>%1 is a counted member of %2 households paid this month (%3): a person is paid once. Resolve the transfer or duplicate before issuing.</source>
        <translation>%1 是本月发放的 %2 个家庭的计入成员（%3）：同一人只能享受一次。请先处理迁移或重复记录，再生成发放花名册。</translation>
    </message>
    <message>
        <source>%1: a failed payment needs the bank&apos;s reason.</source>
        <translation>%1：发放失败须填写银行给出的原因。</translation>
    </message>
    <message>
        <source>%1: account or amount differs from the line paid (%2, %3 yuan).</source>
        <translation>%1：账号或金额与所发放的记录不符（%2，%3 元）。</translation>
    </message>
    <message>
        <source>%1: the %2 bank file has no such line.</source>
        <translation>%1：%2 的银行文件中没有这一行。</translation>
    </message>
    <message>
        <source>%1: the bank&apos;s result for this line was already recorded as %2.</source>
        <translation>%1：这一行的银行回盘结果已登记为“%2”。</translation>
    </message>
    <message>
        <source>A deduction of %1 yuan is larger than this month&apos;s payment of %2 yuan: it waits for a later roll.</source>
        <translation>扣减 %1 元大于本月应发的 %2 元：留待以后的发放花名册扣减。</translation>
    </message>
    <message>
        <source>An adjustment is a non-zero amount.</source>
        <translation>调整金额不能为零。</translation>
    </message>
    <message>
        <source>An adjustment needs written reasons.</source>
        <translation>调整须填写书面理由。</translation>
    </message>
    <message>
        <source>Name the month of the roll (YYYY-MM).</source>
        <translation>请指定发放花名册的月份（YYYY-MM）。</translation>
    </message>
    <message>
        <source>No household %1.</source>
        <translation>没有家庭 %1。</translation>
    </message>
    <message>
        <source>The %1 roll cannot be issued on %2: at most next month&apos;s roll is issued ahead.</source>
        <translation>%2 不能生成 %1 的发放花名册：最多只能提前生成下个月的花名册。</translation>
    </message>
    <message>
        <source>The %1 roll is already issued: an adjustment goes into a later roll.</source>
        <translation>%1 的发放花名册已生成：调整须计入以后的花名册。</translation>
    </message>
    <message>
        <source>The %1 roll is already issued; an earlier month cannot follow it.</source>
        <translation>%1 的发放花名册已生成；不能再生成更早月份的花名册。</translation>
    </message>
    <message>
        <source>The %1 roll was already issued and cannot change; corrections go into a later roll as adjustments.</source>
        <translation>%1 的发放花名册已生成，不能更改；更正须作为调整计入以后的花名册。</translation>
    </message>
    <message>
        <source>The last roll issued is %1: issue %2 first (no month is skipped).</source>
        <translation>最近生成的是 %1 的发放花名册：请先生成 %2 的花名册（不能跳过月份）。</translation>
    </message>
    <message>
        <source>The lines of the %1 roll no longer match the digest recorded when it was issued.</source>
        <translation>%1 发放花名册的明细与生成时记录的摘要值不再一致。</translation>
    </message>
    <message>
        <source>The roll cannot be issued: %1</source>
        <translation>无法生成发放花名册：%1</translation>
    </message>
    <message>
        <source>There is no issued %1 roll to match the bank&apos;s result to.</source>
        <translation>没有已生成的 %1 发放花名册可与银行回盘结果核对。</translation>
    </message>
    <message>
        <source>adjusted %1 yuan; </source>
        <translation>调整 %1 元； </translation>
    </message>
    <message>
        <source>carried %1 yuan; </source>
        <translation>结转 %1 元； </translation>
    </message>
    <message>
        <source>row %1 (序号 %2)</source>
        <translation>第 %1 行（序号 %2）</translation>
    </message>
    <message>
        <source>Issuing was cancelled: nothing was written.</source>
        <translation>已取消生成发放花名册：未写入任何内容。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot write into the folder %1.</source>
        <translation>无法写入文件夹 %1。</translation>
    </message>
    <message>
        <source>The %1 roll was issued, but its files could not be written: %2</source>
        <translation>%1 的发放名册已发放，但其文件未能写出：%2</translation>
    </message>
</context>
<context>
    <name>dibao::PeriodicReview</name>
    <message>
        <source>A change happened before it was reported, and neither is in the future.</source>
        <translation>变化的发生日期不能晚于报告日期，且两者都不能晚于今天。</translation>
    </message>
    <message>
        <source>A change is reported by the household or discovered.</source>
        <translation>变化须为家庭报告或工作中发现。</translation>
    </message>
    <message>
        <source>A review category is stable or other.</source>
        <translation>核查类别为常补对象（stable）或其他（other）。</translation>
    </message>
    <message>
        <source>A transfer is a move or a relocation (易地搬迁).</source>
        <translation>迁移须为迁居或易地搬迁。</translation>
    </message>
    <message>
        <source>An earlier transfer takes effect in %1: a new one starts later.</source>
        <translation>此前的迁移于 %1 生效：新的迁移须在其之后开始。</translation>
    </message>
    <message>
        <source>Both townships must be in this database&apos;s area (a county database).</source>
        <translation>两个乡镇都须在本数据库的辖区内（县级数据库）。</translation>
    </message>
    <message>
        <source>Death of a member</source>
        <translation>家庭成员死亡</translation>
    </message>
    <message>
        <source>Name the new township (9 digits), not the current one.</source>
        <translation>请填写迁入的乡镇（9 位代码），而不是当前乡镇。</translation>
    </message>
    <message>
        <source>No household %1 here.</source>
        <translation>本库没有家庭 %1。</translation>
    </message>
    <message>
        <source>No household %1.</source>
        <translation>没有家庭 %1。</translation>
    </message>
    <message>
        <source>Only an enrolled household has periodic reviews.</source>
        <translation>只有在保家庭才进行定期核查。</translation>
    </message>
    <message>
        <source>Say what changed.</source>
        <translation>请说明发生了什么变化。</translation>
    </message>
    <message>
        <source>The %1 roll is already issued by the old township: the new one pays from %2 on.</source>
        <translation>原乡镇已生成 %1 的发放花名册：新乡镇自 %2 起发放。</translation>
    </message>
    <message>
        <source>The member has already left the household.</source>
        <translation>该成员已离开此家庭。</translation>
    </message>
    <message>
        <source>The member is not in this household.</source>
        <translation>该成员不属于此家庭。</translation>
    </message>
    <message>
        <source>Unknown change &quot;%1&quot;; use one of: %2.</source>
        <translation>未知的变化类型“%1”；可选：%2。</translation>
    </message>
</context>
<context>
    <name>dibao::PetitionPage</name>
    <message>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>家庭</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>机关</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>registered</source>
        <translation>登记</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>告知受理</translation>
    </message>
    <message>
        <source>handed over</source>
        <translation>移交</translation>
    </message>
    <message>
        <source>extended by 30 days</source>
        <translation>延期 30 日</translation>
    </message>
    <message>
        <source>concluded</source>
        <translation>办结</translation>
    </message>
    <message>
        <source>forwarded to the higher body</source>
        <translation>转上一级机关</translation>
    </message>
    <message>
        <source>outcome of the higher body</source>
        <translation>上一级机关的结果</translation>
    </message>
    <message>
        <source>feedback to the reporter</source>
        <translation>向反映人反馈</translation>
    </message>
    <message>
        <source>reward</source>
        <translation>奖励</translation>
    </message>
    <message>
        <source>check opened</source>
        <translation>启动核查</translation>
    </message>
    <message>
        <source>Re-examination (复查)</source>
        <translation>复查</translation>
    </message>
    <message>
        <source>Review (复核)</source>
        <translation>复核</translation>
    </message>
    <message>
        <source>Upheld</source>
        <translation>维持</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Letter or visit (信访)</source>
        <translation>信访（来信来访）</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Report (举报)</source>
        <translation>举报</translation>
    </message>
    <message>
        <source>Enquiry</source>
        <translation>咨询</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>Hotline</source>
        <translation>热线电话</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>来信</translation>
    </message>
    <message>
        <source>Visit in person</source>
        <translation>来访</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>网上</translation>
    </message>
    <message>
        <source>Partly upheld</source>
        <translation>部分支持</translation>
    </message>
    <message>
        <source>Not upheld</source>
        <translation>不予支持</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>已答复</translation>
    </message>
    <message>
        <source>Pointed to administrative review</source>
        <translation>告知申请行政复议</translation>
    </message>
    <message>
        <source>Spouse</source>
        <translation>配偶</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>父母</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>子女</translation>
    </message>
    <message>
        <source>Sibling</source>
        <translation>兄弟姐妹</translation>
    </message>
    <message>
        <source>Grandparent (祖父母)</source>
        <translation>祖父母</translation>
    </message>
    <message>
        <source>Maternal grandparent (外祖父母)</source>
        <translation>外祖父母</translation>
    </message>
    <message>
        <source>Grandchild (孙子女)</source>
        <translation>孙子女</translation>
    </message>
    <message>
        <source>Daughter&apos;s child (外孙子女)</source>
        <translation>外孙子女</translation>
    </message>
    <message>
        <source>The staff member himself or herself</source>
        <translation>工作人员本人</translation>
    </message>
    <message>
        <source>Township staff</source>
        <translation>乡镇工作人员</translation>
    </message>
    <message>
        <source>Village cadre</source>
        <translation>村干部</translation>
    </message>
    <message>
        <source>County staff</source>
        <translation>县级工作人员</translation>
    </message>
    <message>
        <source>Open the check</source>
        <translation>启动核查</translation>
    </message>
    <message>
        <source>Open the check (a periodic review) of this enrolled household now?</source>
        <translation>现在对该在保家庭启动核查（动态管理复核）吗？</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>反映人</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>登记</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Concluded %1: %2</source>
        <translation>%1 办结：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>剩余 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>今天到期</translation>
    </message>
    <message numerus="yes">
        <source>OVERDUE by %n day(s)</source>
        <translation>
            <numerusform>已逾期 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>To acknowledge by %1</source>
        <translation>应于 %1 前告知受理</translation>
    </message>
    <message>
        <source>To conclude by %1</source>
        <translation>应于 %1 前办结</translation>
    </message>
    <message>
        <source> (extended)</source>
        <translation>（已延期）</translation>
    </message>
    <message>
        <source>Real name</source>
        <translation>实名</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>匿名</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) and complaint(s) listed · overdue: %1</source>
        <translation>
            <numerusform>共 %n 件信访投诉 · 逾期：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a letter or complaint, or register a new one.</source>
        <translation>请选择一件信访投诉，或登记新的。</translation>
    </message>
    <message>
        <source>Received %1 by %2; owner (首问负责): %3</source>
        <translation>%1 由 %2 接收；首问负责人：%3</translation>
    </message>
    <message>
        <source>Real name: the reporter&apos;s identity is kept apart and shown to county roles only.</source>
        <translation>实名：反映人身份信息单独保存，仅县级角色可见。</translation>
    </message>
    <message>
        <source>Anonymous.</source>
        <translation>匿名。</translation>
    </message>
    <message>
        <source>Kept at the county: it never reaches a township.</source>
        <translation>留在县级办理：不会下发到任何乡镇。</translation>
    </message>
    <message>
        <source>Township: %1</source>
        <translation>乡镇：%1</translation>
    </message>
    <message>
        <source>Clocks (calendar days)</source>
        <translation>办理期限（自然日）</translation>
    </message>
    <message>
        <source>Acknowledge within 15 days (by %1): acknowledged %2</source>
        <translation>15 日内告知受理（截至 %1）：已于 %2 告知</translation>
    </message>
    <message>
        <source>Acknowledge within 15 days: by %1</source>
        <translation>15 日内告知受理：截至 %1</translation>
    </message>
    <message>
        <source>Conclude within 60 days (by %1): concluded %2</source>
        <translation>60 日内办结（截至 %1）：已于 %2 办结</translation>
    </message>
    <message>
        <source>Conclude within 60 days: by %1</source>
        <translation>60 日内办结：截至 %1</translation>
    </message>
    <message>
        <source>Extended by 30 days on %1: %2</source>
        <translation>%1 延期 30 日：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left on the running clock</source>
        <translation>
            <numerusform>当前期限剩余 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>About a refusal: answered by pointing the household to administrative review or litigation; never forwarded for re-examination.</source>
        <translation>针对不予确认决定：告知该户申请行政复议或提起诉讼；不转复查。</translation>
    </message>
    <message>
        <source>Recorded on the case as a complaint (the confirming authority&apos;s own visit may be required).</source>
        <translation>已作为投诉记入案件（可能需要审核确认机关自行入户）。</translation>
    </message>
    <message>
        <source>A check (periodic review) of the household was opened.</source>
        <translation>已对该家庭启动核查（动态管理复核）。</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>办结</translation>
    </message>
    <message>
        <source>%1 on %2 by %3 (office %4)%5</source>
        <translation>%1，%2 由 %3 办结（机关 %4）%5</translation>
    </message>
    <message>
        <source>; the report was found true</source>
        <translation>；举报经查属实</translation>
    </message>
    <message>
        <source>Feedback to the reporter on %1: %2</source>
        <translation>%1 向反映人反馈：%2</translation>
    </message>
    <message>
        <source>Feedback to the real-name reporter is still due.</source>
        <translation>尚需向实名反映人反馈。</translation>
    </message>
    <message>
        <source>Reward of %1 yuan on %2: %3</source>
        <translation>%2 奖励 %1 元：%3</translation>
    </message>
    <message>
        <source>Re-examination and review</source>
        <translation>复查与复核</translation>
    </message>
    <message>
        <source>%1: forwarded %2 to %3 (%4), answer due %5 — %6</source>
        <translation>%1：%2 转 %3（%4），应于 %5 前答复 — %6</translation>
    </message>
    <message>
        <source>awaiting the outcome</source>
        <translation>等待结果</translation>
    </message>
    <message>
        <source>%1 on %2 %3</source>
        <translation>%2 %1 %3</translation>
    </message>
    <message>
        <source>History</source>
        <translation>办理记录</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source> → %1</source>
        <translation> → %1</translation>
    </message>
    <message>
        <source>: %1</source>
        <translation>：%1</translation>
    </message>
    <message>
        <source>Reporter: %1</source>
        <translation>反映人：%1</translation>
    </message>
    <message>
        <source>phone %1</source>
        <translation>电话 %1</translation>
    </message>
    <message>
        <source>address %1</source>
        <translation>地址 %1</translation>
    </message>
    <message>
        <source>ID number %1</source>
        <translation>身份证号 %1</translation>
    </message>
    <message>
        <source>Confidential: never tell the household or office reported. This read was logged.</source>
        <translation>保密：不得告知被反映的家庭或机关。本次查看已记录。</translation>
    </message>
    <message>
        <source>Hous&amp;ehold:</source>
        <translation>家庭(&amp;E)：</translation>
    </message>
    <message>
        <source>Cas&amp;e:</source>
        <translation>案件(&amp;E)：</translation>
    </message>
    <message>
        <source>Find the case or household concerned: type a member&apos;s name or ID number and choose it.</source>
        <translation>请查找涉及的案件或家庭：输入家庭成员姓名或身份证号并选择。</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>告知受理</translation>
    </message>
    <message>
        <source>Tell the person it was received (within 15 calendar days).</source>
        <translation>告知反映人已受理（15 个自然日内）。</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation>移交</translation>
    </message>
    <message>
        <source>首问负责: the owner keeps it until a recorded hand-over to someone who may handle it.</source>
        <translation>首问负责：首问人负责办理，直至有记录地移交给可办理信访的人员。</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>移交给(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>理由(&amp;R)：</translation>
    </message>
    <message>
        <source>Choose whom to hand it over to.</source>
        <translation>请选择移交对象。</translation>
    </message>
    <message>
        <source>Extend</source>
        <translation>延期</translation>
    </message>
    <message>
        <source>Once, by 30 days, with reasons, before the 60 days end.</source>
        <translation>只能延期一次，延长 30 日，须说明理由，并在 60 日届满前决定。</translation>
    </message>
    <message>
        <source>&amp;Reasons:</source>
        <translation>理由(&amp;R)：</translation>
    </message>
    <message>
        <source>Conclude</source>
        <translation>办结</translation>
    </message>
    <message>
        <source>Record the outcome and the findings; concluding also acknowledges.</source>
        <translation>记录办理结果和查明情况；办结同时视为告知受理。</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>结果(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Findings:</source>
        <translation>查明情况(&amp;F)：</translation>
    </message>
    <message>
        <source>The report was found &amp;true (a reward may follow)</source>
        <translation>举报经查属实(&amp;T)（可予奖励）</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>反馈</translation>
    </message>
    <message>
        <source>What the real-name reporter was told, once, after the conclusion.</source>
        <translation>办结后向实名反映人反馈的内容（一次）。</translation>
    </message>
    <message>
        <source>&amp;What was said:</source>
        <translation>反馈内容(&amp;W)：</translation>
    </message>
    <message>
        <source>Reward</source>
        <translation>奖励</translation>
    </message>
    <message>
        <source>Once, for a verified report by a named reporter.</source>
        <translation>对实名且经查属实的举报给予一次奖励。</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>金额(&amp;A)：</translation>
    </message>
    <message>
        <source>Forward to the higher body</source>
        <translation>转上一级机关</translation>
    </message>
    <message>
        <source>A re-examination or review is decided by the next-higher body, never by the office that decided.</source>
        <translation>复查、复核由上一级机关办理，原办理机关不得办理。</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>阶段(&amp;S)：</translation>
    </message>
    <message>
        <source>Higher &amp;body:</source>
        <translation>上一级机关(&amp;B)：</translation>
    </message>
    <message>
        <source>e.g. 昭阳区民政局</source>
        <translation>例如 昭阳区民政局</translation>
    </message>
    <message>
        <source>Its &amp;division code:</source>
        <translation>其区划代码(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Requested on:</source>
        <translation>申请日期(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Forwarded on:</source>
        <translation>转出日期(&amp;F)：</translation>
    </message>
    <message>
        <source>Outcome of the higher body</source>
        <translation>上一级机关的结果</translation>
    </message>
    <message>
        <source>Record the outcome as the higher body sent it.</source>
        <translation>按上一级机关送达的内容记录结果。</translation>
    </message>
    <message>
        <source>Decided by (division code):</source>
        <translation>作出机关（区划代码）：</translation>
    </message>
    <message>
        <source>Near-relative register</source>
        <translation>近亲属备案</translation>
    </message>
    <message>
        <source>A staff member or village cadre and one near relative, both by ID number.</source>
        <translation>一名工作人员或村干部及其一名近亲属，均按身份证号登记。</translation>
    </message>
    <message>
        <source>&amp;Staff member:</source>
        <translation>工作人员(&amp;S)：</translation>
    </message>
    <message>
        <source>Staff &amp;ID number:</source>
        <translation>工作人员身份证号(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>身份(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>单位(&amp;U)：</translation>
    </message>
    <message>
        <source>township or village</source>
        <translation>乡镇或村</translation>
    </message>
    <message>
        <source>&amp;Relative:</source>
        <translation>近亲属(&amp;R)：</translation>
    </message>
    <message>
        <source>Relative&apos;s I&amp;D number:</source>
        <translation>近亲属身份证号(&amp;D)：</translation>
    </message>
    <message>
        <source>Re&amp;lation:</source>
        <translation>关系(&amp;L)：</translation>
    </message>
    <message>
        <source>ended %1</source>
        <translation>%1 终止</translation>
    </message>
    <message>
        <source>in force</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>declared by the applicant</source>
        <translation>申请人已申报</translation>
    </message>
    <message>
        <source>%1 is %2 of %3 (%4)</source>
        <translation>%1 是 %3（%4）的%2</translation>
    </message>
    <message>
        <source>recorded</source>
        <translation>已记录</translation>
    </message>
    <message>
        <source>MISSING</source>
        <translation>缺少</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>&amp;Open only</source>
        <translation>仅未办结(&amp;O)</translation>
    </message>
    <message>
        <source>O&amp;verdue only</source>
        <translation>仅逾期(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Letters and complaints</source>
        <translation>信访投诉</translation>
    </message>
    <message>
        <source>Register new</source>
        <translation>新登记</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>接收日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>About</source>
        <translation>涉及</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>首问负责人</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>&amp;Acknowledge…</source>
        <translation>告知受理(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Hand over…</source>
        <translation>移交(&amp;H)…</translation>
    </message>
    <message>
        <source>E&amp;xtend…</source>
        <translation>延期(&amp;X)…</translation>
    </message>
    <message>
        <source>Con&amp;clude…</source>
        <translation>办结(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Feedback…</source>
        <translation>反馈(&amp;F)…</translation>
    </message>
    <message>
        <source>Re&amp;ward…</source>
        <translation>奖励(&amp;W)…</translation>
    </message>
    <message>
        <source>Open chec&amp;k…</source>
        <translation>启动核查(&amp;K)…</translation>
    </message>
    <message>
        <source>For&amp;ward…</source>
        <translation>转上级(&amp;W)…</translation>
    </message>
    <message>
        <source>Record o&amp;utcome…</source>
        <translation>记录结果(&amp;U)…</translation>
    </message>
    <message>
        <source>Show re&amp;porter</source>
        <translation>查看反映人(&amp;P)</translation>
    </message>
    <message>
        <source>Open &amp;case</source>
        <translation>打开案件(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>渠道(&amp;H)：</translation>
    </message>
    <message>
        <source>Recei&amp;ved on:</source>
        <translation>接收日期(&amp;V)：</translation>
    </message>
    <message>
        <source>Real &amp;name (otherwise anonymous)</source>
        <translation>实名(&amp;N)（否则为匿名）</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>地址(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;ID number:</source>
        <translation>身份证号(&amp;I)：</translation>
    </message>
    <message>
        <source>The reporter&apos;s identity is kept apart from the record, readable by county roles only, and never reaches the household or office reported.</source>
        <translation>反映人身份信息与登记记录分开保存，仅县级角色可查看，绝不告知被反映的家庭或机关。</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>涉及对象(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Find applicant:</source>
        <translation>查找申请人(&amp;F)：</translation>
    </message>
    <message>
        <source>name, ID number or address</source>
        <translation>姓名、身份证号或地址</translation>
    </message>
    <message>
        <source>&amp;Office:</source>
        <translation>机关(&amp;O)：</translation>
    </message>
    <message>
        <source>S&amp;taff member:</source>
        <translation>工作人员(&amp;T)：</translation>
    </message>
    <message>
        <source>What it says (su&amp;mmary):</source>
        <translation>反映内容（摘要）(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>登记(&amp;R)</translation>
    </message>
    <message>
        <source>近亲属备案: staff and village cadres with their near relatives. An application with a member on the register, or whose applicant declared one, needs the confirming authority&apos;s own home visit. ID numbers are shown masked; opening this tab is logged.</source>
        <translation>近亲属备案：工作人员和村干部及其近亲属。家庭成员在备案名单中、或申请人已申报近亲属关系的申请，须由审核确认机关自行入户调查。身份证号脱敏显示；打开本页会被记录。</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>身份</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Relative</source>
        <translation>近亲属</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>关系</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Open near-relative cases:</source>
        <translation>办理中的近亲属案件：</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村（社区）</translation>
    </message>
    <message>
        <source>Township</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <source>Grounds</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>Authority&apos;s own visit</source>
        <translation>审核确认机关入户</translation>
    </message>
    <message>
        <source>&amp;Add to the register…</source>
        <translation>添加备案(&amp;A)…</translation>
    </message>
    <message>
        <source>Reload the re&amp;gister</source>
        <translation>刷新备案(&amp;G)</translation>
    </message>
</context>
<context>
    <name>dibao::PetitionStore</name>
    <message>
        <source>%1 already owns it.</source>
        <translation>%1 已是其负责人。</translation>
    </message>
    <message>
        <source>%1 cannot handle letters and complaints in their role.</source>
        <translation>%1 的角色不能办理信访和举报投诉。</translation>
    </message>
    <message>
        <source>%1 owns this letter or complaint (首问负责) until a recorded hand-over; ask them to hand it over first.</source>
        <translation>在登记移交之前，此信访事项由 %1 负责（首问负责）；请先由其移交。</translation>
    </message>
    <message>
        <source>A complaint about a refusal goes to administrative review or litigation, not to re-examination.</source>
        <translation>对不予确认的投诉应通过行政复议或行政诉讼解决，不进入复查。</translation>
    </message>
    <message>
        <source>A complaint naming a township office or its staff is registered at the county, so the office reported never learns who reported it. Pass it to the county.</source>
        <translation>反映乡镇机关或其工作人员的举报投诉在县级登记，使被反映的机关无从得知举报人。请转交县级。</translation>
    </message>
    <message>
        <source>A complaint naming a township or its staff stays with the county.</source>
        <translation>反映乡镇或其工作人员的举报投诉留在县级办理。</translation>
    </message>
    <message>
        <source>A forward is a reexamination (复查) or a review (复核).</source>
        <translation>转送须为复查或复核。</translation>
    </message>
    <message>
        <source>A re-examination follows the conclusion; it is not concluded yet.</source>
        <translation>复查在办结之后进行；此事项尚未办结。</translation>
    </message>
    <message>
        <source>A re-examination or review goes to the next-higher body of %1, which is %2.</source>
        <translation>复查或复核由 %1 的上一级机关办理，即 %2。</translation>
    </message>
    <message>
        <source>A re-examination or review is requested within 30 days of the answer (%1); this request came on %2.</source>
        <translation>复查或复核须在收到答复（%1）之日起 30 日内提出；此请求于 %2 提出。</translation>
    </message>
    <message>
        <source>A real-name letter or complaint needs the reporter&apos;s name (kept confidential).</source>
        <translation>实名信访或举报投诉须填写反映人姓名（予以保密）。</translation>
    </message>
    <message>
        <source>A review (复核) follows the outcome of the re-examination (复查).</source>
        <translation>复核须在复查结果之后进行。</translation>
    </message>
    <message>
        <source>A reward follows a report concluded as verified.</source>
        <translation>经查证属实的举报才给予奖励。</translation>
    </message>
    <message>
        <source>A reward is a positive amount.</source>
        <translation>奖励金额须大于零。</translation>
    </message>
    <message>
        <source>A reward was recorded on %1.</source>
        <translation>已于 %1 登记奖励。</translation>
    </message>
    <message>
        <source>An anonymous report has no reporter&apos;s name or ID number; register it as real-name instead.</source>
        <translation>匿名反映不填写反映人姓名或身份证号；如需填写，请登记为实名。</translation>
    </message>
    <message>
        <source>An extension needs its reasons (信访工作条例 Art 34).</source>
        <translation>延期须写明理由（信访工作条例第三十四条）。</translation>
    </message>
    <message>
        <source>Check after a complaint (%1): %2</source>
        <translation>举报投诉后核查（%1）：%2</translation>
    </message>
    <message>
        <source>Feedback follows the conclusion; conclude it first.</source>
        <translation>反馈在办结之后进行；请先办结。</translation>
    </message>
    <message>
        <source>Feedback was given on %1.</source>
        <translation>已于 %1 反馈。</translation>
    </message>
    <message>
        <source>It cannot be concluded before %1, when it was received.</source>
        <translation>办结日期不能早于收到日期 %1。</translation>
    </message>
    <message>
        <source>It was concluded on %1.</source>
        <translation>已于 %1 办结。</translation>
    </message>
    <message>
        <source>It was forwarded to %1 (%2), which decides it.</source>
        <translation>已转送 %1（%2），由其作出决定。</translation>
    </message>
    <message>
        <source>Name the body it is forwarded to.</source>
        <translation>请写明转送的机关。</translation>
    </message>
    <message>
        <source>Name the staff member the complaint is about.</source>
        <translation>请写明被举报投诉的工作人员。</translation>
    </message>
    <message>
        <source>Name the township (9 digits) or county office (6 digits) concerned, within this county.</source>
        <translation>请填写本县内所涉及的乡镇（9 位代码）或县级机关（6 位代码）。</translation>
    </message>
    <message>
        <source>No %1 was forwarded for it.</source>
        <translation>此事项没有“%1”的转送记录。</translation>
    </message>
    <message>
        <source>No active user named %1.</source>
        <translation>没有名为 %1 的在用用户。</translation>
    </message>
    <message>
        <source>No household %1 here.</source>
        <translation>本库没有家庭 %1。</translation>
    </message>
    <message>
        <source>No letter or complaint %1 here.</source>
        <translation>本库没有信访事项 %1。</translation>
    </message>
    <message>
        <source>Only a complaint about a household opens a check.</source>
        <translation>只有针对家庭的举报投诉才开启核查。</translation>
    </message>
    <message>
        <source>Only a complaint about a refusal is pointed to administrative review.</source>
        <translation>只有针对不予确认的投诉才引导申请行政复议。</translation>
    </message>
    <message>
        <source>Only an upheld report is verified.</source>
        <translation>只有反映属实的事项才能认定为查证属实。</translation>
    </message>
    <message>
        <source>Receipt cannot be acknowledged before %1, when it was received.</source>
        <translation>受理告知日期不能早于收到日期 %1。</translation>
    </message>
    <message>
        <source>Receipt was already acknowledged on %1.</source>
        <translation>已于 %1 告知收到。</translation>
    </message>
    <message>
        <source>Record what the letter, visit or call says.</source>
        <translation>请记录来信、来访或来电的内容。</translation>
    </message>
    <message>
        <source>Record what the reporter was told.</source>
        <translation>请记录告知反映人的内容。</translation>
    </message>
    <message>
        <source>Say why it is handed over.</source>
        <translation>请说明移交理由。</translation>
    </message>
    <message>
        <source>The %1 was already forwarded to %2 on %3.</source>
        <translation>“%1”已于 %3 转送 %2。</translation>
    </message>
    <message>
        <source>The %1 was decided on %2.</source>
        <translation>“%1”已于 %2 作出决定。</translation>
    </message>
    <message>
        <source>The 60 days ended on %1: an extension is decided before then.</source>
        <translation>60 日期限已于 %1 届满：延期须在期满前决定。</translation>
    </message>
    <message>
        <source>The conclusion was already extended once, on %1; a second extension is not allowed (信访工作条例 Art 34).</source>
        <translation>办理期限已于 %1 延长过一次；不得再次延长（信访工作条例第三十四条）。</translation>
    </message>
    <message>
        <source>The date %1 is in the future.</source>
        <translation>日期 %1 晚于今天。</translation>
    </message>
    <message>
        <source>The office that decided (%1) may not decide its own re-examination or review: forward it to the next-higher body (%2).</source>
        <translation>作出决定的机关（%1）不得办理对自身决定的复查或复核：请转送上一级机关（%2）。</translation>
    </message>
    <message>
        <source>The office that decided (%1) may not decide its own re-examination or review; the next-higher body (%2) decides it.</source>
        <translation>作出决定的机关（%1）不得办理对自身决定的复查或复核；由上一级机关（%2）作出决定。</translation>
    </message>
    <message>
        <source>The outcome follows the forward of %1.</source>
        <translation>结果须在 %1 转送之后登记。</translation>
    </message>
    <message>
        <source>The report was anonymous: a reward is paid to a named reporter.</source>
        <translation>此为匿名举报：奖励只发给实名举报人。</translation>
    </message>
    <message>
        <source>The report was anonymous: no identity is kept.</source>
        <translation>此为匿名反映：不保存身份信息。</translation>
    </message>
    <message>
        <source>The report was anonymous: there is no one to tell. The conclusion stays on file.</source>
        <translation>此为匿名反映：无从告知。办理结论存档备查。</translation>
    </message>
    <message>
        <source>The reporter&apos;s identity is confidential: only county staff may read it.</source>
        <translation>反映人身份保密：只有县级工作人员可以查看。</translation>
    </message>
    <message>
        <source>The reporter&apos;s identity is not held in this database.</source>
        <translation>本数据库不保存反映人的身份信息。</translation>
    </message>
    <message>
        <source>The request follows the decision of %1 and the forward follows the request.</source>
        <translation>请求须在 %1 的决定之后，转送须在请求之后。</translation>
    </message>
    <message>
        <source>This complaint is about a refusal: it is answered by pointing the household to administrative review or litigation (outcome administrative_review).</source>
        <translation>此投诉针对不予确认决定：答复方式为引导该家庭申请行政复议或提起行政诉讼（结果 administrative_review）。</translation>
    </message>
    <message>
        <source>Unknown channel &quot;%1&quot;; use one of: %2.</source>
        <translation>未知的渠道“%1”；可选：%2。</translation>
    </message>
    <message>
        <source>Unknown kind &quot;%1&quot;; use one of: %2.</source>
        <translation>未知的类别“%1”；可选：%2。</translation>
    </message>
    <message>
        <source>Unknown outcome &quot;%1&quot;; use one of: %2.</source>
        <translation>未知的结果“%1”；可选：%2。</translation>
    </message>
    <message>
        <source>Unknown subject &quot;%1&quot;; use one of: %2.</source>
        <translation>未知的对象“%1”；可选：%2。</translation>
    </message>
    <message>
        <source>Write the findings or the answer given.</source>
        <translation>请填写调查结论或所作答复。</translation>
    </message>
</context>
<context>
    <name>dibao::PolicyJson</name>
    <message>
        <source>Policy rows[%1]</source>
        <translation>政策 rows[%1]</translation>
    </message>
    <message>
        <source>Policy rows[%1] (%2/%3)</source>
        <translation>政策 rows[%1]（%2/%3）</translation>
    </message>
    <message>
        <source>field &quot;%1&quot;: %2</source>
        <translation>字段“%1”：%2</translation>
    </message>
    <message>
        <source>The policy file is not valid JSON (at byte %1: %2).</source>
        <translation>政策文件不是有效的 JSON（第 %1 字节：%2）。</translation>
    </message>
    <message>
        <source>The policy file must be a JSON object with &quot;format&quot;, &quot;version&quot; and &quot;rows&quot;.</source>
        <translation>政策文件须为含有“format”“version”和“rows”的 JSON 对象。</translation>
    </message>
    <message>
        <source>The policy file has an unknown field &quot;%1&quot;.</source>
        <translation>政策文件含有未知字段“%1”。</translation>
    </message>
    <message>
        <source>The policy file&apos;s &quot;format&quot; must be &quot;dibao-policy&quot;.</source>
        <translation>政策文件的“format”须为“dibao-policy”。</translation>
    </message>
    <message>
        <source>The policy file&apos;s &quot;version&quot; must be %1; upgrade the software for newer files.</source>
        <translation>政策文件的“version”须为 %1；较新的文件请升级软件后再导入。</translation>
    </message>
    <message>
        <source>The policy file&apos;s &quot;rows&quot; must be an array.</source>
        <translation>政策文件的“rows”须为数组。</translation>
    </message>
    <message>
        <source>each row must be a JSON object</source>
        <translation>每一行都须为 JSON 对象</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>未知字段</translation>
    </message>
    <message>
        <source>missing or not a string</source>
        <translation>缺失或不是字符串</translation>
    </message>
    <message>
        <source>field &quot;kind&quot;: unknown kind &quot;%1&quot;</source>
        <translation>字段“kind”：未知的类别“%1”</translation>
    </message>
    <message>
        <source>field &quot;effective_from&quot;: expected a date YYYY-MM-DD</source>
        <translation>字段“effective_from”：应为日期 YYYY-MM-DD</translation>
    </message>
    <message>
        <source>field &quot;effective_until&quot;: expected a date YYYY-MM-DD or null</source>
        <translation>字段“effective_until”：应为日期 YYYY-MM-DD 或 null</translation>
    </message>
    <message>
        <source>field &quot;effective_until&quot;: %1 is before effective_from %2</source>
        <translation>字段“effective_until”：%1 早于 effective_from %2</translation>
    </message>
    <message>
        <source>field &quot;issuer&quot;: the issuing body is required</source>
        <translation>字段“issuer”：须填写发文机关</translation>
    </message>
    <message>
        <source>field &quot;document_number&quot;: the document number is required</source>
        <translation>字段“document_number”：须填写文号</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>应为 true 或 false</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>应为字符串</translation>
    </message>
    <message>
        <source>field &quot;value&quot;: missing</source>
        <translation>字段“value”：缺失</translation>
    </message>
    <message>
        <source>field &quot;effective_from&quot;: rows[%1] already sets %2/%3 from %4</source>
        <translation>字段“effective_from”：rows[%1] 已规定 %2/%3 自 %4 起的取值</translation>
    </message>
    <message>
        <source>field &quot;key&quot;: rows[%1] makes the same date a holiday</source>
        <translation>字段“key”：rows[%1] 已将同一日期设为节假日</translation>
    </message>
</context>
<context>
    <name>dibao::PolicySchema</name>
    <message>
        <source>field &quot;value&quot;: expected %1</source>
        <translation>字段“value”：应为%1</translation>
    </message>
    <message>
        <source>a whole number of fen, 0 or more</source>
        <translation>以分计的整数，不小于 0</translation>
    </message>
    <message>
        <source>a whole number, 0 or more</source>
        <translation>整数，不小于 0</translation>
    </message>
    <message>
        <source>a whole number of months from 1 to 60</source>
        <translation>1 至 60 的整月数</translation>
    </message>
    <message>
        <source>a whole number of days from 1 to 60</source>
        <translation>1 至 60 的整天数</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true 或 false</translation>
    </message>
    <message>
        <source>an object {&quot;num&quot;: n, &quot;den&quot;: d} with whole numbers, d above 0</source>
        <translation>对象 {&quot;num&quot;: n, &quot;den&quot;: d}，均为整数，d 大于 0</translation>
    </message>
    <message>
        <source>a share {&quot;num&quot;: n, &quot;den&quot;: d} not above 1</source>
        <translation>不大于 1 的比例 {&quot;num&quot;: n, &quot;den&quot;: d}</translation>
    </message>
    <message>
        <source>an object with either &quot;fen&quot; or &quot;num&quot; and &quot;den&quot;, optionally &quot;min_age&quot; or &quot;below_age&quot;</source>
        <translation>含“fen”或“num”和“den”的对象，可另加“min_age”或“below_age”</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>以下之一：%1</translation>
    </message>
    <message>
        <source>a non-empty name</source>
        <translation>非空的名称</translation>
    </message>
    <message>
        <source>an array of strings</source>
        <translation>字符串数组</translation>
    </message>
    <message>
        <source>an array of lower-case tokens such as &quot;ordinary_motorcycle&quot;</source>
        <translation>小写标识符数组，例如“ordinary_motorcycle”</translation>
    </message>
    <message>
        <source>an array of non-empty strings</source>
        <translation>非空字符串数组</translation>
    </message>
    <message>
        <source>a known value type</source>
        <translation>已知的值类型</translation>
    </message>
    <message>
        <source>field &quot;kind&quot;: unknown kind &quot;%1&quot;</source>
        <translation>字段“kind”：未知的类别“%1”</translation>
    </message>
    <message>
        <source>field &quot;key&quot;: &quot;%1&quot; is not a key of kind %2 (expected one of %3)</source>
        <translation>字段“key”：“%1”不是类别 %2 的键（应为以下之一：%3）</translation>
    </message>
    <message>
        <source>field &quot;key&quot;: &quot;%1&quot; is not a lower-case token such as basic_pension</source>
        <translation>字段“key”：“%1”不是小写标识符（例如 basic_pension）</translation>
    </message>
    <message>
        <source>field &quot;key&quot;: &quot;%1&quot; is not a date YYYY-MM-DD</source>
        <translation>字段“key”：“%1”不是日期 YYYY-MM-DD</translation>
    </message>
    <message>
        <source>a whole number, 1 or more</source>
        <translation>整数，不小于 1</translation>
    </message>
    <message>
        <source>an array of distinct values, each one of %1</source>
        <translation>由不重复的值组成的数组，每个值为以下之一：%1</translation>
    </message>
</context>
<context>
    <name>dibao::PrintDocuments</name>
    <message>
        <source>Applicant: %1</source>
        <translation>申请人：%1</translation>
    </message>
    <message>
        <source>Submitted: %1</source>
        <translation>申请日期：%1</translation>
    </message>
    <message>
        <source>1. Household</source>
        <translation>一、家庭基本情况</translation>
    </message>
    <message>
        <source>Township</source>
        <translation>乡镇（街道）</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村（社区）</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>城乡类别</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Registered address</source>
        <translation>户籍地址</translation>
    </message>
    <message>
        <source>Actual address</source>
        <translation>实际居住地址</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>申请方式</translation>
    </message>
    <message>
        <source>Entrusted person</source>
        <translation>委托他人</translation>
    </message>
    <message>
        <source>2. Members</source>
        <translation>二、家庭成员</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>与申请人关系</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>健康状况</translation>
    </message>
    <message>
        <source>Work ability</source>
        <translation>劳动能力</translation>
    </message>
    <message>
        <source>Occupation / school</source>
        <translation>职业或就读阶段</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>3. Income declared</source>
        <translation>三、申报收入</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>Deductions (yuan)</source>
        <translation>扣除（元）</translation>
    </message>
    <message>
        <source>None declared</source>
        <translation>未申报</translation>
    </message>
    <message>
        <source>4. Assets declared</source>
        <translation>四、申报财产</translation>
    </message>
    <message>
        <source>Held by</source>
        <translation>所有人</translation>
    </message>
    <message>
        <source>Value (yuan)</source>
        <translation>价值（元）</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>家庭</translation>
    </message>
    <message>
        <source>5. Documents</source>
        <translation>五、申请材料</translation>
    </message>
    <message>
        <source>6. Near relatives among staff and village cadres</source>
        <translation>六、近亲属备案</translation>
    </message>
    <message>
        <source>Declared: %1</source>
        <translation>已申报：%1</translation>
    </message>
    <message>
        <source>None declared.</source>
        <translation>未申报。</translation>
    </message>
    <message>
        <source>7. Promise and consent</source>
        <translation>七、承诺与授权</translation>
    </message>
    <message>
        <source>We promise that everything declared here is true and complete, and we authorise the civil-affairs department to verify our household&apos;s economic situation. Every co-resident member signs above; guardians sign for minors.</source>
        <translation>我们承诺以上申报内容真实、完整，并授权民政部门核对本家庭经济状况。共同生活的家庭成员均在上表签名，未成年人由监护人代签。</translation>
    </message>
    <message>
        <source>Applicant&apos;s signature:</source>
        <translation>申请人签名：</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Received by (township):</source>
        <translation>受理人（乡镇）：</translation>
    </message>
    <message>
        <source>Application for the minimum living allowance</source>
        <translation>最低生活保障申请书</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source> — by phone or video under the declared emergency: %1</source>
        <translation> — 因重大突发事件通过电话或视频调查：%1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Investigators</source>
        <translation>调查人员</translation>
    </message>
    <message>
        <source>Members seen</source>
        <translation>见到的家庭成员</translation>
    </message>
    <message>
        <source>Food</source>
        <translation>吃</translation>
    </message>
    <message>
        <source>Clothing</source>
        <translation>穿</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>住</translation>
    </message>
    <message>
        <source>Daily necessities</source>
        <translation>用</translation>
    </message>
    <message>
        <source>Evidence seen</source>
        <translation>查看的证据</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>调查结论</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>Investigator %1</source>
        <translation>调查人员 %1</translation>
    </message>
    <message>
        <source>Family member %1</source>
        <translation>家庭成员 %1</translation>
    </message>
    <message>
        <source>Household visit record</source>
        <translation>入户调查记录</translation>
    </message>
    <message>
        <source>The PDF %1 could not be written.</source>
        <translation>无法写入 PDF 文件 %1。</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>打印预览</translation>
    </message>
    <message>
        <source>Date sent</source>
        <translation>发函日期</translation>
    </message>
    <message>
        <source>Household members</source>
        <translation>家庭成员</translation>
    </message>
    <message>
        <source>Sent to and asked</source>
        <translation>致函单位及核实事项</translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation>发函人</translation>
    </message>
    <message>
        <source>The above household has applied for the minimum living allowance. Under the Measures for the Examination and Confirmation of Minimum Living Allowances, we ask your unit to confirm the facts above in writing and return this letter with your seal.</source>
        <translation>上述家庭申请最低生活保障。根据《最低生活保障审核确认办法》，请贵单位对上述情况予以书面核实，并加盖公章后回函。</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>回复</translation>
    </message>
    <message>
        <source>Sending office (seal), date</source>
        <translation>发函单位（盖章）、日期</translation>
    </message>
    <message>
        <source>Replying unit (seal), date</source>
        <translation>回函单位（盖章）、日期</translation>
    </message>
    <message>
        <source>Evidence letter (信函索证)</source>
        <translation>信函索证</translation>
    </message>
    <message>
        <source>Neighbours asked</source>
        <translation>走访的邻居</translation>
    </message>
    <message>
        <source>What they said</source>
        <translation>邻居反映情况</translation>
    </message>
    <message>
        <source>Neighbour %1</source>
        <translation>邻居 %1</translation>
    </message>
    <message>
        <source>Neighbour visit record (邻里访问)</source>
        <translation>邻里访问记录</translation>
    </message>
</context>
<context>
    <name>dibao::PublicNoticeStore</name>
    <message>
        <source>A notice lists at least one case.</source>
        <translation>公示至少须列出一个案件。</translation>
    </message>
    <message>
        <source>Case %1 (%2) has no proposed amount and the household is not found eligible on the data held: give the amount the township proposes.</source>
        <translation>案件 %1（%2）没有拟保障金额，且按现有数据测算该家庭不符合条件：请填写乡镇拟定的金额。</translation>
    </message>
    <message>
        <source>Case %1 (%2) is not in the county&apos;s notice: it is &quot;%3&quot;.</source>
        <translation>案件 %1（%2）不在审批公示中：当前为“%3”。</translation>
    </message>
    <message>
        <source>Case %1 (%2) is not ready for a notice: it is &quot;%3&quot;.</source>
        <translation>案件 %1（%2）尚不能公示：当前为“%3”。</translation>
    </message>
    <message>
        <source>Case %1 belongs to township %2, not %3.</source>
        <translation>案件 %1 属于乡镇 %2，不属于 %3。</translation>
    </message>
    <message>
        <source>Case %1 is back from an objection: its conclusion goes on to confirmation without a second notice (take the step submit_review).</source>
        <translation>案件 %1 已处理过异议：其结论直接报送审核确认，无需再次公示（请办理环节 submit_review）。</translation>
    </message>
    <message>
        <source>Case %1 is listed twice.</source>
        <translation>案件 %1 被列出了两次。</translation>
    </message>
    <message>
        <source>No notice %1.</source>
        <translation>没有公示 %1。</translation>
    </message>
    <message>
        <source>No objection %1.</source>
        <translation>没有异议 %1。</translation>
    </message>
    <message>
        <source>Record what the objection says.</source>
        <translation>请记录异议的内容。</translation>
    </message>
    <message>
        <source>Say where the notice is posted.</source>
        <translation>请写明公示地点。</translation>
    </message>
    <message>
        <source>The objector&apos;s identity is confidential: only county staff may read it.</source>
        <translation>异议人身份保密：只有县级工作人员可以查看。</translation>
    </message>
    <message>
        <source>Township %1 is outside this database&apos;s area.</source>
        <translation>乡镇 %1 不属于本数据库的辖区。</translation>
    </message>
    <message>
        <source>Unknown channel &quot;%1&quot;; use one of: %2.</source>
        <translation>未知的渠道“%1”；可选：%2。</translation>
    </message>
</context>
<context>
    <name>dibao::RecordWriter</name>
    <message>
        <source>A record has no id.</source>
        <translation>记录没有 id。</translation>
    </message>
    <message>
        <source>No record %1 in %2.</source>
        <translation>%2 中没有记录 %1。</translation>
    </message>
    <message>
        <source>Unknown field %1 of %2.</source>
        <translation>%2 没有字段 %1。</translation>
    </message>
    <message>
        <source>Unknown record type %1.</source>
        <translation>未知的记录类型 %1。</translation>
    </message>
    <message>
        <source>The new record of %1 could not be read back.</source>
        <translation>无法读回 %1 的新记录。</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation>已取消：未写入任何内容。</translation>
    </message>
</context>
<context>
    <name>dibao::RecoveryLedger</name>
    <message>
        <source>%1 yuan is more than the %2 yuan still owed.</source>
        <translation>%1 元超过尚欠的 %2 元。</translation>
    </message>
    <message>
        <source>A payment cannot be received in the future.</source>
        <translation>收款日期不能晚于今天。</translation>
    </message>
    <message>
        <source>A payment received is recorded with its receipt number.</source>
        <translation>收到的款项须登记收据编号。</translation>
    </message>
    <message>
        <source>A recovery has an amount obtained by fraud or a fine.</source>
        <translation>追缴须有骗取的金额或罚款。</translation>
    </message>
    <message>
        <source>A recovery names its finding and decision document.</source>
        <translation>追缴须写明查实情况和决定文书。</translation>
    </message>
    <message>
        <source>A recovery needs its decision date, not in the future.</source>
        <translation>追缴须填写决定日期，且不能晚于今天。</translation>
    </message>
    <message>
        <source>An entry has a date and an amount above zero.</source>
        <translation>每笔记录须有日期和大于零的金额。</translation>
    </message>
    <message>
        <source>An entry is an instalment, a repayment or a fine payment.</source>
        <translation>记录类型须为分期应还（instalment）、退还（repayment）或缴纳罚款（fine_payment）。</translation>
    </message>
    <message>
        <source>No household %1.</source>
        <translation>没有家庭 %1。</translation>
    </message>
    <message>
        <source>No recovery %1.</source>
        <translation>没有追缴记录 %1。</translation>
    </message>
    <message>
        <source>The months obtained run from the first to the last.</source>
        <translation>骗取保障金的起始月份不能晚于结束月份。</translation>
    </message>
    <message>
        <source>The schedule would exceed the amount owed.</source>
        <translation>分期计划将超过欠款金额。</translation>
    </message>
</context>
<context>
    <name>dibao::ReviewsPage</name>
    <message>
        <source>The review is open: record the visit in the case, then report it.</source>
        <translation>核查已开启：请在案件中记录入户调查，然后上报核查结果。</translation>
    </message>
    <message>
        <source>not opened</source>
        <translation>未开启</translation>
    </message>
    <message>
        <source>Stable (12 months)</source>
        <translation>常补对象（12 个月）</translation>
    </message>
    <message>
        <source>Other (6 months)</source>
        <translation>其他（6 个月）</translation>
    </message>
    <message>
        <source>Gradual exit</source>
        <translation>渐退</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>在保</translation>
    </message>
    <message>
        <source>Due %1, extended (emergency) to %2</source>
        <translation>应于 %1 核查，因突发事件延至 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n household(s) due for review</source>
        <translation>
            <numerusform>%n 户待定期核查</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %n households due for review</source>
        <translation>
            <numerusform>待定期核查的前 %n 户</numerusform>
        </translation>
    </message>
    <message>
        <source>No household is selected.</source>
        <translation>未选择家庭。</translation>
    </message>
    <message>
        <source>No review is open for this household yet.</source>
        <translation>该家庭尚未开启定期核查。</translation>
    </message>
    <message>
        <source>Review opened %1, now: %2.</source>
        <translation>核查于 %1 开启，当前：%2。</translation>
    </message>
    <message>
        <source>Periodic review due %1</source>
        <translation>定期核查（应于 %1 核查）</translation>
    </message>
    <message>
        <source>Done: %1.</source>
        <translation>已办理：%1。</translation>
    </message>
    <message>
        <source>Periodic reviews</source>
        <translation>动态管理</translation>
    </message>
    <message>
        <source>Due &amp;by:</source>
        <translation>截止日期(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>类别(&amp;C)：</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>&amp;Township:</source>
        <translation>乡镇（街道）(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村（社区）</translation>
    </message>
    <message>
        <source>Township</source>
        <translation>乡镇（街道）</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Enrolment</source>
        <translation>保障状态</translation>
    </message>
    <message>
        <source>Review due</source>
        <translation>应核查日期</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>定期核查</translation>
    </message>
    <message>
        <source>&amp;Open case</source>
        <translation>打开案件(&amp;O)</translation>
    </message>
    <message>
        <source>Open the &amp;review</source>
        <translation>开启核查(&amp;R)</translation>
    </message>
    <message>
        <source>Re&amp;port the review…</source>
        <translation>上报核查结果(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Decide…</source>
        <translation>作出决定(&amp;D)…</translation>
    </message>
    <message>
        <source>Keep, raise, lower or stop, with written reasons to the family</source>
        <translation>维持、增发、减发或停发，并向家庭书面说明理由</translation>
    </message>
</context>
<context>
    <name>dibao::Role</name>
    <message>
        <source>Township administrator</source>
        <translation>乡镇管理员</translation>
    </message>
    <message>
        <source>Township assistant</source>
        <translation>乡镇民政助理员</translation>
    </message>
    <message>
        <source>Village cadre</source>
        <translation>村干部</translation>
    </message>
    <message>
        <source>County reviewer</source>
        <translation>县级审核人员</translation>
    </message>
    <message>
        <source>County administrator</source>
        <translation>县级管理员</translation>
    </message>
    <message>
        <source>Verification officer</source>
        <translation>核对人员</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>审计人员</translation>
    </message>
</context>
<context>
    <name>dibao::RosterImport</name>
    <message>
        <source>%1 (%2) is already in the database: household %3 (township %4), %5.</source>
        <translation>%1（%2）已在数据库中：家庭 %3（乡镇 %4），%5。</translation>
    </message>
    <message>
        <source>A roster mapping must map the fields %1 (missing: %2).</source>
        <translation>名册的列映射必须映射字段 %1（缺少：%2）。</translation>
    </message>
    <message>
        <source>Household %1 must have exactly one applicant (户主/本人), not %2.</source>
        <translation>家庭 %1 必须有且只有一名申请人（户主/本人），而不是 %2 名。</translation>
    </message>
    <message>
        <source>Household %1: %2 differs from its first row (line %3: %4).</source>
        <translation>家庭 %1：%2 与其第一行不同（第 %3 行：%4）。</translation>
    </message>
    <message>
        <source>Household %1: %2</source>
        <translation>家庭 %1：%2</translation>
    </message>
    <message>
        <source>In a roster mapping id_number has type id_number, amount money and approval_date date.</source>
        <translation>在名册的列映射中，id_number 的类型须为 id_number，amount 为 money，approval_date 为 date。</translation>
    </message>
    <message>
        <source>The ID number %1 is already on line %2 of this file.</source>
        <translation>身份证号 %1 已出现在本文件第 %2 行。</translation>
    </message>
    <message>
        <source>The amount in force must be more than zero.</source>
        <translation>现行保障金额须大于零。</translation>
    </message>
    <message>
        <source>The approval date %1 is in the future.</source>
        <translation>批准日期 %1 晚于今天。</translation>
    </message>
    <message>
        <source>Unknown area &quot;%1&quot; (城市 or 农村, urban or rural).</source>
        <translation>未知的城乡类别“%1”（城市或农村，urban 或 rural）。</translation>
    </message>
    <message>
        <source>Unknown relation &quot;%1&quot; (户主, 配偶, 子, 女, 父亲, 母亲, … or a token such as self, spouse, child).</source>
        <translation>未知的关系“%1”（户主、配偶、子、女、父亲、母亲……，或 self、spouse、child 等标识）。</translation>
    </message>
    <message>
        <source>%1 (%2) may check a roster here but not import it: the households arrive enrolled with their amount, which only the confirming authority writes. Import it at the county (or in a township where confirmation is delegated).</source>
        <translation>%1（%2）可在此检查存量名册，但不能导入：导入的家庭带有在保状态和保障金额，只能由审核确认机关写入。请在县级导入（或在委托乡镇审核确认的乡镇导入）。</translation>
    </message>
</context>
<context>
    <name>dibao::SafeZipReader</name>
    <message>
        <source>The archive is larger than allowed.</source>
        <translation>压缩包超出允许的大小。</translation>
    </message>
    <message>
        <source>A zip entry cannot be decompressed.</source>
        <translation>zip 条目无法解压。</translation>
    </message>
    <message>
        <source>A zip entry inflates to more than it declares.</source>
        <translation>zip 条目解压后大于其声明的大小。</translation>
    </message>
    <message>
        <source>A zip entry has bytes after its compressed data.</source>
        <translation>zip 条目的压缩数据之后还有多余字节。</translation>
    </message>
    <message>
        <source>A zip entry inflates to less than it declares.</source>
        <translation>zip 条目解压后小于其声明的大小。</translation>
    </message>
</context>
<context>
    <name>dibao::Session</name>
    <message>
        <source>The default policy resource is missing.</source>
        <translation>缺少默认政策资源。</translation>
    </message>
    <message>
        <source>%1 (%2) may not do this: %3.</source>
        <translation>%1（%2）无权办理此事项：%3。</translation>
    </message>
    <message>
        <source>%1 already exists; init never overwrites a database.</source>
        <translation>%1 已存在；初始化不会覆盖已有数据库。</translation>
    </message>
    <message>
        <source>%1 is not a known county (6 digits) or township (9 digits) code.</source>
        <translation>%1 不是已知的县（6 位）或乡镇（9 位）代码。</translation>
    </message>
    <message>
        <source>%1 is not an initialised dibao database.</source>
        <translation>%1 不是已初始化的低保数据库。</translation>
    </message>
    <message>
        <source>Nobody is signed in.</source>
        <translation>尚未登录。</translation>
    </message>
    <message>
        <source>Sign-in failed: unknown user or wrong password.</source>
        <translation>登录失败：用户不存在或密码错误。</translation>
    </message>
    <message>
        <source>The account %1 is disabled.</source>
        <translation>账号 %1 已停用。</translation>
    </message>
    <message>
        <source>The database %1 does not exist. Create it with &quot;dibao-cli --db %1 init&quot;.</source>
        <translation>数据库 %1 不存在。请用“dibao-cli --db %1 init”创建。</translation>
    </message>
</context>
<context>
    <name>dibao::SessionTask</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancelling… nothing will be kept.</source>
        <translation>正在取消…不会保留任何数据。</translation>
    </message>
    <message>
        <source>%1
%2 rows read</source>
        <translation>%1
已读取 %2 行</translation>
    </message>
</context>
<context>
    <name>dibao::SetupWizard</name>
    <message>
        <source>Set up dibao</source>
        <translation>初始设置 — 低保业务系统</translation>
    </message>
    <message>
        <source>There is no database at %1 yet. Create it for your township (or county) and its first administrator.</source>
        <translation>%1 处还没有数据库。请为本乡镇（或县）创建数据库及第一位管理员。</translation>
    </message>
    <message>
        <source>The county hub card and this device&apos;s key are set up with synchronisation, which is not available in this version yet.</source>
        <translation>县级平台连接卡和本机密钥将在设置同步时配置，本版本暂不提供同步。</translation>
    </message>
    <message>
        <source>&amp;County:</source>
        <translation>县（区）(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Township:</source>
        <translation>乡镇（街道）(&amp;T)：</translation>
    </message>
    <message>
        <source>Administrator&apos;s &amp;user name:</source>
        <translation>管理员用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>Administrator&apos;s &amp;full name:</source>
        <translation>管理员姓名(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Repeat the password:</source>
        <translation>再次输入密码(&amp;R)：</translation>
    </message>
    <message>
        <source>Create the database</source>
        <translation>创建数据库</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>The whole county (a county database)</source>
        <translation>全县（县级数据库）</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>dibao::SignInDialog</name>
    <message>
        <source>Sign in — dibao</source>
        <translation>登录 — 低保业务系统</translation>
    </message>
    <message>
        <source>%1
Database: %2</source>
        <translation>%1
数据库：%2</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
</context>
<context>
    <name>dibao::Statistics</name>
    <message>
        <source>(no village)</source>
        <translation>（无村）</translation>
    </message>
    <message>
        <source>At most ten years of months can be compared at once.</source>
        <translation>一次最多比较十年的月份。</translation>
    </message>
    <message>
        <source>No tier</source>
        <translation>不分档</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>未登记</translation>
    </message>
    <message>
        <source>Rural</source>
        <translation>农村</translation>
    </message>
    <message>
        <source>The month is not valid.</source>
        <translation>月份无效。</translation>
    </message>
    <message>
        <source>The months are not valid.</source>
        <translation>月份无效。</translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation>%1 档</translation>
    </message>
    <message>
        <source>Urban</source>
        <translation>城市</translation>
    </message>
</context>
<context>
    <name>dibao::StatisticsModel</name>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Township</source>
        <translation>乡镇（街道）</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村（社区）</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>城乡类别</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>档次</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>户数</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>Urban households</source>
        <translation>城市户数</translation>
    </message>
    <message>
        <source>Rural households</source>
        <translation>农村户数</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Exited</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Overdue work</source>
        <translation>逾期事项</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>举报投诉</translation>
    </message>
    <message>
        <source>Verification findings</source>
        <translation>核对结果</translation>
    </message>
</context>
<context>
    <name>dibao::StatisticsPage</name>
    <message>
        <source>Statistics</source>
        <translation>统计</translation>
    </message>
    <message>
        <source>By township</source>
        <translation>按乡镇</translation>
    </message>
    <message>
        <source>By village</source>
        <translation>按村（社区）</translation>
    </message>
    <message>
        <source>By area (urban / rural)</source>
        <translation>按城乡</translation>
    </message>
    <message>
        <source>By tier</source>
        <translation>按档次</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>12-month trend</source>
        <translation>12 个月趋势</translation>
    </message>
    <message>
        <source>Monthly report (.xlsx)...</source>
        <translation>月报（.xlsx）...</translation>
    </message>
    <message>
        <source>The month counted</source>
        <translation>统计月份</translation>
    </message>
    <message>
        <source>Allowances in force in %1; overdue work as of %2.</source>
        <translation>%1 在保情况；逾期事项截至 %2。</translation>
    </message>
    <message>
        <source>No verification findings are recorded in this database yet: the column shows 0.</source>
        <translation>本数据库尚未记录核对结果：该列显示为 0。</translation>
    </message>
    <message>
        <source>Complaints are those about cases awaiting confirmation (no general complaints register yet).</source>
        <translation>举报投诉仅统计针对待审核确认案件的（尚无综合信访登记）。</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>户数</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Households and persons, %1</source>
        <translation>户数和人数，%1</translation>
    </message>
    <message>
        <source>Counting 12 months...</source>
        <translation>正在统计 12 个月...</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Exited</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Households by month</source>
        <translation>各月户数</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>已写入 %1</translation>
    </message>
    <message>
        <source>Save the monthly report</source>
        <translation>保存月报</translation>
    </message>
    <message>
        <source>monthly-report-%1.xlsx</source>
        <translation>月报-%1.xlsx</translation>
    </message>
    <message>
        <source>Workbook (*.xlsx)</source>
        <translation>工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Counting %1...</source>
        <translation>正在统计 %1……</translation>
    </message>
</context>
<context>
    <name>dibao::SyncConflicts</name>
    <message>
        <source>Sign in first.</source>
        <translation>请先登录。</translation>
    </message>
    <message>
        <source>That conflict does not exist.</source>
        <translation>该冲突不存在。</translation>
    </message>
    <message>
        <source>That conflict has already been resolved.</source>
        <translation>该冲突已处理。</translation>
    </message>
    <message>
        <source>The record of that conflict does not exist here.</source>
        <translation>本地没有该冲突所涉及的记录。</translation>
    </message>
    <message>
        <source>Your role may not resolve conflicts: ask someone who records households.</source>
        <translation>你的角色不能处理冲突：请找负责登记家庭信息的人员。</translation>
    </message>
</context>
<context>
    <name>dibao::SyncController</name>
    <message>
        <source>Applied</source>
        <translation>已应用</translation>
    </message>
    <message>
        <source>Duplicate (already imported)</source>
        <translation>重复（已导入过）</translation>
    </message>
    <message>
        <source>Held (waiting for an earlier bundle)</source>
        <translation>暂缓（等待更早的同步包）</translation>
    </message>
    <message>
        <source>Quarantined (stream frozen)</source>
        <translation>已隔离（同步流冻结）</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已拒收</translation>
    </message>
    <message>
        <source>The county hub cannot be reached: check the network. Changes wait here and go out at the next sync.</source>
        <translation>无法连接县级平台：请检查网络。修改会保存在本机，下次同步时发送。</translation>
    </message>
    <message>
        <source>This device syncs by USB only: the hub card gives no address.</source>
        <translation>本机只能通过 U 盘同步：平台连接卡中没有访问地址。</translation>
    </message>
    <message>
        <source>Enter your password to open this device&apos;s sync keys.</source>
        <translation>请输入密码以打开本机的同步密钥。</translation>
    </message>
    <message>
        <source>Sync: not set up</source>
        <translation>同步：尚未设置</translation>
    </message>
    <message>
        <source>Sync: county hub</source>
        <translation>同步：县级平台</translation>
    </message>
    <message>
        <source>Sync: locked</source>
        <translation>同步：已锁定</translation>
    </message>
    <message>
        <source>Sync: syncing…</source>
        <translation>同步：正在同步…</translation>
    </message>
    <message>
        <source>Sync: hub unreachable</source>
        <translation>同步：无法连接县级平台</translation>
    </message>
    <message>
        <source>Sync: by USB</source>
        <translation>同步：通过 U 盘</translation>
    </message>
    <message>
        <source>Sync: never</source>
        <translation>同步：从未同步</translation>
    </message>
    <message>
        <source>Sync: last %1</source>
        <translation>同步：上次 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) pending</source>
        <translation>
            <numerusform>%n 个同步包待发送</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) waiting</source>
        <translation>
            <numerusform>%n 项冲突待处理</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) held</source>
        <translation>
            <numerusform>%n 个同步包暂缓</numerusform>
        </translation>
    </message>
    <message>
        <source>Synchronisation with the county hub is not set up on this device yet.</source>
        <translation>本机尚未设置与县级平台的同步。</translation>
    </message>
    <message>
        <source>Last successful sync: never</source>
        <translation>上次成功同步：从未</translation>
    </message>
    <message>
        <source>Last successful sync: %1</source>
        <translation>上次成功同步：%1</translation>
    </message>
    <message>
        <source>Last attempt: %1</source>
        <translation>上次尝试：%1</translation>
    </message>
    <message>
        <source>Sync is locked: choose Sync ▸ Sync now and enter your password.</source>
        <translation>同步已锁定：请选择“同步 ▸ 立即同步”并输入密码。</translation>
    </message>
    <message>
        <source>Changes not yet acknowledged by the hub: %1</source>
        <translation>县级平台尚未确认的修改：%1</translation>
    </message>
    <message>
        <source>Conflicts waiting for a person: Sync ▸ Conflicts…</source>
        <translation>待人工处理的冲突：同步 ▸ 冲突…</translation>
    </message>
</context>
<context>
    <name>dibao::SyncExporter</name>
    <message>
        <source>Cannot create %1.</source>
        <translation>无法创建 %1。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Device %1 is revoked: nothing is sent to it any more.</source>
        <translation>设备 %1 已被吊销：不再向其发送任何数据。</translation>
    </message>
    <message>
        <source>No enrolled device %1.</source>
        <translation>没有已注册的设备 %1。</translation>
    </message>
    <message>
        <source>Only the hub exports bundles for a device.</source>
        <translation>只有县级平台才能为设备导出同步包。</translation>
    </message>
    <message>
        <source>This device has not joined a hub yet (dibao-cli join --hub-card FILE).</source>
        <translation>本机尚未加入县级平台（dibao-cli join --hub-card FILE）。</translation>
    </message>
</context>
<context>
    <name>dibao::SyncImporter</name>
    <message>
        <source>%1 is not a peer of this database.</source>
        <translation>%1 不是本数据库的同步对象。</translation>
    </message>
    <message>
        <source>A change line claims another origin (%1).</source>
        <translation>有变更行声称来自其他来源（%1）。</translation>
    </message>
    <message>
        <source>A key rotation carries malformed keys.</source>
        <translation>密钥轮换中含有格式错误的密钥。</translation>
    </message>
    <message>
        <source>Bundle %1 does not follow the bundle applied before it.</source>
        <translation>同步包 %1 与之前已应用的同步包不衔接。</translation>
    </message>
    <message>
        <source>Bundle %1 from %2 differs from the one already applied: quarantined, the stream is frozen until a person unfreezes it.</source>
        <translation>来自 %2 的同步包 %1 与已应用的同序号同步包不同：已隔离，同步流冻结，须由工作人员解冻。</translation>
    </message>
    <message>
        <source>Bundle %1 from %2 waits for bundle %3 (the stream is at %4).</source>
        <translation>来自 %2 的同步包 %1 须等待同步包 %3（同步流当前在 %4）。</translation>
    </message>
    <message>
        <source>Change %1 is stamped after the bundle was cut.</source>
        <translation>变更 %1 的时间戳晚于同步包的生成时间。</translation>
    </message>
    <message>
        <source>Change %1&apos;s clock is before changes already applied from %2.</source>
        <translation>变更 %1 的时钟早于已应用的来自 %2 的变更。</translation>
    </message>
    <message>
        <source>Change %1&apos;s clock is not after the change before it.</source>
        <translation>变更 %1 的时钟不晚于前一条变更。</translation>
    </message>
    <message>
        <source>Changes %1 to %2 of %3 are missing.</source>
        <translation>缺少来自 %3 的变更 %1 至 %2。</translation>
    </message>
    <message>
        <source>Device %1 is not enrolled at this hub.</source>
        <translation>设备 %1 未在本县级平台注册。</translation>
    </message>
    <message>
        <source>Device %1 was revoked after bundle %2.</source>
        <translation>设备 %1 已在同步包 %2 之后被吊销。</translation>
    </message>
    <message>
        <source>The bundle from %1 is signed with the key of %2.</source>
        <translation>来自 %1 的同步包是用 %2 的密钥签名的。</translation>
    </message>
    <message>
        <source>The bundle is addressed to %1, not to this database (%2).</source>
        <translation>此同步包是发给 %1 的，不是发给本数据库（%2）的。</translation>
    </message>
    <message>
        <source>The bundle is too large.</source>
        <translation>同步包过大。</translation>
    </message>
    <message>
        <source>The change lines are not in order.</source>
        <translation>变更行顺序错乱。</translation>
    </message>
    <message>
        <source>The change lines do not match the manifest&apos;s range.</source>
        <translation>变更行与清单中的范围不符。</translation>
    </message>
    <message>
        <source>The signing key %1 is not valid for bundle %2 (rotated out).</source>
        <translation>签名密钥 %1 对同步包 %2 无效（已轮换）。</translation>
    </message>
    <message>
        <source>The stream from %1 is frozen (%2): nothing is applied until a person unfreezes it.</source>
        <translation>来自 %1 的同步流已冻结（%2）：须由工作人员解冻后才会继续应用。</translation>
    </message>
    <message>
        <source>The stream&apos;s clock went backwards (%1 after %2).</source>
        <translation>同步流的时钟倒退了（%2 之后出现 %1）。</translation>
    </message>
    <message>
        <source>This device has not joined a hub.</source>
        <translation>本机尚未加入县级平台。</translation>
    </message>
    <message>
        <source>Unknown signing key.</source>
        <translation>未知的签名密钥。</translation>
    </message>
    <message>
        <source>bundle %1 arrived twice with different content</source>
        <translation>同步包 %1 两次到达且内容不同</translation>
    </message>
    <message>
        <source>replaced by the hub&apos;s new stream %1</source>
        <translation>已被县级平台的新同步流 %1 取代</translation>
    </message>
</context>
<context>
    <name>dibao::SyncMenu</name>
    <message>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <source>This device has not joined a county hub yet. Ask the county administrator for the hub card (dibao-cli join --hub-card FILE).</source>
        <translation>本机尚未加入县级平台。请向县级管理员索取平台连接卡（dibao-cli join --hub-card FILE）。</translation>
    </message>
    <message>
        <source>This device syncs by USB: use Export bundles to USB and Import bundles.</source>
        <translation>本机通过 U 盘同步：请使用“导出同步包到 U 盘”和“导入同步包”。</translation>
    </message>
    <message>
        <source>Export bundles to a folder (e.g. a USB drive)</source>
        <translation>将同步包导出到文件夹（如 U 盘）</translation>
    </message>
    <message>
        <source>Back up to a folder (e.g. a USB drive)</source>
        <translation>备份到文件夹（如 U 盘）</translation>
    </message>
    <message>
        <source>The scheduled backup failed: %1</source>
        <translation>定期备份失败：%1</translation>
    </message>
    <message>
        <source>Your password opens this device&apos;s sync keys:</source>
        <translation>你的密码用于打开本机的同步密钥：</translation>
    </message>
    <message>
        <source>Export bundles</source>
        <translation>导出同步包</translation>
    </message>
    <message>
        <source>Nothing is waiting to be sent: no file was written.</source>
        <translation>没有待发送的内容：未写入任何文件。</translation>
    </message>
    <message numerus="yes">
        <source>%n bundle file(s) written to %1:

%2</source>
        <translation>
            <numerusform>已将 %n 个同步包文件写入 %1：

%2</numerusform>
        </translation>
    </message>
    <message>
        <source>Backing up the database and its attachments…</source>
        <translation>正在备份数据库及其附件…</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <source>Backup written:
%1

Keep it apart from this computer.</source>
        <translation>备份已写入：
%1

请将其与本电脑分开存放。</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation>同步(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>立即同步(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Export bundles to USB…</source>
        <translation>导出同步包到 U 盘(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Import bundles…</source>
        <translation>导入同步包(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>冲突(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>立即备份(&amp;B)…</translation>
    </message>
    <message>
        <source>Backup se&amp;ttings…</source>
        <translation>备份设置(&amp;T)…</translation>
    </message>
</context>
<context>
    <name>dibao::SyncNode</name>
    <message>
        <source>%1 holds no certificate.</source>
        <translation>%1 中没有证书。</translation>
    </message>
    <message>
        <source>%1 is a county database: it is the hub, not a device.</source>
        <translation>%1 是县级数据库：它是县级平台，不是设备。</translation>
    </message>
    <message>
        <source>%1 is a township database: only the county database is a hub.</source>
        <translation>%1 是乡镇数据库：只有县级数据库才是县级平台。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Device %1 is already enrolled with other keys.</source>
        <translation>设备 %1 已用其他密钥注册。</translation>
    </message>
    <message>
        <source>Device %1&apos;s stream is not frozen (%2).</source>
        <translation>设备 %1 的同步流未冻结（%2）。</translation>
    </message>
    <message>
        <source>No enrolled device %1.</source>
        <translation>没有已注册的设备 %1。</translation>
    </message>
    <message>
        <source>Only a hub has a hub card.</source>
        <translation>只有县级平台才有平台连接卡。</translation>
    </message>
    <message>
        <source>Only the county administrator enrols, revokes and unfreezes devices.</source>
        <translation>只有县级管理员才能注册、吊销和解冻设备。</translation>
    </message>
    <message>
        <source>The bundle is sealed to a key this hub does not have.</source>
        <translation>此同步包是用本县级平台没有的密钥加密封装的。</translation>
    </message>
    <message>
        <source>The card&apos;s keys differ from the hub this device joined.</source>
        <translation>连接卡中的密钥与本机已加入的县级平台不同。</translation>
    </message>
    <message>
        <source>The device&apos;s fingerprint is %1, not the one expected: do not enrol this key.</source>
        <translation>设备的指纹是 %1，与预期不符：请勿注册此密钥。</translation>
    </message>
    <message>
        <source>The hub key file %1 belongs to another hub.</source>
        <translation>县级平台密钥文件 %1 属于另一个县级平台。</translation>
    </message>
    <message>
        <source>The hub&apos;s fingerprint is %1, not the one expected.</source>
        <translation>县级平台的指纹是 %1，与预期不符。</translation>
    </message>
    <message>
        <source>This device already syncs with hub %1.</source>
        <translation>本机已在与县级平台 %1 同步。</translation>
    </message>
    <message>
        <source>This township (%1) is not in the hub&apos;s county %2.</source>
        <translation>本乡镇（%1）不在该县级平台所在的县（%2）。</translation>
    </message>
    <message>
        <source>Township %1 is not in this county.</source>
        <translation>乡镇 %1 不在本县。</translation>
    </message>
    <message>
        <source>revoked after bundle %1</source>
        <translation>在同步包 %1 之后被吊销</translation>
    </message>
</context>
<context>
    <name>dibao::SyncPage</name>
    <message numerus="yes">
        <source>This database is the county hub: %n device(s) enrolled.</source>
        <translation>
            <numerusform>本数据库是县级平台：已登记 %n 台设备。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not joined to a county hub yet: ask the county administrator for the hub card.</source>
        <translation>尚未加入县级平台：请向县级管理员索取平台卡。</translation>
    </message>
    <message>
        <source>County hub %1, by USB only (the hub card gives no address).</source>
        <translation>县级平台 %1，仅通过 U 盘同步（平台卡未提供地址）。</translation>
    </message>
    <message>
        <source>County hub %1 at %2.</source>
        <translation>县级平台 %1，地址 %2。</translation>
    </message>
    <message>
        <source>Last successful sync: never</source>
        <translation>上次成功同步：从未</translation>
    </message>
    <message>
        <source>Last successful sync: %1</source>
        <translation>上次成功同步：%1</translation>
    </message>
    <message>
        <source>Last attempt %1 failed: %2</source>
        <translation>%1 的同步尝试失败：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) waiting to be sent</source>
        <translation>
            <numerusform>%n 个同步包待发送</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not yet acknowledged</source>
        <translation>
            <numerusform>%n 项修改尚未确认收到</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) held for a missing one</source>
        <translation>
            <numerusform>%n 个同步包因缺少前序包而暂存</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) waiting for a person</source>
        <translation>
            <numerusform>%n 个冲突待人工处理</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Hub:</source>
        <translation>县级平台：</translation>
    </message>
    <message>
        <source>Last sync:</source>
        <translation>上次同步：</translation>
    </message>
    <message>
        <source>Pending:</source>
        <translation>待发送：</translation>
    </message>
    <message>
        <source>Conflicts:</source>
        <translation>冲突：</translation>
    </message>
    <message>
        <source>Conflicts waiting for a person</source>
        <translation>待人工处理的冲突</translation>
    </message>
</context>
<context>
    <name>dibao::SyncPeers</name>
    <message>
        <source>No box key is known for %1.</source>
        <translation>没有 %1 的加密公钥。</translation>
    </message>
    <message>
        <source>The card is invalid: %1.</source>
        <translation>连接卡无效：%1。</translation>
    </message>
</context>
<context>
    <name>dibao::TabularMapper</name>
    <message>
        <source>The file has two columns headed &quot;%1&quot;; map field &quot;%2&quot; by column number.</source>
        <translation>文件中有两列的标题都是“%1”；请按列号映射字段“%2”。</translation>
    </message>
    <message>
        <source>The file has no column headed %1. Its columns are: %2.</source>
        <translation>文件中没有标题为 %1 的列。现有的列：%2。</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 为空。</translation>
    </message>
    <message>
        <source>The cell holds the formula error %1.</source>
        <translation>单元格中是公式错误 %1。</translation>
    </message>
    <message>
        <source>The ID number was stored as a number and has lost its last digits; format the column as text in the spreadsheet and enter it again.</source>
        <translation>身份证号被存成了数字，末几位已丢失；请在电子表格中把该列设为文本格式后重新录入。</translation>
    </message>
    <message>
        <source>Not a valid ID number (&quot;%1&quot;): %2</source>
        <translation>身份证号无效（“%1”）：%2</translation>
    </message>
</context>
<context>
    <name>dibao::TabularSource</name>
    <message>
        <source>This is an Excel 97-2003 (.xls) or WPS (.et) file; save it as .xlsx or CSV and try again.</source>
        <translation>这是 Excel 97-2003（.xls）或 WPS（.et）文件；请另存为 .xlsx 或 CSV 后重试。</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>The file has no rows, not even a header.</source>
        <translation>文件中没有任何行，连标题行也没有。</translation>
    </message>
    <message>
        <source>xlsx, sheet &quot;%1&quot;</source>
        <translation>xlsx，工作表“%1”</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <source>ASCII so far</source>
        <translation>目前仅见 ASCII 字符</translation>
    </message>
    <message>
        <source>CSV, %1, delimiter %2</source>
        <translation>CSV，%1，分隔符 %2</translation>
    </message>
</context>
<context>
    <name>dibao::TabularValues</name>
    <message>
        <source>The cell holds the formula error %1.</source>
        <translation>单元格中是公式错误 %1。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount in yuan (e.g. 1234.50).</source>
        <translation>“%1”不是以元为单位的金额（例如 1234.50）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has more than two decimals; amounts are in yuan and fen.</source>
        <translation>“%1”的小数超过两位；金额以元为单位，精确到分。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large an amount.</source>
        <translation>金额“%1”过大。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number.</source>
        <translation>“%1”不是整数。</translation>
    </message>
    <message>
        <source>The number %1 is not a date.</source>
        <translation>数字 %1 不是日期。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: write a real date year first, e.g. 2026-11-29, 2026/11/29 or 2026年11月29日.</source>
        <translation>“%1”不是日期：请按年、月、日的顺序填写真实的日期，例如 2026-11-29、2026/11/29 或 2026年11月29日。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a month (write it year first, e.g. 2026-11 or 2026年11月).</source>
        <translation>“%1”不是月份（请先写年份，例如 2026-11 或 2026年11月）。</translation>
    </message>
</context>
<context>
    <name>dibao::TodayModel</name>
    <message>
        <source>%1 (%2, %3 overdue)</source>
        <translation>%1（%2，逾期 %3）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>(no applicant)</source>
        <translation>（无申请人）</translation>
    </message>
    <message>
        <source>Work / applicant</source>
        <translation>事项 / 申请人</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Show %1 more (of %2 not shown)…</source>
        <translation>再显示 %1 条（还有 %2 条未显示）…</translation>
    </message>
</context>
<context>
    <name>dibao::TodayPage</name>
    <message>
        <source>Today</source>
        <translation>工作台</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Due within 5 working days: %1 · overdue: %2 · today %3</source>
        <translation>5 个工作日内到期：%1 · 逾期：%2 · 今天 %3</translation>
    </message>
    <message>
        <source>Periodic review</source>
        <translation>动态管理核查</translation>
    </message>
    <message>
        <source>Open the periodic review of %1&apos;s household now?</source>
        <translation>现在对 %1 家开启定期核查吗？</translation>
    </message>
    <message>
        <source>Periodic review falling due</source>
        <translation>定期核查到期</translation>
    </message>
</context>
<context>
    <name>dibao::TransitionDialog</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Case of %1, now: %2</source>
        <translation>%1 的案件，当前状态：%2</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Ground:</source>
        <translation>理由(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation>决定(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Missing items:</source>
        <translation>所缺材料(&amp;M)：</translation>
    </message>
    <message>
        <source>Anything else, separated by ；</source>
        <translation>其他所缺材料，用“；”分隔</translation>
    </message>
    <message>
        <source>&amp;Also missing:</source>
        <translation>其他(&amp;A)：</translation>
    </message>
    <message>
        <source>yuan per month, e.g. 400.00</source>
        <translation>每月金额（元），例如 400.00</translation>
    </message>
    <message>
        <source>&amp;Amount (yuan/month):</source>
        <translation>金额（元/月）(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Proposed amount (yuan/month):</source>
        <translation>拟保障金额（元/月）(&amp;P)：</translation>
    </message>
    <message>
        <source>No tier (gap payment)</source>
        <translation>不分档（差额补助）</translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation>%1 档</translation>
    </message>
    <message>
        <source>&amp;Tier:</source>
        <translation>档次(&amp;T)：</translation>
    </message>
    <message>
        <source> months</source>
        <translation> 个月</translation>
    </message>
    <message>
        <source>Gradual exit &amp;length:</source>
        <translation>渐退期(&amp;L)：</translation>
    </message>
    <message>
        <source>Required: the written reasons the household will read</source>
        <translation>必填：家庭将看到的书面理由</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>选填</translation>
    </message>
    <message>
        <source>&amp;Reasons (required):</source>
        <translation>理由（必填）(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Reasons:</source>
        <translation>理由(&amp;R)：</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Write the amount in yuan with at most two decimals, e.g. 400.00.</source>
        <translation>金额以元为单位，最多两位小数，例如 400.00。</translation>
    </message>
</context>
<context>
    <name>dibao::UserStore</name>
    <message>
        <source>A password needs at least 4 characters.</source>
        <translation>密码至少 4 个字符。</translation>
    </message>
    <message>
        <source>A user name has 2 to 32 letters, digits, dots, dashes or underscores, starting with a letter or digit: &quot;%1&quot; is not one.</source>
        <translation>用户名为 2 至 32 个字母、数字、点、连字符或下划线，以字母或数字开头：“%1”不符合。</translation>
    </message>
    <message>
        <source>A user named %1 already exists.</source>
        <translation>用户 %1 已存在。</translation>
    </message>
    <message>
        <source>The role %1 belongs to a %2 database.</source>
        <translation>角色 %1 属于%2数据库。</translation>
    </message>
    <message>
        <source>There is no user named %1.</source>
        <translation>没有名为 %1 的用户。</translation>
    </message>
    <message>
        <source>county</source>
        <translation>县级</translation>
    </message>
    <message>
        <source>township</source>
        <translation>乡镇</translation>
    </message>
</context>
<context>
    <name>dibao::VerificationPage</name>
    <message>
        <source>Requested, not started</source>
        <translation>已申请，未启动</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>核对中</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Other name on the ID number</source>
        <translation>身份证号相同但姓名不同</translation>
    </message>
    <message>
        <source>ID number and name agree</source>
        <translation>身份证号和姓名一致</translation>
    </message>
    <message>
        <source>Start verification</source>
        <translation>启动核对</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>完成核对</translation>
    </message>
    <message>
        <source>Complete this verification? Its household&apos;s members are no longer matched against department data afterwards.</source>
        <translation>完成本次核对吗？完成后该家庭成员不再与部门数据比对。</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>列映射</translation>
    </message>
    <message>
        <source>Column mapping (*.json)</source>
        <translation>列映射 (*.json)</translation>
    </message>
    <message>
        <source>Department file</source>
        <translation>部门数据文件</translation>
    </message>
    <message>
        <source>Tables (*.csv *.txt *.xlsx)</source>
        <translation>表格 (*.csv *.txt *.xlsx)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>存量名册</translation>
    </message>
    <message numerus="yes">
        <source>Import the %n household(s) checked, enrolled and marked migrated, in one transaction?</source>
        <translation>
            <numerusform>将已检查的 %n 户作为在保家庭导入并标记为存量迁入（一次性提交）吗？</numerusform>
        </translation>
    </message>
    <message>
        <source>started %1</source>
        <translation>%1 启动</translation>
    </message>
    <message>
        <source>%1 (%2 open)</source>
        <translation>%1（%2 条未处理）</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) · not started: %1 (late: %2) · open findings: %3</source>
        <translation>
            <numerusform>共 %n 件核对申请 · 未启动：%1（超期：%2）· 未处理核对结果：%3</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未处理</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1（%2，%3）</translation>
    </message>
    <message numerus="yes">
        <source>%n verification(s) started.</source>
        <translation>
            <numerusform>已启动 %n 件核对。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not started: %1</source>
        <translation>未启动：%1</translation>
    </message>
    <message>
        <source>Verification report</source>
        <translation>核对报告</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>More problems are not listed.</source>
        <translation>其余问题未列出。</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message numerus="yes">
        <source>The first %n row(s) read cleanly. Importing checks every row again; only rows matching an authorized member are kept.</source>
        <translation>
            <numerusform>前 %n 行读取无误。导入时会再次检查每一行；只保留与已授权成员匹配的行。</numerusform>
        </translation>
    </message>
    <message>
        <source>Problems in the first rows: a file with any bad row is not imported.</source>
        <translation>前几行有问题：文件中只要有一行有误就不会导入。</translation>
    </message>
    <message>
        <source>An import is already running.</source>
        <translation>已有导入正在进行。</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <source>Streaming %1 against the authorized members…</source>
        <translation>正在将 %1 与已授权成员逐行比对…</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with problems: nothing was kept. Correct the file and import it again.</source>
        <translation>
            <numerusform>%n 行有问题：未保留任何数据。请更正文件后重新导入。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 rows read; %3 findings kept (%4 matching, %5 under another name), every other row discarded.</source>
        <translation>%1：读取 %2 行；保留核对结果 %3 条（一致 %4 条，姓名不同 %5 条），其余各行均已丢弃。</translation>
    </message>
    <message>
        <source>Resolve the finding</source>
        <translation>处理核对结果</translation>
    </message>
    <message>
        <source>Say how the department&apos;s record bears on the case. Income or an asset is added to the member&apos;s household file; a review brings an enrolled household&apos;s review forward to today.</source>
        <translation>说明部门记录对案件的影响。收入或财产将记入该成员的家庭档案；启动复核会把在保家庭的复核提前到今天。</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>处理方式(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>说明(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Income kind:</source>
        <translation>收入类型(&amp;I)：</translation>
    </message>
    <message>
        <source>Income over the months (&amp;yuan):</source>
        <translation>期间收入合计（元）(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;From month:</source>
        <translation>起始月份(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;To month:</source>
        <translation>截止月份(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Asset kind:</source>
        <translation>财产类型(&amp;A)：</translation>
    </message>
    <message>
        <source>Asset &amp;sub-kind:</source>
        <translation>财产细类(&amp;S)：</translation>
    </message>
    <message>
        <source>Asset &amp;value (yuan):</source>
        <translation>财产价值（元）(&amp;V)：</translation>
    </message>
    <message>
        <source>Enter the income found, in yuan over the months.</source>
        <translation>请输入查实的期间收入合计（元）。</translation>
    </message>
    <message>
        <source>The first month comes before the last.</source>
        <translation>起始月份须早于截止月份。</translation>
    </message>
    <message>
        <source>Enter the asset&apos;s value in yuan.</source>
        <translation>请输入财产价值（元）。</translation>
    </message>
    <message>
        <source>Check the roster first (dry run); import it only when the check found no problem.</source>
        <translation>请先检查存量名册（试运行）；检查无误后才能导入。</translation>
    </message>
    <message>
        <source>Checking the roster…</source>
        <translation>正在检查存量名册…</translation>
    </message>
    <message>
        <source>Importing the roster…</source>
        <translation>正在导入存量名册…</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with problems: nothing was imported.</source>
        <translation>
            <numerusform>%n 行有问题：未导入任何数据。</numerusform>
        </translation>
    </message>
    <message>
        <source>Checked: %1 households with %2 members would be imported, marked migrated. Nothing was written.</source>
        <translation>检查完成：将导入 %1 户 %2 人，标记为存量迁入。尚未写入任何数据。</translation>
    </message>
    <message>
        <source>Imported %1 households with %2 members, marked migrated.</source>
        <translation>已导入 %1 户 %2 人，标记为存量迁入。</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>核对</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Township</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>申请日期</translation>
    </message>
    <message>
        <source>Start by</source>
        <translation>启动期限</translation>
    </message>
    <message>
        <source>Start clock (3 WD)</source>
        <translation>启动时限（3 个工作日）</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>核对结果</translation>
    </message>
    <message>
        <source>Departments with findings</source>
        <translation>有结果的部门</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>家庭成员</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>匹配</translation>
    </message>
    <message>
        <source>What the department recorded</source>
        <translation>部门记录内容</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Household key</source>
        <translation>户编号</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>Approval document</source>
        <translation>批准文号</translation>
    </message>
    <message>
        <source>Approved on</source>
        <translation>批准日期</translation>
    </message>
    <message>
        <source>First review due</source>
        <translation>首次复核日期</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>核对申请</translation>
    </message>
    <message>
        <source>Department batch</source>
        <translation>部门数据批次</translation>
    </message>
    <message>
        <source>&amp;Start requested verifications</source>
        <translation>启动已申请的核对(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Complete…</source>
        <translation>完成核对(&amp;C)…</translation>
    </message>
    <message>
        <source>Report as P&amp;DF…</source>
        <translation>核对报告 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Open case</source>
        <translation>打开案件(&amp;O)</translation>
    </message>
    <message>
        <source>A department&apos;s file is streamed against the members of the verifications in progress: only rows matching an authorized member are kept, as findings; every other row is discarded as it is read. A file with any bad row stores nothing.</source>
        <translation>部门数据文件逐行与核对中家庭的成员比对：只保留与已授权成员匹配的行作为核对结果，其余各行读取后即丢弃。文件中只要有一行有误，就不保存任何数据。</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>部门(&amp;D)：</translation>
    </message>
    <message>
        <source>Column &amp;mapping:</source>
        <translation>列映射(&amp;M)：</translation>
    </message>
    <message>
        <source>Department &amp;file:</source>
        <translation>部门数据文件(&amp;F)：</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>预览(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Open findings &amp;only</source>
        <translation>仅未处理的核对结果(&amp;O)</translation>
    </message>
    <message>
        <source>Re&amp;solve…</source>
        <translation>处理(&amp;S)…</translation>
    </message>
    <message>
        <source>The spreadsheet of current recipients, one row per member: households arrive enrolled with their amount and marked migrated with their original approval — no procedure is invented. Check it first; only the confirming authority (the county, or a delegated township) may import it.</source>
        <translation>现有保障对象名册，每名成员一行：家庭以在保状态及现保障金额导入，并标记为存量迁入，附原批准文号和日期——不虚构任何办理程序。请先检查；只有审核确认机关（县级，或受委托的乡镇）可以导入。</translation>
    </message>
    <message>
        <source>&amp;Roster file:</source>
        <translation>名册文件(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Check (dry run)</source>
        <translation>检查（试运行）(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Import checked roster…</source>
        <translation>导入已检查的名册(&amp;I)…</translation>
    </message>
</context>
<context>
    <name>dibao::VerificationReportPdf</name>
    <message>
        <source>Household economic verification report</source>
        <translation>家庭经济状况核对报告</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Village and address</source>
        <translation>村（社区）和地址</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Requested on</source>
        <translation>申请日期</translation>
    </message>
    <message>
        <source>Verification started on</source>
        <translation>核对开始日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>待开始</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>数据来源</translation>
    </message>
    <message>
        <source>No department data has been checked yet.</source>
        <translation>尚未比对任何部门数据。</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Checked on</source>
        <translation>比对日期</translation>
    </message>
    <message>
        <source>Rows read</source>
        <translation>读取行数</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Only rows matching a member who signed the verification consent were kept; every other row was discarded as it was read.</source>
        <translation>只保留与已签署核对授权的成员相匹配的行；其他各行在读取时即已丢弃。</translation>
    </message>
    <message>
        <source>Findings and resolutions</source>
        <translation>核对结果及处理</translation>
    </message>
    <message>
        <source>No department record matched a member of this household.</source>
        <translation>没有部门记录与此家庭的成员匹配。</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Department record</source>
        <translation>部门记录</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>匹配情况</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>处理方式</translation>
    </message>
    <message>
        <source>ID number and name agree</source>
        <translation>身份证号和姓名一致</translation>
    </message>
    <message>
        <source>Same ID number, name recorded as %1</source>
        <translation>身份证号相同，姓名登记为 %1</translation>
    </message>
    <message>
        <source>%1 (%2, %3): %4</source>
        <translation>%1（%2，%3）：%4</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>, line %1</source>
        <translation>，第 %1 行</translation>
    </message>
    <message>
        <source>Verification officer (signature): ____________</source>
        <translation>核对人员（签名）：____________</translation>
    </message>
    <message>
        <source>Printed %1 by %2</source>
        <translation>%2 于 %1 打印</translation>
    </message>
</context>
<context>
    <name>dibao::VerificationStore</name>
    <message>
        <source>Case %1 has no verification request.</source>
        <translation>案件 %1 没有核对申请。</translation>
    </message>
    <message>
        <source>Case %1 is closed (%2): its verification is not started.</source>
        <translation>案件 %1 已结案（%2）：不启动核对。</translation>
    </message>
    <message>
        <source>Case %1 still has %2 open findings: resolve them first.</source>
        <translation>案件 %1 还有 %2 条待处理的核对结果：请先处理。</translation>
    </message>
    <message>
        <source>Case %1: the verification consent signed by every member is no longer recorded as provided.</source>
        <translation>案件 %1：全体家庭成员签字的核对授权书已不再登记为已提供。</translation>
    </message>
    <message>
        <source>Finding %1 is already resolved (%2).</source>
        <translation>核对结果 %1 已处理（%2）。</translation>
    </message>
    <message>
        <source>No finding %1.</source>
        <translation>没有核对结果 %1。</translation>
    </message>
    <message>
        <source>Only an enrolled household has periodic reviews: resolve a finding on an application as explained, income added or asset added.</source>
        <translation>只有在保家庭才进行定期核查：申请案件的核对结果请处理为已说明、已补入收入或已补入财产。</translation>
    </message>
    <message>
        <source>Resolve a finding as one of: %1.</source>
        <translation>核对结果的处理方式须为以下之一：%1。</translation>
    </message>
    <message>
        <source>The verification of case %1 is not in progress.</source>
        <translation>案件 %1 的核对不在进行中。</translation>
    </message>
    <message>
        <source>Write down how the finding was resolved.</source>
        <translation>请写明核对结果是如何处理的。</translation>
    </message>
</context>
<context>
    <name>dibao::VisitDialog</name>
    <message>
        <source>Investigators (at least two, each named)</source>
        <translation>调查人员（至少两名，须写明姓名）</translation>
    </message>
    <message>
        <source>Add an &amp;investigator</source>
        <translation>添加调查人员(&amp;I)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>By phone or video (only in a declared major emergency)</source>
        <translation>电话或视频调查（仅限已宣布的重大突发事件期间）</translation>
    </message>
    <message>
        <source>The declared emergency, e.g. its notice number</source>
        <translation>所宣布的突发事件，例如通知文号</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类别(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Members seen:</source>
        <translation>见到的家庭成员(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Food:</source>
        <translation>吃(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Clothing:</source>
        <translation>穿(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Housing:</source>
        <translation>住(&amp;H)：</translation>
    </message>
    <message>
        <source>Daily &amp;necessities:</source>
        <translation>用(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Evidence seen:</source>
        <translation>查看的证据(&amp;E)：</translation>
    </message>
    <message>
        <source>F&amp;indings:</source>
        <translation>调查结论(&amp;I)：</translation>
    </message>
    <message>
        <source>Record the visit</source>
        <translation>保存调查记录</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>Tick the members you saw: a household visit sees the family (入户必见人).</source>
        <translation>请勾选见到的家庭成员：入户必见人。</translation>
    </message>
    <message>
        <source>Emer&amp;gency:</source>
        <translation>突发事件(&amp;G)：</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Sent by (each named)</source>
        <translation>发函人（逐一写明姓名）</translation>
    </message>
    <message>
        <source>&amp;Date sent:</source>
        <translation>发函日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Sent to and asked:</source>
        <translation>致函单位及核实事项(&amp;S)：</translation>
    </message>
    <message>
        <source>The unit written to (e.g. the county housing authority) and what it is asked to confirm</source>
        <translation>致函单位（如县住房管理部门）及请其核实的事项</translation>
    </message>
    <message>
        <source>&amp;Reply:</source>
        <translation>回复(&amp;R)：</translation>
    </message>
    <message>
        <source>The unit&apos;s reply, its date and reference, when it arrives</source>
        <translation>收到回函后，填写其答复内容、日期和文号</translation>
    </message>
    <message>
        <source>Investigators (each named)</source>
        <translation>调查人员（逐一写明姓名）</translation>
    </message>
    <message>
        <source>&amp;Neighbours asked:</source>
        <translation>走访的邻居(&amp;N)：</translation>
    </message>
    <message>
        <source>Names and addresses of the neighbours spoken to</source>
        <translation>所走访邻居的姓名和住址</translation>
    </message>
    <message>
        <source>What they &amp;said:</source>
        <translation>邻居反映情况(&amp;S)：</translation>
    </message>
    <message>
        <source>What the neighbours say about the family&apos;s living conditions</source>
        <translation>邻居对该家庭生活状况的反映</translation>
    </message>
    <message>
        <source>The visit is recorded, but not every file could be attached:
%1</source>
        <translation>入户调查已记录，但有文件未能附上：
%1</translation>
    </message>
</context>
<context>
    <name>dibao::VisitsPage</name>
    <message>
        <source>Periodic review</source>
        <translation>动态管理核查</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>申请</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>More than %1 cases await a visit</source>
        <translation>超过 %1 件案件待入户调查</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) await a visit</source>
        <translation>
            <numerusform>%n 件案件待入户调查</numerusform>
        </translation>
    </message>
    <message>
        <source>the confirming authority&apos;s own visit</source>
        <translation>审核确认机关自行入户调查</translation>
    </message>
    <message>
        <source>remote (declared emergency)</source>
        <translation>远程（已宣布的重大突发事件）</translation>
    </message>
    <message>
        <source>Household visits</source>
        <translation>入户调查</translation>
    </message>
    <message>
        <source>&amp;Township:</source>
        <translation>乡镇（街道）(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Waiting for a visit (nearest deadline first)</source>
        <translation>待入户调查（期限最近的在前）(&amp;W)</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村（社区）</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>时限</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>最近一次调查</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>申请日期</translation>
    </message>
    <message>
        <source>Visits recorded &amp;last</source>
        <translation>最近记录的入户调查(&amp;L)</translation>
    </message>
    <message>
        <source>Visit date</source>
        <translation>调查日期</translation>
    </message>
    <message>
        <source>Investigators</source>
        <translation>调查人员</translation>
    </message>
    <message>
        <source>Case state</source>
        <translation>案件状态</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>&amp;Open case</source>
        <translation>打开案件(&amp;O)</translation>
    </message>
    <message>
        <source>Record a &amp;visit…</source>
        <translation>记录入户调查(&amp;V)…</translation>
    </message>
    <message>
        <source>Opens the case and its visit form</source>
        <translation>打开案件及其入户调查表</translation>
    </message>
</context>
<context>
    <name>dibao::Workflow</name>
    <message>
        <source>A case cannot be accepted before it was submitted (%1).</source>
        <translation>受理日期不能早于申请日期（%1）。</translation>
    </message>
    <message>
        <source>A case in state &quot;%1&quot; cannot take the step &quot;%2&quot;.</source>
        <translation>处于“%1”状态的案件不能办理“%2”。</translation>
    </message>
    <message>
        <source>A gradual exit lasts 1 to %1 months.</source>
        <translation>渐退期为 1 至 %1 个月。</translation>
    </message>
    <message>
        <source>A near-relative case cannot be confirmed until the confirming authority&apos;s own home visit is recorded.</source>
        <translation>近亲属备案案件须先记录审核确认机关的入户核查，才能确认。</translation>
    </message>
    <message>
        <source>A review ends in one of: %1.</source>
        <translation>核查结果应为以下之一：%1。</translation>
    </message>
    <message>
        <source>After an objection the township chooses a new investigation (reinvestigate) or an appraisal meeting (appraisal).</source>
        <translation>出现异议后，乡镇选择重新调查或民主评议。</translation>
    </message>
    <message>
        <source>An appraisal concludes whether the investigation is true and complete (true_complete) or not (incomplete).</source>
        <translation>民主评议的结论是调查是否真实、完整。</translation>
    </message>
    <message>
        <source>Confirmation is delegated to the township: the township administrator confirms.</source>
        <translation>审核确认已委托乡镇：由乡镇管理员确认。</translation>
    </message>
    <message>
        <source>Confirming needs the monthly amount.</source>
        <translation>确认时须填写月保障金额。</translation>
    </message>
    <message>
        <source>Delivery cannot precede the decision.</source>
        <translation>送达日期不能早于决定日期。</translation>
    </message>
    <message>
        <source>Economic verification needs the verification consent signed by every member (guardians for minors): record it in the documents first.</source>
        <translation>经济状况核对需要全体家庭成员签字的核对授权书（未成年人由监护人签字）：请先在材料中登记。</translation>
    </message>
    <message>
        <source>List every missing item in the one notice.</source>
        <translation>请在一次性告知中列出所缺的全部材料。</translation>
    </message>
    <message>
        <source>Lowering, stopping or a gradual exit needs written reasons for the family.</source>
        <translation>减发、停发或渐退须向家庭说明书面理由。</translation>
    </message>
    <message>
        <source>Name the ground for 45 working days: %1.</source>
        <translation>请写明延长至 45 个工作日的理由：%1。</translation>
    </message>
    <message>
        <source>No household visit is recorded: at least two named investigators must visit the household before the investigation ends.</source>
        <translation>缺少入户调查记录：结束调查前须至少两名调查人员入户调查。</translation>
    </message>
    <message>
        <source>Raising or lowering needs the new amount.</source>
        <translation>增发或减发须填写新的金额。</translation>
    </message>
    <message>
        <source>The county confirms: only a county reviewer may confirm, refuse or decide.</source>
        <translation>由县级审核确认：只有县级审核人员可以确认、不予确认或作出决定。</translation>
    </message>
    <message>
        <source>The date %1 is before the acceptance on %2.</source>
        <translation>日期 %1 早于受理日期 %2。</translation>
    </message>
    <message>
        <source>The date %1 is in the future.</source>
        <translation>日期 %1 晚于今天。</translation>
    </message>
    <message>
        <source>The notice of missing items was already issued on %1: it lists everything at once, and only once.</source>
        <translation>一次性告知已于 %1 发出：须一次列明全部所缺材料，且只发一次。</translation>
    </message>
    <message>
        <source>The notice runs for its full days until %1; it cannot close earlier.</source>
        <translation>公示须满期至 %1，不能提前结束。</translation>
    </message>
    <message>
        <source>The refusal was already delivered on %1.</source>
        <translation>不予确认通知已于 %1 送达。</translation>
    </message>
    <message>
        <source>This step needs written reasons.</source>
        <translation>此环节须填写书面理由。</translation>
    </message>
    <message>
        <source>Tiers are A, B or C.</source>
        <translation>档次为 A、B 或 C。</translation>
    </message>
    <message>
        <source>Unknown step &quot;%1&quot;; the steps are: %2.</source>
        <translation>未知的环节“%1”；可办理的环节：%2。</translation>
    </message>
    <message>
        <source>A complaint was received on %1 while the case awaited confirmation: it cannot be confirmed until the confirming authority&apos;s own home visit on or after that day is recorded.</source>
        <translation>案件待审核确认期间于 %1 收到举报投诉：须登记审核确认机关在当日或之后亲自入户核查的记录，才能确认。</translation>
    </message>
    <message>
        <source>The county&apos;s policy requires the confirming authority&apos;s own home visit for a case with red flags before it is confirmed.</source>
        <translation>按本县政策，存在疑点的案件须经审核确认机关亲自入户核查后才能确认。</translation>
    </message>
    <message>
        <source>A raise needs a new amount above the current one: %1 is not above %2.</source>
        <translation>提高保障金额需要高于当前金额的新金额：%1 不高于 %2。</translation>
    </message>
    <message>
        <source>Lowering needs a new amount below the current one: %1 is not below %2.</source>
        <translation>降低保障金额需要低于当前金额的新金额：%1 不低于 %2。</translation>
    </message>
</context>
<context>
    <name>dibao::XlsxReader</name>
    <message>
        <source>%1 declares a DOCTYPE, which spreadsheets never do; the file is refused.</source>
        <translation>%1 声明了 DOCTYPE，而电子表格从不这样做；拒绝读取此文件。</translation>
    </message>
    <message>
        <source>%1 uses an undeclared entity.</source>
        <translation>%1 使用了未声明的实体。</translation>
    </message>
    <message>
        <source>%1 is not well-formed XML (line %2): %3</source>
        <translation>%1 不是格式正确的 XML（第 %2 行）：%3</translation>
    </message>
    <message>
        <source>The workbook has no part %1.</source>
        <translation>工作簿中没有部件 %1。</translation>
    </message>
    <message>
        <source>The workbook part %1 is larger than allowed.</source>
        <translation>工作簿部件 %1 超出允许的大小。</translation>
    </message>
    <message>
        <source>The workbook has more than %1 distinct strings.</source>
        <translation>工作簿中不同的字符串超过 %1 个。</translation>
    </message>
    <message>
        <source>Shared string %1 is longer than %2 characters.</source>
        <translation>共享字符串 %1 超过 %2 个字符。</translation>
    </message>
    <message>
        <source>%1 has too many cell formats.</source>
        <translation>%1 中的单元格格式过多。</translation>
    </message>
    <message>
        <source>The workbook has no sheets.</source>
        <translation>工作簿中没有工作表。</translation>
    </message>
    <message>
        <source>The workbook has no sheet named &quot;%1&quot;; it has: %2.</source>
        <translation>工作簿中没有名为“%1”的工作表；现有的工作表：%2。</translation>
    </message>
    <message>
        <source>Sheet &quot;%1&quot; has no worksheet part.</source>
        <translation>工作表“%1”没有对应的工作表部件。</translation>
    </message>
    <message>
        <source>This is an Excel 97-2003 (.xls) or WPS (.et) file; save it as .xlsx (or CSV) and try again.</source>
        <translation>这是 Excel 97-2003（.xls）或 WPS（.et）文件；请另存为 .xlsx（或 CSV）后重试。</translation>
    </message>
    <message>
        <source>This is not an .xlsx workbook.</source>
        <translation>这不是 .xlsx 工作簿。</translation>
    </message>
    <message>
        <source>This zip file is not an .xlsx workbook (no [Content_Types].xml).</source>
        <translation>此 zip 文件不是 .xlsx 工作簿（没有 [Content_Types].xml）。</translation>
    </message>
    <message>
        <source>This zip file is not an .xlsx workbook (no workbook part).</source>
        <translation>此 zip 文件不是 .xlsx 工作簿（没有工作簿部件）。</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>Reading %1 failed: %2</source>
        <translation>读取 %1 失败：%2</translation>
    </message>
    <message>
        <source>The sheet could not be read past row %1.</source>
        <translation>工作表在第 %1 行之后无法读取。</translation>
    </message>
    <message>
        <source>Row number &quot;%1&quot; after row %2: rows must be numbered upwards from 1.</source>
        <translation>第 %2 行之后的行号为“%1”：行号须从 1 开始递增。</translation>
    </message>
    <message>
        <source>Row %1 holds a cell with the reference &quot;%2&quot;.</source>
        <translation>第 %1 行含有引用为“%2”的单元格。</translation>
    </message>
    <message>
        <source>Row %1 has cells out of order or twice (at &quot;%2&quot;).</source>
        <translation>第 %1 行的单元格顺序错乱或重复（在“%2”处）。</translation>
    </message>
    <message>
        <source>Row %1 has more than %2 columns.</source>
        <translation>第 %1 行超过 %2 列。</translation>
    </message>
    <message>
        <source>A cell in row %1 is longer than %2 characters.</source>
        <translation>第 %1 行有单元格超过 %2 个字符。</translation>
    </message>
    <message>
        <source>Row %1 refers to a shared string that does not exist.</source>
        <translation>第 %1 行引用了不存在的共享字符串。</translation>
    </message>
    <message>
        <source>Row %1 holds a boolean that is neither 0 nor 1.</source>
        <translation>第 %1 行有布尔值既不是 0 也不是 1。</translation>
    </message>
    <message>
        <source>Row %1 holds a number that is not a number.</source>
        <translation>第 %1 行有数字单元格的内容不是数字。</translation>
    </message>
    <message>
        <source>Row %1 holds a cell of unknown type &quot;%2&quot;.</source>
        <translation>第 %1 行有未知类型“%2”的单元格。</translation>
    </message>
</context>
<context>
    <name>dibao::XlsxWriter</name>
    <message>
        <source>A cell in sheet &quot;%1&quot; holds broken text (a lone surrogate).</source>
        <translation>工作表“%1”中有单元格含有损坏的文本（孤立的代理项）。</translation>
    </message>
    <message>
        <source>A cell in sheet &quot;%1&quot; is longer than %2 characters, more than spreadsheets hold.</source>
        <translation>工作表“%1”中有单元格超过 %2 个字符，超出电子表格的容量。</translation>
    </message>
    <message>
        <source>A row of sheet &quot;%1&quot; has more than %2 columns.</source>
        <translation>工作表“%1”中有一行超过 %2 列。</translation>
    </message>
    <message>
        <source>A workbook needs at least one sheet.</source>
        <translation>工作簿至少需要一个工作表。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Sheet &quot;%1&quot; would have more than %2 rows.</source>
        <translation>工作表“%1”将超过 %2 行。</translation>
    </message>
    <message>
        <source>The workbook already has a sheet named &quot;%1&quot;.</source>
        <translation>工作簿中已有名为“%1”的工作表。</translation>
    </message>
    <message>
        <source>There is no sheet %1 in this workbook.</source>
        <translation>此工作簿中没有工作表 %1。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a sheet name: 1 to 31 characters, none of [ ] : * ? / \, not starting or ending with an apostrophe.</source>
        <translation>“%1”不能作为工作表名称：须为 1 至 31 个字符，不能含有 [ ] : * ? / \，也不能以撇号开头或结尾。</translation>
    </message>
    <message>
        <source>A number in sheet &quot;%1&quot; has more than the 15 digits a spreadsheet shows.</source>
        <translation>工作表“%1”中有数字超过电子表格能显示的 15 位有效数字。</translation>
    </message>
    <message>
        <source>A date in sheet &quot;%1&quot; is missing or before March 1900.</source>
        <translation>工作表“%1”中有日期缺失或早于 1900 年 3 月。</translation>
    </message>
</context>
<context>
    <name>dibao::cli</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is too large.</source>
        <translation>%1 太大。</translation>
    </message>
    <message>
        <source>this command needs --db FILE</source>
        <translation>此命令需要 --db FILE</translation>
    </message>
    <message>
        <source>%1 (%2 working days left)</source>
        <translation>%1（剩余 %2 个工作日）</translation>
    </message>
    <message>
        <source>%1 (overdue by %2 working days)</source>
        <translation>%1（逾期 %2 个工作日）</translation>
    </message>
    <message>
        <source>id-check needs at least one ID number</source>
        <translation>id-check 需要至少一个身份证号</translation>
    </message>
    <message>
        <source>%1: valid (%2, born %3, %4)</source>
        <translation>%1：有效（%2，%3 出生，%4）</translation>
    </message>
    <message>
        <source>male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>%1: invalid: %2</source>
        <translation>%1：无效：%2</translation>
    </message>
    <message>
        <source>init needs --db FILE --division CODE --admin NAME</source>
        <translation>init 需要 --db FILE --division CODE --admin NAME</translation>
    </message>
    <message>
        <source>Password for the new administrator: </source>
        <translation>新管理员的密码： </translation>
    </message>
    <message>
        <source>Created %1 for %2 (%3); administrator: %4</source>
        <translation>已为 %2（%3）创建 %1；管理员：%4</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>已写入 %1</translation>
    </message>
    <message>
        <source>policy-import needs exactly one FILE</source>
        <translation>policy-import 需要恰好一个 FILE</translation>
    </message>
    <message>
        <source>Policy rows: %1 added, %2 updated, %3 unchanged.</source>
        <translation>政策：新增 %1 条，更新 %2 条，未变 %3 条。</translation>
    </message>
    <message>
        <source>household-import needs exactly one FILE</source>
        <translation>household-import 需要恰好一个 FILE</translation>
    </message>
    <message>
        <source>unknown state &quot;%1&quot;; the states are: %2</source>
        <translation>未知的状态“%1”；可用的状态：%2</translation>
    </message>
    <message>
        <source>--limit takes a whole number</source>
        <translation>--limit 须为整数</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n 口人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>共 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>--until takes a date YYYY-MM-DD</source>
        <translation>--until 须为日期 YYYY-MM-DD</translation>
    </message>
    <message>
        <source>eligibility needs exactly one CASE id</source>
        <translation>eligibility 需要恰好一个案件编号（CASE）</translation>
    </message>
    <message>
        <source>--as-of takes a date YYYY-MM-DD</source>
        <translation>--as-of 须为日期 YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Case %1, applicant %2, as of %3</source>
        <translation>案件 %1，申请人 %2，测算日期 %3</translation>
    </message>
    <message>
        <source>Audit trail intact: %1 entries, %2 records match their last audited state.</source>
        <translation>审计轨迹完整：共 %1 条审计记录，%2 条业务记录与最后一次审计时的状态一致。</translation>
    </message>
    <message>
        <source>transition needs CASE and STEP; the steps are: %1</source>
        <translation>transition 需要 CASE 和 STEP；可用的环节：%1</translation>
    </message>
    <message>
        <source>--date takes a date YYYY-MM-DD</source>
        <translation>--date 须为日期 YYYY-MM-DD</translation>
    </message>
    <message>
        <source>--amount takes whole fen, 0 or more</source>
        <translation>--amount 须为以分计的整数，不小于 0</translation>
    </message>
    <message>
        <source>--months takes a whole number</source>
        <translation>--months 须为整数</translation>
    </message>
    <message>
        <source>Case %1 is now: %2</source>
        <translation>案件 %1 当前状态：%2</translation>
    </message>
    <message>
        <source>visit-add needs exactly one CASE id</source>
        <translation>visit-add 需要恰好一个案件编号（CASE）</translation>
    </message>
    <message>
        <source>user-add needs NAME and --role ROLE (%1)</source>
        <translation>user-add 需要 NAME 和 --role ROLE（%1）</translation>
    </message>
    <message>
        <source>unknown role; the roles are: %1</source>
        <translation>未知的角色；可用的角色：%1</translation>
    </message>
    <message>
        <source>Password for the new user: </source>
        <translation>新用户的密码： </translation>
    </message>
    <message>
        <source>Created user %1 (%2).</source>
        <translation>已创建用户 %1（%2）。</translation>
    </message>
    <message>
        <source>demo needs --db FILE --households N</source>
        <translation>demo 需要 --db FILE --households N</translation>
    </message>
    <message>
        <source>--households takes a number from 1 to 1000000</source>
        <translation>--households 须为 1 至 1000000 之间的数</translation>
    </message>
    <message>
        <source>--months takes a number from 1 to 240</source>
        <translation>--months 须为 1 至 240 之间的数</translation>
    </message>
    <message>
        <source>--seed takes a whole number</source>
        <translation>--seed 须为整数</translation>
    </message>
    <message>
        <source>demo: %1 of %2 households</source>
        <translation>demo：%1/%2 户</translation>
    </message>
    <message>
        <source>Demo data: %1 households, %2 persons, %3 cases.</source>
        <translation>演示数据：%1 户，%2 人，%3 件案件。</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>未知的命令“%1”</translation>
    </message>
    <message>
        <source>payroll needs --month YYYY-MM</source>
        <translation>payroll 需要 --month YYYY-MM</translation>
    </message>
    <message>
        <source>payroll needs --out DIR</source>
        <translation>payroll 需要 --out DIR</translation>
    </message>
    <message>
        <source>--encoding takes utf-8 or gb18030</source>
        <translation>--encoding 须为 utf-8 或 gb18030</translation>
    </message>
    <message>
        <source>Issued roll %1: %2 lines, %3 yuan; to the bank %4 lines, %5 yuan; held %6.</source>
        <translation>已生成 %1 发放花名册：%2 户，%3 元；报送银行 %4 户，%5 元；暂缓发放 %6 户。</translation>
    </message>
    <message>
        <source>Preview of the %1 roll: %2 lines, %3 yuan; to the bank %4 lines, %5 yuan; held %6.</source>
        <translation>%1 发放花名册预览：%2 户，%3 元；报送银行 %4 户，%5 元；暂缓发放 %6 户。</translation>
    </message>
    <message>
        <source>problem: %1</source>
        <translation>问题：%1</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>提示：%1</translation>
    </message>
    <message>
        <source>bank-return needs --month YYYY-MM and one FILE</source>
        <translation>bank-return 需要 --month YYYY-MM 和一个 FILE</translation>
    </message>
    <message>
        <source>Line %1: expected 序号,账号,户名,金额,结果[,原因].</source>
        <translation>第 %1 行：应为 序号,账号,户名,金额,结果[,原因]。</translation>
    </message>
    <message>
        <source>Line %1: 序号 must be a number, 金额 yuan with 2 decimals, 结果 成功/失败.</source>
        <translation>第 %1 行：序号须为数字，金额以元为单位、保留 2 位小数，结果为“成功”或“失败”。</translation>
    </message>
    <message>
        <source>Bank result for %1: %2 paid, %3 failed (%4 yuan carried to the next roll), %5 already known.</source>
        <translation>%1 银行回盘：成功 %2 条，失败 %3 条（%4 元结转至下期发放花名册），%5 条此前已登记。</translation>
    </message>
    <message>
        <source>adjustment-add needs HOUSEHOLD --amount FEN --reason TEXT</source>
        <translation>adjustment-add 需要 HOUSEHOLD --amount FEN --reason TEXT</translation>
    </message>
    <message>
        <source>--amount takes whole fen (negative to pay less)</source>
        <translation>--amount 须为以分计的整数（负数表示少发）</translation>
    </message>
    <message>
        <source>--month takes YYYY-MM</source>
        <translation>--month 须为 YYYY-MM</translation>
    </message>
    <message>
        <source>own visit required</source>
        <translation>须亲自入户核查</translation>
    </message>
    <message>
        <source> (objection)</source>
        <translation>（有异议）</translation>
    </message>
    <message>
        <source>complaint-add needs CASE --reason TEXT</source>
        <translation>complaint-add 需要 CASE --reason TEXT</translation>
    </message>
    <message>
        <source>notice-post needs --place TEXT and at least one CASE (CASE=FEN to give the amount)</source>
        <translation>notice-post 需要 --place TEXT 和至少一个 CASE（用 CASE=FEN 给出金额）</translation>
    </message>
    <message>
        <source>CASE=FEN takes whole fen</source>
        <translation>CASE=FEN 中的金额须为以分计的整数</translation>
    </message>
    <message>
        <source>Notice %1 posted at %2 from %3 until %4: %5 cases.</source>
        <translation>公示 %1：地点 %2，%3 至 %4，共 %5 件案件。</translation>
    </message>
    <message>
        <source>standing-list needs --out FILE (.csv or .xlsx)</source>
        <translation>standing-list 需要 --out FILE（.csv 或 .xlsx）</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 households)</source>
        <translation>已写入 %1（%2 户）</translation>
    </message>
    <message>
        <source>objection-add needs CASE --reason TEXT</source>
        <translation>objection-add 需要 CASE --reason TEXT</translation>
    </message>
    <message>
        <source>meeting-record needs one FILE (JSON, docs/cli.md)</source>
        <translation>meeting-record 需要一个 FILE（JSON，见 docs/cli.md）</translation>
    </message>
    <message>
        <source>The meeting file is not JSON: %1</source>
        <translation>评议会文件不是 JSON：%1</translation>
    </message>
    <message>
        <source>transfer needs HOUSEHOLD --division CODE</source>
        <translation>transfer 需要 HOUSEHOLD --division CODE</translation>
    </message>
    <message>
        <source>This command needs --db FILE.</source>
        <translation>此命令需要 --db FILE。</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>%1 的密码： </translation>
    </message>
    <message>
        <source>Only the county administrator or a county reviewer imports bundles at the hub.</source>
        <translation>只有县级管理员或县级审核人员才能在县级平台导入同步包。</translation>
    </message>
    <message>
        <source>hub-card needs --out FILE</source>
        <translation>hub-card 需要 --out FILE</translation>
    </message>
    <message>
        <source>Only the county database is a hub.</source>
        <translation>只有县级数据库才是县级平台。</translation>
    </message>
    <message>
        <source>Only the county administrator issues the hub card.</source>
        <translation>只有县级管理员才能制发平台连接卡。</translation>
    </message>
    <message>
        <source>Hub %1 (county %2), fingerprint %3</source>
        <translation>县级平台 %1（县 %2），指纹 %3</translation>
    </message>
    <message>
        <source>join needs --hub-card FILE</source>
        <translation>join 需要 --hub-card FILE</translation>
    </message>
    <message>
        <source>The county database is the hub; only township databases join it.</source>
        <translation>县级数据库就是县级平台；只有乡镇数据库才需要加入。</translation>
    </message>
    <message>
        <source>Joined hub %1 (county %2). Compare its fingerprint with the county: %3</source>
        <translation>已加入县级平台 %1（县 %2）。请与县里核对其指纹：%3</translation>
    </message>
    <message>
        <source>The county database is the hub: its public keys are on the hub card.</source>
        <translation>县级数据库就是县级平台：其公钥在平台连接卡上。</translation>
    </message>
    <message>
        <source>Device:      %1</source>
        <translation>设备：      %1</translation>
    </message>
    <message>
        <source>Township:    %1</source>
        <translation>乡镇：      %1</translation>
    </message>
    <message>
        <source>Signing key: %1 (Ed25519)</source>
        <translation>签名密钥：  %1（Ed25519）</translation>
    </message>
    <message>
        <source>Box key:     %1 (X25519)</source>
        <translation>加密公钥：  %1（X25519）</translation>
    </message>
    <message>
        <source>Fingerprint: %1</source>
        <translation>指纹：      %1</translation>
    </message>
    <message>
        <source>enroll needs --device-key FILE</source>
        <translation>enroll 需要 --device-key FILE</translation>
    </message>
    <message>
        <source>Devices are enrolled at the hub.</source>
        <translation>设备须在县级平台注册。</translation>
    </message>
    <message>
        <source>Enrolled device %1 of township %2, fingerprint %3</source>
        <translation>已注册乡镇 %2 的设备 %1，指纹 %3</translation>
    </message>
    <message>
        <source>The fingerprint was not compared (--expect-fingerprint): check it with the township.</source>
        <translation>未核对指纹（--expect-fingerprint）：请与乡镇核对。</translation>
    </message>
    <message>
        <source>Devices are listed at the hub.</source>
        <translation>设备列表须在县级平台查看。</translation>
    </message>
    <message>
        <source>in %1, out %2 (acked %3)</source>
        <translation>收 %1，发 %2（已确认 %3）</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s)</source>
        <translation>
            <numerusform>共 %n 台设备</numerusform>
        </translation>
    </message>
    <message>
        <source>revoke needs DEVICE and --after-seq N (0 or more)</source>
        <translation>revoke 需要 DEVICE 和 --after-seq N（不小于 0）</translation>
    </message>
    <message>
        <source>Device %1 is revoked: its bundles after %2 are rejected.</source>
        <translation>设备 %1 已吊销：其 %2 之后的同步包将被拒收。</translation>
    </message>
    <message>
        <source>unfreeze needs DEVICE</source>
        <translation>unfreeze 需要 DEVICE</translation>
    </message>
    <message>
        <source>The stream of device %1 runs again.</source>
        <translation>设备 %1 的同步流已恢复。</translation>
    </message>
    <message>
        <source>key-rotate is for devices.</source>
        <translation>key-rotate 仅用于设备。</translation>
    </message>
    <message>
        <source>New keys made (signing key %1). They take over after the next bundle, which announces them to the hub signed by the old key.</source>
        <translation>已生成新密钥（签名密钥 %1）。下一个同步包将用旧密钥签名并向县级平台通告新密钥，此后启用新密钥。</translation>
    </message>
    <message>
        <source>key-grant needs USER</source>
        <translation>key-grant 需要 USER</translation>
    </message>
    <message>
        <source>key-grant is for devices.</source>
        <translation>key-grant 仅用于设备。</translation>
    </message>
    <message>
        <source>Password of %1: </source>
        <translation>%1 的密码： </translation>
    </message>
    <message>
        <source>%1 can now sync on this device.</source>
        <translation>%1 现在可以在本机同步了。</translation>
    </message>
    <message>
        <source>bundle-export needs --out DIR</source>
        <translation>bundle-export 需要 --out DIR</translation>
    </message>
    <message>
        <source>at the hub, bundle-export needs --device ID</source>
        <translation>在县级平台上，bundle-export 需要 --device ID</translation>
    </message>
    <message>
        <source>--device is for the hub; a device exports its own bundles</source>
        <translation>--device 仅用于县级平台；设备导出的是自己的同步包</translation>
    </message>
    <message>
        <source>bundle-import needs at least one FILE</source>
        <translation>bundle-import 需要至少一个 FILE</translation>
    </message>
    <message numerus="yes">
        <source> (bundle %1 from %2, %n change(s)</source>
        <translation>
            <numerusform> (来自 %2 的同步包 %1，%n 项变更</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n refused</source>
        <translation>
            <numerusform>，拒收 %n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n conflict(s) kept for a person</source>
        <translation>
            <numerusform>，%n 项冲突留待人工处理</numerusform>
        </translation>
    </message>
    <message>
        <source>  refused change %1 of %2: %3</source>
        <translation>  拒收来自 %2 的变更 %1：%3</translation>
    </message>
    <message>
        <source>bundle-inspect needs exactly one FILE</source>
        <translation>bundle-inspect 需要恰好一个 FILE</translation>
    </message>
    <message>
        <source>File:      %1 (%2 bytes)</source>
        <translation>文件：    %1（%2 字节）</translation>
    </message>
    <message>
        <source>Verdict:   %1</source>
        <translation>结论：    %1</translation>
    </message>
    <message>
        <source>Reason:    %1 — %2</source>
        <translation>原因：    %1 — %2</translation>
    </message>
    <message>
        <source>Signature: %1 (key %2)</source>
        <translation>签名：    %1（密钥 %2）</translation>
    </message>
    <message>
        <source>Bundle:    %1, %2 → %3, bundle %4, prev %5</source>
        <translation>同步包：  %1，%2 → %3，序号 %4，上一个 %5</translation>
    </message>
    <message>
        <source>Changes:   %1 (%2–%3), HLC %4, ack_down %5</source>
        <translation>变更：    %1（%2–%3），HLC %4，ack_down %5</translation>
    </message>
    <message>
        <source>Sealed to: %1</source>
        <translation>接收方：  %1</translation>
    </message>
    <message>
        <source>sync is for devices; the hub serves them (dibao-hub).</source>
        <translation>sync 仅用于设备；县级平台为设备提供服务（dibao-hub）。</translation>
    </message>
    <message>
        <source>Sent %1 bundle(s), %2 acknowledged; received %3 bundle(s).</source>
        <translation>已发送 %1 个同步包，%2 个已确认；已接收 %3 个同步包。</translation>
    </message>
    <message>
        <source>Bundle %1 from the hub: %2 %3</source>
        <translation>来自县级平台的同步包 %1：%2 %3</translation>
    </message>
    <message>
        <source>backup needs --out DIR</source>
        <translation>backup 需要 --out DIR</translation>
    </message>
    <message>
        <source>restore needs --db NEW_FILE and the backup FILE</source>
        <translation>restore 需要 --db NEW_FILE 和备份文件 FILE</translation>
    </message>
    <message>
        <source>Password of a user of the backed-up device: </source>
        <translation>被备份设备上某一用户的密码： </translation>
    </message>
    <message>
        <source>Restored the hub as epoch %1 (stream %2). Devices resynchronise from its snapshots at their next sync.</source>
        <translation>已将县级平台恢复为第 %1 纪元（同步流 %2）。各设备下次同步时将从其快照重新同步。</translation>
    </message>
    <message>
        <source>Restored as a new device %1 (was %2), with new keys. Enrol it at the county: key-show --out FILE, then enroll there; its first bundle from the hub brings back what others wrote since.</source>
        <translation>已恢复为新设备 %1（原为 %2），并使用新密钥。请到县里注册：先运行 key-show --out FILE，再在县级平台运行 enroll；它从县级平台收到的第一个同步包会带回此后其他人写入的内容。</translation>
    </message>
    <message>
        <source>Casework (docs/casework.md, docs/payroll.md):
  --db FILE payroll --month YYYY-MM --out DIR [--issue] [--encoding gb18030|utf-8] [--date D]
  --db FILE bank-return --month YYYY-MM FILE [--date D]
  --db FILE adjustment-add HOUSEHOLD --amount FEN --reason TEXT [--month YYYY-MM]
  --db FILE confirmation-queue [--division CODE] [--limit N]
  --db FILE complaint-add CASE --reason TEXT [--channel C] [--date D]
  --db FILE notice-post --place TEXT [--division CODE] [--village V] [--date D] [--out FILE]
            CASE[=FEN]...
  --db FILE standing-list --out FILE [--division CODE] [--village V]
  --db FILE objection-add CASE --reason TEXT [--channel C] [--objector NAME] [--date D]
  --db FILE meeting-record FILE
  --db FILE reviews-due [--until D] [--category stable|other] [--division CODE] [--limit N]
  --db FILE transfer HOUSEHOLD --division CODE [--village V] [--month YYYY-MM]
            [--kind move|relocation] [--date D]

</source>
        <translation>案件办理（见 docs/casework.md、docs/payroll.md）：
  --db FILE payroll --month YYYY-MM --out DIR [--issue] [--encoding gb18030|utf-8] [--date D]
  --db FILE bank-return --month YYYY-MM FILE [--date D]
  --db FILE adjustment-add HOUSEHOLD --amount FEN --reason TEXT [--month YYYY-MM]
  --db FILE confirmation-queue [--division CODE] [--limit N]
  --db FILE complaint-add CASE --reason TEXT [--channel C] [--date D]
  --db FILE notice-post --place TEXT [--division CODE] [--village V] [--date D] [--out FILE]
            CASE[=FEN]...
  --db FILE standing-list --out FILE [--division CODE] [--village V]
  --db FILE objection-add CASE --reason TEXT [--channel C] [--objector NAME] [--date D]
  --db FILE meeting-record FILE
  --db FILE reviews-due [--until D] [--category stable|other] [--division CODE] [--limit N]
  --db FILE transfer HOUSEHOLD --division CODE [--village V] [--month YYYY-MM]
            [--kind move|relocation] [--date D]

</translation>
    </message>
    <message>
        <source>Sync, keys and backups (docs/sync.md):
  --db HUB hub-card --out FILE [--address URL] [--tls-cert FILE]
  --db DEV join --hub-card FILE [--expect-fingerprint FP]
  --db DEV key-show [--out FILE]
  --db HUB enroll --device-key FILE [--expect-fingerprint FP]
  --db HUB devices
  --db HUB revoke DEVICE --after-seq N
  --db HUB unfreeze DEVICE
  --db DEV key-rotate
  --db DEV key-grant USER
  --db DEV bundle-export --out DIR
  --db HUB bundle-export --device ID --out DIR
  --db ANY bundle-import FILE|DIR...
  [--db ANY] bundle-inspect FILE
  --db DEV sync [--hub URL]
  --db FILE backup --out DIR
  --db NEW_FILE restore BACKUP [--user NAME] [--hub-keys FILE]

</source>
        <translation>同步、密钥和备份（见 docs/sync.md）：
  --db HUB hub-card --out FILE [--address URL] [--tls-cert FILE]
  --db DEV join --hub-card FILE [--expect-fingerprint FP]
  --db DEV key-show [--out FILE]
  --db HUB enroll --device-key FILE [--expect-fingerprint FP]
  --db HUB devices
  --db HUB revoke DEVICE --after-seq N
  --db HUB unfreeze DEVICE
  --db DEV key-rotate
  --db DEV key-grant USER
  --db DEV bundle-export --out DIR
  --db HUB bundle-export --device ID --out DIR
  --db ANY bundle-import FILE|DIR...
  [--db ANY] bundle-inspect FILE
  --db DEV sync [--hub URL]
  --db FILE backup --out DIR
  --db NEW_FILE restore BACKUP [--user NAME] [--hub-keys FILE]

</translation>
    </message>
    <message>
        <source>Most commands also take --json (stable English tokens, schemas in docs/).
Every command with --db signs in as --user NAME (default: the administrator made by init) with
the password in DIBAO_PASSWORD, or asks for it. Exit codes: 0 ok, 1 invalid or rejected, 2 usage,
3 permission denied, 4 held.
</source>
        <translation>多数命令还可加 --json（输出稳定的英文标识，格式见 docs/）。
带 --db 的命令都以 --user NAME 登录（默认为 init 创建的管理员），密码取自 DIBAO_PASSWORD，
未设置时提示输入。退出码：0 成功，1 无效或被拒绝，2 用法错误，3 无权限，4 暂缓。
</translation>
    </message>
    <message>
        <source>line %1: %2 (%3)</source>
        <translation>第 %1 行：%2（%3）</translation>
    </message>
    <message>
        <source>line %1, column %2: %3 (%4)</source>
        <translation>第 %1 行第 %2 列：%3（%4）</translation>
    </message>
    <message>
        <source>(more problems not listed)</source>
        <translation>（另有问题未列出）</translation>
    </message>
    <message>
        <source>verify-import needs --department NAME --mapping FILE and one DATA file</source>
        <translation>verify-import 需要 --department NAME --mapping FILE 和一个 DATA 文件</translation>
    </message>
    <message>
        <source>--date must be YYYY-MM-DD</source>
        <translation>--date 须为 YYYY-MM-DD</translation>
    </message>
    <message>
        <source>error: the batch has %1 rows with problems; nothing was kept.</source>
        <translation>错误：该批数据有 %1 行存在问题；未保留任何数据。</translation>
    </message>
    <message>
        <source>%1: %2 rows read (%3); %4 findings kept (%5 matching, %6 with another name), every other row discarded; batch %7.</source>
        <translation>%1：读取 %2 行（%3）；保留核对结果 %4 条（匹配 %5 条，姓名不同 %6 条），其余各行均已丢弃；批次 %7。</translation>
    </message>
    <message>
        <source>verify-run takes no arguments</source>
        <translation>verify-run 不带参数</translation>
    </message>
    <message>
        <source>Started %1 verifications; %2 refused.</source>
        <translation>已启动 %1 项核对；%2 项被拒绝。</translation>
    </message>
    <message>
        <source>  refused %1: %2</source>
        <translation>  拒绝 %1：%2</translation>
    </message>
    <message>
        <source>%1  %2  %3  requested %4  findings %5 (%6 open)</source>
        <translation>%1  %2  %3  申请于 %4  核对结果 %5 条（待处理 %6 条）</translation>
    </message>
    <message>
        <source>open finding %1: case %2, %3, %4 line %5, %6</source>
        <translation>待处理的核对结果 %1：案件 %2，%3，%4 第 %5 行，%6</translation>
    </message>
    <message>
        <source>verify-resolve needs FINDING and --resolution explained|income_added|asset_added|review_opened</source>
        <translation>verify-resolve 需要 FINDING 和 --resolution explained|income_added|asset_added|review_opened</translation>
    </message>
    <message>
        <source>--amount is in fen, a whole number</source>
        <translation>--amount 以分为单位，须为整数</translation>
    </message>
    <message>
        <source>Finding %1 resolved: %2.</source>
        <translation>核对结果 %1 已处理：%2。</translation>
    </message>
    <message>
        <source>roster-import needs --mapping FILE and one DATA file</source>
        <translation>roster-import 需要 --mapping FILE 和一个 DATA 文件</translation>
    </message>
    <message>
        <source>%1 (line %2): %3, %4 members, %5 yuan/month, township %6, approved %7 %8, migrated</source>
        <translation>%1（第 %2 行）：%3，%4 人，每月 %5 元，乡镇 %6，批准文件 %7（%8），存量迁移</translation>
    </message>
    <message>
        <source>error: %1 rows with problems; nothing was imported.</source>
        <translation>错误：%1 行存在问题；未导入任何数据。</translation>
    </message>
    <message>
        <source>Dry run: %1 households with %2 members would be imported; nothing was written.</source>
        <translation>试运行：将导入 %1 户、%2 人；未写入任何数据。</translation>
    </message>
    <message>
        <source>Imported %1 households with %2 members, marked migrated.</source>
        <translation>已导入 %1 户、%2 人，标记为存量迁移数据。</translation>
    </message>
    <message>
        <source>Letters, visits, complaints and the near-relative register (docs/complaints.md):
  --db FILE petition-add --kind KIND --channel CHANNEL --summary TEXT (--anonymous | --reporter NAME
            [--phone P] [--address A] [--reporter-id N]) [--household ID | --case ID |
            --staff NAME --about CODE | --office CODE] [--date D]
  --db FILE petitions [--overdue] [--open] [--mine]
  --db FILE petition-show PETITION
  --db FILE petition-reporter PETITION
  --db FILE petition-ack PETITION [--date D] [--note TEXT]
  --db FILE petition-handover PETITION --to USER --reason TEXT [--date D]
  --db FILE petition-extend PETITION --reason TEXT [--date D]
  --db FILE petition-conclude PETITION --outcome OUTCOME --findings TEXT [--verified] [--date D]
  --db FILE petition-feedback PETITION --note TEXT [--date D]
  --db FILE petition-reward PETITION --amount FEN [--note TEXT] [--date D]
  --db FILE petition-check PETITION
  --db FILE petition-forward PETITION --stage reexamination|review --body NAME [--to CODE]
            [--requested D] [--date D]
  --db FILE petition-outcome PETITION --stage STAGE --outcome upheld|changed|revoked [--by CODE]
            [--note TEXT] [--date D]
  --db FILE relative-add --staff NAME --staff-id N --staff-role ROLE --relative NAME --relative-id N
            --relation RELATION [--unit TEXT] [--note TEXT]
  --db FILE relatives
  --db FILE relatives-flagged [--division CODE]

</source>
        <translation>信访、举报投诉和近亲属备案（见 docs/complaints.md）：
  --db FILE petition-add --kind KIND --channel CHANNEL --summary TEXT (--anonymous | --reporter NAME
            [--phone P] [--address A] [--reporter-id N]) [--household ID | --case ID |
            --staff NAME --about CODE | --office CODE] [--date D]
  --db FILE petitions [--overdue] [--open] [--mine]
  --db FILE petition-show PETITION
  --db FILE petition-reporter PETITION
  --db FILE petition-ack PETITION [--date D] [--note TEXT]
  --db FILE petition-handover PETITION --to USER --reason TEXT [--date D]
  --db FILE petition-extend PETITION --reason TEXT [--date D]
  --db FILE petition-conclude PETITION --outcome OUTCOME --findings TEXT [--verified] [--date D]
  --db FILE petition-feedback PETITION --note TEXT [--date D]
  --db FILE petition-reward PETITION --amount FEN [--note TEXT] [--date D]
  --db FILE petition-check PETITION
  --db FILE petition-forward PETITION --stage reexamination|review --body NAME [--to CODE]
            [--requested D] [--date D]
  --db FILE petition-outcome PETITION --stage STAGE --outcome upheld|changed|revoked [--by CODE]
            [--note TEXT] [--date D]
  --db FILE relative-add --staff NAME --staff-id N --staff-role ROLE --relative NAME --relative-id N
            --relation RELATION [--unit TEXT] [--note TEXT]
  --db FILE relatives
  --db FILE relatives-flagged [--division CODE]

</translation>
    </message>
    <message>
        <source>petition-add needs --kind KIND --channel CHANNEL --summary TEXT, --anonymous or --reporter NAME, and at most one subject (--household ID, --case ID, --staff NAME --about CODE, --office CODE)</source>
        <translation>petition-add 需要 --kind KIND --channel CHANNEL --summary TEXT、--anonymous 或 --reporter NAME，以及至多一个对象（--household ID、--case ID、--staff NAME --about CODE、--office CODE）</translation>
    </message>
    <message>
        <source>--anonymous takes no reporter details</source>
        <translation>--anonymous 不能带反映人信息</translation>
    </message>
    <message>
        <source>--staff NAME needs --about CODE (the township or office the staff member works in)</source>
        <translation>--staff NAME 需要 --about CODE（该工作人员所在的乡镇或机关）</translation>
    </message>
    <message>
        <source>--about goes with --staff NAME</source>
        <translation>--about 须与 --staff NAME 一起使用</translation>
    </message>
    <message>
        <source>acknowledge by %1, conclude by %2</source>
        <translation>%1 前告知受理，%2 前办结</translation>
    </message>
    <message>
        <source>about a refusal: point the household to administrative review or litigation</source>
        <translation>针对不予确认：引导该家庭申请行政复议或提起行政诉讼</translation>
    </message>
    <message>
        <source>check opened: %1</source>
        <translation>已开启核查：%1</translation>
    </message>
    <message>
        <source>petition-ack needs PETITION [--date D] [--note TEXT]</source>
        <translation>petition-ack 需要 PETITION [--date D] [--note TEXT]</translation>
    </message>
    <message>
        <source>petition-handover needs PETITION --to USER --reason TEXT</source>
        <translation>petition-handover 需要 PETITION --to USER --reason TEXT</translation>
    </message>
    <message>
        <source>petition-extend needs PETITION --reason TEXT</source>
        <translation>petition-extend 需要 PETITION --reason TEXT</translation>
    </message>
    <message>
        <source>petition-conclude needs PETITION --outcome OUTCOME --findings TEXT [--verified]</source>
        <translation>petition-conclude 需要 PETITION --outcome OUTCOME --findings TEXT [--verified]</translation>
    </message>
    <message>
        <source>petition-forward needs PETITION --stage reexamination|review --body NAME [--to CODE]</source>
        <translation>petition-forward 需要 PETITION --stage reexamination|review --body NAME [--to CODE]</translation>
    </message>
    <message>
        <source>--date and --requested take a date YYYY-MM-DD</source>
        <translation>--date 和 --requested 须为日期 YYYY-MM-DD</translation>
    </message>
    <message>
        <source>petition-outcome needs PETITION --stage reexamination|review --outcome upheld|changed|revoked</source>
        <translation>petition-outcome 需要 PETITION --stage reexamination|review --outcome upheld|changed|revoked</translation>
    </message>
    <message>
        <source>petition-feedback needs PETITION --note TEXT</source>
        <translation>petition-feedback 需要 PETITION --note TEXT</translation>
    </message>
    <message>
        <source>petition-reward needs PETITION --amount FEN</source>
        <translation>petition-reward 需要 PETITION --amount FEN</translation>
    </message>
    <message>
        <source>petition-reward needs PETITION --amount FEN (whole fen)</source>
        <translation>petition-reward 需要 PETITION --amount FEN（以分计的整数）</translation>
    </message>
    <message>
        <source>petition-check needs PETITION</source>
        <translation>petition-check 需要 PETITION</translation>
    </message>
    <message>
        <source>petition-show needs PETITION</source>
        <translation>petition-show 需要 PETITION</translation>
    </message>
    <message>
        <source>real-name</source>
        <translation>实名</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>匿名</translation>
    </message>
    <message>
        <source>owner: %1; received %2; acknowledge by %3 (%4); conclude by %5</source>
        <translation>负责人：%1；收到 %2；%3 前告知受理（%4）；%5 前办结</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>尚未</translation>
    </message>
    <message>
        <source>concluded %1: %2 — %3</source>
        <translation>%1 办结：%2 — %3</translation>
    </message>
    <message>
        <source>answer due %1</source>
        <translation>%1 前答复</translation>
    </message>
    <message>
        <source>petition-reporter needs PETITION</source>
        <translation>petition-reporter 需要 PETITION</translation>
    </message>
    <message>
        <source>petitions takes no arguments: [--overdue] [--open] [--mine] [--json]</source>
        <translation>petitions 不带参数：[--overdue] [--open] [--mine] [--json]</translation>
    </message>
    <message>
        <source>concluded %1 (%2)</source>
        <translation>%1 办结（%2）</translation>
    </message>
    <message>
        <source>%1 overdue by %2 days</source>
        <translation>%1 逾期 %2 天</translation>
    </message>
    <message>
        <source>%1 by %2 (%3 days left)</source>
        <translation>%1 截止 %2（剩余 %3 天）</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) and complaint(s)</source>
        <translation>
            <numerusform>共 %n 件信访和举报投诉</numerusform>
        </translation>
    </message>
    <message>
        <source>relative-add needs --staff NAME --staff-id NUMBER --staff-role ROLE --relative NAME --relative-id NUMBER --relation RELATION [--unit TEXT]</source>
        <translation>relative-add 需要 --staff NAME --staff-id NUMBER --staff-role ROLE --relative NAME --relative-id NUMBER --relation RELATION [--unit TEXT]</translation>
    </message>
    <message>
        <source>relatives takes no arguments</source>
        <translation>relatives 不带参数</translation>
    </message>
    <message>
        <source>  ended %1</source>
        <translation>  %1 终止</translation>
    </message>
    <message>
        <source>relatives-flagged takes no arguments: [--division CODE] [--json]</source>
        <translation>relatives-flagged 不带参数：[--division CODE] [--json]</translation>
    </message>
    <message>
        <source>declared</source>
        <translation>已申报</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1：%2/%3</translation>
    </message>
    <message>
        <source>authority visit recorded</source>
        <translation>审核确认机关已入户核查</translation>
    </message>
    <message>
        <source>authority visit required</source>
        <translation>须审核确认机关入户核查</translation>
    </message>
    <message numerus="yes">
        <source>%n near-relative case(s)</source>
        <translation>
            <numerusform>共 %n 件近亲属备案案件</numerusform>
        </translation>
    </message>
    <message>
        <source>Supervision, read-only (docs/supervision.md):
  --db FILE stats --month YYYY-MM [--by township|village|area|tier] [--xlsx FILE]
  --db FILE audit-export --out FILE.xlsx|FILE.csv [--case ID] [--from D] [--to D]
            [--by-user NAME] [--entity TABLE] [--action A]
  --db FILE inspection-report --township CODE --out FILE.xlsx [--from D] [--to D]
  --db FILE fund-report --month YYYY-MM --out FILE.xlsx

</source>
        <translation>监督（只读，见 docs/supervision.md）：
  --db FILE stats --month YYYY-MM [--by township|village|area|tier] [--xlsx FILE]
  --db FILE audit-export --out FILE.xlsx|FILE.csv [--case ID] [--from D] [--to D]
            [--by-user NAME] [--entity TABLE] [--action A]
  --db FILE inspection-report --township CODE --out FILE.xlsx [--from D] [--to D]
  --db FILE fund-report --month YYYY-MM --out FILE.xlsx

</translation>
    </message>
    <message>
        <source>stats needs --month YYYY-MM</source>
        <translation>stats 需要 --month YYYY-MM</translation>
    </message>
    <message>
        <source>--by takes township, village, area or tier</source>
        <translation>--by 须为 township、village、area 或 tier</translation>
    </message>
    <message>
        <source>Statistics for %1 (overdue work as of %2)</source>
        <translation>%1 统计（逾期事项截至 %2）</translation>
    </message>
    <message>
        <source>row	households	persons	amount (yuan)	new	exited	overdue	complaints	findings</source>
        <translation>行	户数	人数	金额（元）	新增	退出	逾期	举报投诉	核对结果</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>note: this database has no verification findings yet; findings are 0.</source>
        <translation>提示：本数据库尚无核对结果；核对结果为 0。</translation>
    </message>
    <message>
        <source>note: this database has no general complaints register yet; complaints are those about cases awaiting confirmation.</source>
        <translation>提示：本数据库尚无综合信访登记；举报投诉仅统计针对待审核确认案件的。</translation>
    </message>
    <message>
        <source>audit-export needs --out FILE.xlsx or FILE.csv</source>
        <translation>audit-export 需要 --out FILE.xlsx 或 FILE.csv</translation>
    </message>
    <message>
        <source>--%1 takes a date YYYY-MM-DD</source>
        <translation>--%1 须为日期 YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Wrote %1 audit entries to %2</source>
        <translation>已将 %1 条审计记录写入 %2</translation>
    </message>
    <message>
        <source>inspection-report needs --township CODE --out FILE.xlsx (the PDF is printed from the client)</source>
        <translation>inspection-report 需要 --township CODE --out FILE.xlsx（PDF 请在客户端打印）</translation>
    </message>
    <message>
        <source>--from and --to take a date YYYY-MM-DD</source>
        <translation>--from 和 --to 须为日期 YYYY-MM-DD</translation>
    </message>
    <message>
        <source>%1 %2, %3 to %4: clocks kept %5, missed %6; cases without a required visit %7; unresolved flags and conflicts %8.</source>
        <translation>%1 %2，%3 至 %4：按时办结 %5，超过时限 %6；缺少必需入户调查的案件 %7；未处理的标记和冲突 %8。</translation>
    </message>
    <message>
        <source>fund-report needs --month YYYY-MM --out FILE.xlsx</source>
        <translation>fund-report 需要 --month YYYY-MM --out FILE.xlsx</translation>
    </message>
    <message>
        <source>%1: %2 rolls (%3 late, %4 not balanced)%5; %6 households, %7 yuan; paid %8, failed %9, awaiting the bank %10, held %11; recovery outstanding %12 yuan.</source>
        <translation>%1：发放花名册 %2 份（%3 份逾期，%4 份未轧平）%5；%6 户，%7 元；发放成功 %8，失败 %9，等待银行回盘 %10，暂缓 %11；待追缴 %12 元。</translation>
    </message>
    <message>
        <source>, NO ROLL ISSUED</source>
        <translation>，未生成发放花名册</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n 人</numerusform>
        </translation>
    </message>
    <message>
        <source>Verification and the roster (docs/verification.md):
  --db FILE verify-import --department NAME --mapping FILE DATA
  --db FILE verify-run [--date D]
  --db FILE verify-resolve FINDING --resolution R --note TEXT [...]
  --db FILE verify-complete CASE [--date D]
  --db FILE roster-import --mapping FILE DATA [--dry-run]

</source>
        <translation>家庭经济状况核对和存量名册（见 docs/verification.md）：
  --db FILE verify-import --department NAME --mapping FILE DATA
  --db FILE verify-run [--date D]
  --db FILE verify-resolve FINDING --resolution R --note TEXT [...]
  --db FILE verify-complete CASE [--date D]
  --db FILE roster-import --mapping FILE DATA [--dry-run]

</translation>
    </message>
    <message>
        <source>verify-complete needs the CASE whose verification is complete</source>
        <translation>verify-complete 需要核对已完成的案件 CASE</translation>
    </message>
    <message>
        <source>Verification of case %1 (%2) completed on %3: %4 findings, all resolved.</source>
        <translation>案件 %1（%2）的核对已于 %3 完成：核对结果 %4 条，均已处理。</translation>
    </message>
    <message>
        <source>dibao-cli: the dibao case register from the command line (docs/cli.md).

  id-check NUMBER...
  --db FILE init --division CODE --admin NAME
  --db FILE demo --households N [--months M] [--seed S]
  --db FILE policy-export [--out FILE]
  --db FILE policy-import FILE
  --db FILE household-import FILE
  --db FILE cases [--state S] [--overdue] [--search TEXT] [--limit N] [--json]
  --db FILE due [--until YYYY-MM-DD] [--json]
  --db FILE eligibility CASE [--as-of YYYY-MM-DD] [--json]
  --db FILE audit-verify [--json]
  --db FILE transition CASE STEP [--date D] [--reason R] [--choice C] [--amount FEN] [--tier T]
            [--months N] [--missing ITEM]... [--certificate NUMBER]
  --db FILE visit-add CASE --date D --investigator NAME --investigator NAME [--findings TEXT]
            [--kind household|neighbour|evidence_letter] [--emergency REF --remote]
  --db FILE user-add NAME --role ROLE [--display-name NAME]
  help

</source>
        <translation>dibao-cli：低保案件台账的命令行工具（见 docs/cli.md）。

  id-check NUMBER...
  --db FILE init --division CODE --admin NAME
  --db FILE demo --households N [--months M] [--seed S]
  --db FILE policy-export [--out FILE]
  --db FILE policy-import FILE
  --db FILE household-import FILE
  --db FILE cases [--state S] [--overdue] [--search TEXT] [--limit N] [--json]
  --db FILE due [--until YYYY-MM-DD] [--json]
  --db FILE eligibility CASE [--as-of YYYY-MM-DD] [--json]
  --db FILE audit-verify [--json]
  --db FILE transition CASE STEP [--date D] [--reason R] [--choice C] [--amount FEN] [--tier T]
            [--months N] [--missing ITEM]... [--certificate NUMBER]
  --db FILE visit-add CASE --date D --investigator NAME --investigator NAME [--findings TEXT]
            [--kind household|neighbour|evidence_letter] [--emergency REF --remote]
  --db FILE user-add NAME --role ROLE [--display-name NAME]
  help

</translation>
    </message>
    <message>
        <source>--certificate is taken by the confirm step only</source>
        <translation>--certificate 仅用于 confirm（审核确认）步骤</translation>
    </message>
    <message>
        <source>--certificate takes the certificate number</source>
        <translation>--certificate 需要低保证号</translation>
    </message>
</context>
<context>
    <name>dibao::cli::Context</name>
    <message>
        <source>error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>usage error: %1</source>
        <translation>用法错误：%1</translation>
    </message>
    <message>
        <source>Run &quot;dibao-cli help&quot; for the commands.</source>
        <translation>运行“dibao-cli help”查看全部命令。</translation>
    </message>
    <message>
        <source>A password is needed: set %1 or run at a terminal.</source>
        <translation>需要密码：请设置 %1，或在终端中运行。</translation>
    </message>
    <message>
        <source>No password was given.</source>
        <translation>未提供密码。</translation>
    </message>
    <message>
        <source>This command needs --db FILE.</source>
        <translation>此命令需要 --db FILE。</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>%1 的密码： </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>dibao — minimum living allowance casework</source>
        <translation>低保业务系统</translation>
    </message>
    <message>
        <source>The database file to open.</source>
        <translation>要打开的数据库文件。</translation>
    </message>
    <message>
        <source>Sign in as this user (with DIBAO_PASSWORD set, without asking).</source>
        <translation>以此用户登录（设置了 DIBAO_PASSWORD 时不再询问）。</translation>
    </message>
    <message>
        <source>Open a dibao database</source>
        <translation>打开低保数据库</translation>
    </message>
    <message>
        <source>dibao databases (*.db *.sqlite);;All files (*)</source>
        <translation>低保数据库 (*.db *.sqlite);;所有文件 (*)</translation>
    </message>
    <message>
        <source>dibao</source>
        <translation>低保业务系统</translation>
    </message>
    <message>
        <source>Save PNGs of the main screens into DIR and quit (tools/screenshots).</source>
        <translation>将主要界面截图保存到 DIR 后退出（tools/screenshots）。</translation>
    </message>
</context>
</TS>
