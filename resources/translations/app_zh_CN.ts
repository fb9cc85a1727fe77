<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>DefaultTermsDialog</name>
    <message>
        <source>Default warranty terms</source>
        <translation>默认保修期</translation>
    </message>
    <message>
        <source> months</source>
        <translation> 个月</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Set up this branch</source>
        <translation>设置本网点</translation>
    </message>
    <message>
        <source>Welcome. Name this branch office and give its code: the code starts every ticket number (e.g. SH-20261122-0007).</source>
        <translation>欢迎使用。请填写本网点名称和代码：代码是每个工单号的开头（例如 SH-20261122-0007）。</translation>
    </message>
    <message>
        <source>e.g. 上海浦东售后服务部</source>
        <translation>例如：上海浦东售后服务部</translation>
    </message>
    <message>
        <source>2–6 letters, e.g. SH</source>
        <translation>2–6 个字母，例如 SH</translation>
    </message>
    <message>
        <source>Fill with a demo office to try the program</source>
        <translation>填入演示数据以试用本程序</translation>
    </message>
    <message>
        <source>Branch &amp;name</source>
        <translation>网点名称(&amp;N)</translation>
    </message>
    <message>
        <source>Branch &amp;code</source>
        <translation>网点代码(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Your name</source>
        <translation>您的姓名(&amp;Y)</translation>
    </message>
</context>
<context>
    <name>IntakeTab</name>
    <message>
        <source>&amp;Find customer (phone, name, address or contract no.)</source>
        <translation>查找客户（电话、姓名、地址或合同号）(&amp;F)</translation>
    </message>
    <message>
        <source>Type at least 2 characters…  (Ctrl+F)</source>
        <translation>至少输入 2 个字符…  (Ctrl+F)</translation>
    </message>
    <message>
        <source>↓ to the results, Enter to use one; Enter on no result starts a new customer.</source>
        <translation>按 ↓ 进入结果，回车选用；无结果时回车即新建客户。</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>工单列表</translation>
    </message>
    <message>
        <source>S&amp;tate</source>
        <translation>状态(&amp;T)</translation>
    </message>
    <message>
        <source>K&amp;ind</source>
        <translation>类型(&amp;I)</translation>
    </message>
    <message>
        <source>Fi&amp;lter</source>
        <translation>筛选(&amp;L)</translation>
    </message>
    <message>
        <source>Number, customer, address, phone, problem</source>
        <translation>单号、客户、地址、电话、问题</translation>
    </message>
    <message>
        <source>&amp;Overdue only</source>
        <translation>仅看超时(&amp;O)</translation>
    </message>
    <message>
        <source>All open</source>
        <translation>全部未结</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s)</source>
        <translation>
            <numerusform>共 %n 张工单</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Service Office — %1</source>
        <translation>售后服务台 — %1</translation>
    </message>
    <message>
        <source>&amp;Intake</source>
        <translation>来电登记(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Dispatch board</source>
        <translation>派工看板(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Warranty lookup</source>
        <translation>保修查询(&amp;W)</translation>
    </message>
    <message>
        <source>Staff &amp;appraisal</source>
        <translation>员工考核(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
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
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <source>Branch %1 · User %2 · %3</source>
        <translation>网点 %1 · 用户 %2 · %3</translation>
    </message>
    <message>
        <source>About</source>
        <translation>关于</translation>
    </message>
    <message>
        <source>Service Office: after-sales registration, dispatch, warranty and appraisal. Works offline.</source>
        <translation>售后服务台：来电登记、派工、保修与考核。可离线使用。</translation>
    </message>
</context>
<context>
    <name>NotAvailablePage</name>
    <message>
        <source>Not available yet.</source>
        <translation>此功能尚未开放。</translation>
    </message>
</context>
<context>
    <name>PatrolDialog</name>
    <message>
        <source>Record a patrol</source>
        <translation>登记巡查</translation>
    </message>
    <message>
        <source>Open a repair ticket for this finding</source>
        <translation>为该问题新建报修工单</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>巡查人</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>巡查发现</translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished">类别</translation>
    </message>
</context>
<context>
    <name>ProductDialog</name>
    <message>
        <source>continue the original term</source>
        <translation>沿用原保修期</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>未登记</translation>
    </message>
    <message>
        <source> months</source>
        <translation> 个月</translation>
    </message>
    <message>
        <source>Replace %1 (serial %2)</source>
        <translation>更换%1（序列号 %2）</translation>
    </message>
    <message>
        <source>Add an installed product</source>
        <translation>新增安装产品</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished">型号</translation>
    </message>
    <message>
        <source>New serial no.</source>
        <translation>新序列号</translation>
    </message>
    <message>
        <source>Serial no.</source>
        <translation>序列号</translation>
    </message>
    <message>
        <source>Replaced on</source>
        <translation>更换日期</translation>
    </message>
    <message>
        <source>Installed on</source>
        <translation>安装日期</translation>
    </message>
    <message>
        <source>Own term (contract)</source>
        <translation>合同约定保修期</translation>
    </message>
</context>
<context>
    <name>ServiceDialog</name>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
</context>
<context>
    <name>SiteCategoryDialog</name>
    <message>
        <source>Work category and contract term</source>
        <translation>工程类别与合同保修期</translation>
    </message>
    <message>
        <source>office default</source>
        <translation>按公司默认</translation>
    </message>
    <message>
        <source> months</source>
        <translation> 个月</translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished">类别</translation>
    </message>
    <message>
        <source>Starts on (blank: completion date)</source>
        <translation>起算日期（空＝竣工日期）</translation>
    </message>
    <message>
        <source>Contract&apos;s own term</source>
        <translation>合同约定保修期</translation>
    </message>
</context>
<context>
    <name>SiteMatchModel</name>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Site address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Contract no.</source>
        <translation>合同号</translation>
    </message>
    <message>
        <source>Found by</source>
        <translation>匹配项</translation>
    </message>
    <message>
        <source>(no site yet)</source>
        <translation>（尚无地址）</translation>
    </message>
</context>
<context>
    <name>SummaryDialog</name>
    <message>
        <source>Warranty period summary</source>
        <translation>保修期服务总结</translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished">地址</translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished">类别</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>总结</translation>
    </message>
</context>
<context>
    <name>TicketDetailsDialog</name>
    <message>
        <source>Ticket %1</source>
        <translation>工单 %1</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>登记信息</translation>
    </message>
    <message>
        <source>escalated</source>
        <translation>已升级</translation>
    </message>
    <message>
        <source>Ticket no.</source>
        <translation>工单号</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>urgent</source>
        <translation>紧急</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Site address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Contract no.</source>
        <translation>合同号</translation>
    </message>
    <message>
        <source>Completed on</source>
        <translation>竣工日期</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>型号</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Responsible dept.</source>
        <translation>责任部门</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题描述</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <source>Complaint about</source>
        <translation>投诉对象</translation>
    </message>
    <message>
        <source>Possible repeat of</source>
        <translation>可能重复于</translation>
    </message>
    <message>
        <source>Cancelled because</source>
        <translation>取消原因</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>时限</translation>
    </message>
    <message>
        <source>done %1</source>
        <translation>已于 %1 完成</translation>
    </message>
    <message>
        <source>late</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>paused %1</source>
        <translation>暂停 %1</translation>
    </message>
    <message>
        <source>still paused</source>
        <translation>仍在暂停</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>暂停</translation>
    </message>
</context>
<context>
    <name>TicketForm</name>
    <message>
        <source>Customer and site</source>
        <translation>客户与地址</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>来电内容</translation>
    </message>
    <message>
        <source>&amp;Name *</source>
        <translation>姓名(&amp;N) *</translation>
    </message>
    <message>
        <source>&amp;Phone *</source>
        <translation>电话(&amp;P) *</translation>
    </message>
    <message>
        <source>Site &amp;address *</source>
        <translation>地址(&amp;A) *</translation>
    </message>
    <message>
        <source>District</source>
        <translation>区县</translation>
    </message>
    <message>
        <source>Contract no.</source>
        <translation>合同号</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>工程项目</translation>
    </message>
    <message>
        <source>Completed on</source>
        <translation>竣工日期</translation>
    </message>
    <message>
        <source>&amp;Kind *</source>
        <translation>类型(&amp;K) *</translation>
    </message>
    <message>
        <source>C&amp;hannel *</source>
        <translation>渠道(&amp;H) *</translation>
    </message>
    <message>
        <source>Ca&amp;tegory *</source>
        <translation>类别(&amp;T) *</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>型号</translation>
    </message>
    <message>
        <source>Ca&amp;use</source>
        <translation>原因(&amp;U)</translation>
    </message>
    <message>
        <source>Responsible dept.</source>
        <translation>责任部门</translation>
    </message>
    <message>
        <source>Bought/completed</source>
        <translation>购买/竣工日期</translation>
    </message>
    <message>
        <source>Complaint &amp;about *</source>
        <translation>投诉对象(&amp;A) *</translation>
    </message>
    <message>
        <source>P&amp;roblem *</source>
        <translation>问题描述(&amp;R) *</translation>
    </message>
    <message>
        <source>Received at</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <source>Received b&amp;y *</source>
        <translation>受理人(&amp;Y) *</translation>
    </message>
    <message>
        <source>Customer&apos;s full name</source>
        <translation>客户全名</translation>
    </message>
    <message>
        <source>Mobile or landline; several separated by commas</source>
        <translation>手机或座机；多个号码用逗号分隔</translation>
    </message>
    <message>
        <source>District, road, number, building and room</source>
        <translation>区、路、门牌号、楼栋和房号</translation>
    </message>
    <message>
        <source>e.g. HT2025-0123</source>
        <translation>例如 HT2025-0123</translation>
    </message>
    <message>
        <source>The problem in the customer&apos;s own words</source>
        <translation>按客户原话记录问题</translation>
    </message>
    <message>
        <source>Whom or what the complaint is about</source>
        <translation>投诉的人员或事项</translation>
    </message>
    <message>
        <source>Urgent (safety hazard)</source>
        <translation>紧急（安全隐患）</translation>
    </message>
    <message>
        <source>Leak near electrics, gas, falling parts, no water or power: dispatch at once.</source>
        <translation>漏水危及电路、燃气、构件坠落、停水停电：须立即派工。</translation>
    </message>
    <message>
        <source>Complex repair</source>
        <translation>复杂维修</translation>
    </message>
    <message>
        <source>Major complaint</source>
        <translation>重大投诉</translation>
    </message>
    <message>
        <source>&amp;Save ticket</source>
        <translation>保存工单(&amp;S)</translation>
    </message>
    <message>
        <source>Save the registration (Ctrl+S)</source>
        <translation>保存登记 (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;New registration</source>
        <translation>新登记(&amp;N)</translation>
    </message>
    <message>
        <source>Clear the form (Ctrl+N)</source>
        <translation>清空表单 (Ctrl+N)</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>新客户</translation>
    </message>
    <message>
        <source>New site for this customer</source>
        <translation>为该客户新增地址</translation>
    </message>
    <message>
        <source>New customer: fill in name, phone and site.</source>
        <translation>新客户：请填写姓名、电话和地址。</translation>
    </message>
    <message>
        <source>Existing customer, new site.</source>
        <translation>老客户，新地址。</translation>
    </message>
    <message>
        <source>Existing customer and site.</source>
        <translation>老客户，已有地址。</translation>
    </message>
    <message>
        <source>This site already has an open ticket in the same category (%1). It may be a repeat repair. Register a new ticket anyway?</source>
        <translation>该地址已有同类别的未结工单（%1），可能是重复报修。仍要登记新工单吗？</translation>
    </message>
    <message>
        <source>Possible repeat repair</source>
        <translation>可能重复报修</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>The ticket could not be saved; nothing was stored. Try again.

%1</source>
        <translation>工单未能保存，未写入任何数据。请重试。

%1</translation>
    </message>
    <message>
        <source>Saved ticket %1.</source>
        <translation>已保存工单 %1。</translation>
    </message>
    <message>
        <source>Deadlines: %1</source>
        <translation>时限：%1</translation>
    </message>
</context>
<context>
    <name>TicketTableModel</name>
    <message>
        <source>Ticket no.</source>
        <translation>工单号</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation>下一时限</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>剩余时间</translation>
    </message>
    <message>
        <source>%1 · urgent</source>
        <translation>%1 · 紧急</translation>
    </message>
    <message>
        <source>%1 · escalated</source>
        <translation>%1 · 已升级</translation>
    </message>
</context>
<context>
    <name>WarrantyTab</name>
    <message>
        <source>&amp;Search: phone, name, address, contract, ticket or serial no.</source>
        <translation>查询：电话、姓名、地址、合同号、工单号或序列号(&amp;S)</translation>
    </message>
    <message>
        <source>Type at least 2 characters…</source>
        <translation>至少输入 2 个字符…</translation>
    </message>
    <message>
        <source>&amp;New ticket for this site</source>
        <translation>为该地址新建工单(&amp;N)</translation>
    </message>
    <message>
        <source>Category and contract &amp;term…</source>
        <translation>类别与合同保修期(&amp;T)…</translation>
    </message>
    <message>
        <source>Add &amp;product…</source>
        <translation>新增产品(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Replace unit…</source>
        <translation>更换设备(&amp;R)…</translation>
    </message>
    <message>
        <source>Record &amp;patrol…</source>
        <translation>登记巡查(&amp;P)…</translation>
    </message>
    <message>
        <source>Warranty</source>
        <translation>保修</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>安装产品</translation>
    </message>
    <message>
        <source>Service history</source>
        <translation>服务记录</translation>
    </message>
    <message>
        <source>Patrols</source>
        <translation>巡查记录</translation>
    </message>
    <message>
        <source>Lookup</source>
        <translation>查询</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>Warranties ending soon (patrol or contact the customer before they end)</source>
        <translation>即将到期的保修（到期前请巡查或联系客户）</translation>
    </message>
    <message>
        <source>Warranties ended in the last month without a service summary</source>
        <translation>近一个月已到期但尚无服务总结的保修</translation>
    </message>
    <message>
        <source>Write &amp;summary…</source>
        <translation>填写总结(&amp;S)…</translation>
    </message>
    <message>
        <source>Default warranty &amp;terms…</source>
        <translation>默认保修期(&amp;T)…</translation>
    </message>
    <message>
        <source>Search, then pick a result to see its warranty.</source>
        <translation>请先查询，再选择一条结果查看保修情况。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;  %2&lt;br&gt;%3&lt;br&gt;Contract %4 · completed %5</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;  %2&lt;br&gt;%3&lt;br&gt;合同 %4 · 竣工 %5</translation>
    </message>
</context>
<context>
    <name>application</name>
    <message>
        <source>Database on a network share</source>
        <translation>数据库位于网络共享</translation>
    </message>
    <message>
        <source>The database %1 is on a network drive, where it could be damaged. Keep it on this computer&apos;s own disk (the default), or use a database server for several desks.</source>
        <translation>数据库 %1 位于网络驱动器上，可能因此损坏。请放在本机磁盘上（默认位置），多台电脑共用时请使用数据库服务器。</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <source>The database could not be opened:
%1</source>
        <translation>数据库无法打开：
%1</translation>
    </message>
    <message>
        <source>Demo office</source>
        <translation>演示数据</translation>
    </message>
    <message>
        <source>This database already holds tickets; no demo data added.</source>
        <translation>该数据库已有工单，未添加演示数据。</translation>
    </message>
    <message>
        <source>Filling the demo office…</source>
        <translation>正在填入演示数据…</translation>
    </message>
    <message>
        <source>The demo office could not be filled:
%1</source>
        <translation>演示数据未能填入：
%1</translation>
    </message>
</context>
<context>
    <name>background</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Choose the kind of contact.</source>
        <translation>请选择来电类型。</translation>
    </message>
    <message>
        <source>Choose the channel the contact came through.</source>
        <translation>请选择来电渠道。</translation>
    </message>
    <message>
        <source>Enter the customer&apos;s name.</source>
        <translation>请填写客户姓名。</translation>
    </message>
    <message>
        <source>Enter the customer&apos;s phone number.</source>
        <translation>请填写客户电话。</translation>
    </message>
    <message>
        <source>“{phone}” is not a phone number: use 11 digits for a mobile or area code and number for a landline.</source>
        <translation>“{phone}”不是有效电话号码：手机为 11 位数字，座机请填区号加号码。</translation>
    </message>
    <message>
        <source>The chosen customer no longer exists.</source>
        <translation>所选客户已不存在。</translation>
    </message>
    <message>
        <source>Enter the site address.</source>
        <translation>请填写地址。</translation>
    </message>
    <message>
        <source>The chosen site no longer exists.</source>
        <translation>所选地址已不存在。</translation>
    </message>
    <message>
        <source>Describe the problem in the customer&apos;s words.</source>
        <translation>请按客户原话描述问题。</translation>
    </message>
    <message>
        <source>Choose the work or product category concerned.</source>
        <translation>请选择涉及的工程或产品类别。</translation>
    </message>
    <message>
        <source>Enter the department&apos;s name.</source>
        <translation>请填写部门名称。</translation>
    </message>
    <message>
        <source>Shorten the name to 64 characters.</source>
        <translation>名称请不超过 64 个字符。</translation>
    </message>
    <message>
        <source>A department called “{name}” already exists; choose another name.</source>
        <translation>已有名为“{name}”的部门，请换一个名称。</translation>
    </message>
    <message>
        <source>The after-sales management department coordinates tickets (R2.2); it cannot be retired.</source>
        <translation>售后管理部负责协调工单（R2.2），不能停用。</translation>
    </message>
    <message>
        <source>A cause category is routed to this department: route it elsewhere first.</source>
        <translation>有原因类别归口到该部门，请先改为其他部门。</translation>
    </message>
    <message>
        <source>“{name}” is in use by staff, tickets or the routing, so it cannot be deleted; retire it instead.</source>
        <translation>“{name}”已被员工、工单或责任划分使用，不能删除，只能停用。</translation>
    </message>
    <message>
        <source>Choose a cause category from the list.</source>
        <translation>请从列表中选择原因类别。</translation>
    </message>
    <message>
        <source>Route each cause to a department that is still in use.</source>
        <translation>每个原因类别须归口到仍在使用的部门。</translation>
    </message>
    <message>
        <source>Say whom or what the complaint is about.</source>
        <translation>请填写投诉的人员或事项。</translation>
    </message>
    <message>
        <source>Choose who received the contact.</source>
        <translation>请选择受理人。</translation>
    </message>
    <message>
        <source>The purchase or completion date cannot be in the future.</source>
        <translation>购买或竣工日期不能晚于今天。</translation>
    </message>
    <message>
        <source>Set up the branch code before registering tickets.</source>
        <translation>登记工单前请先设置网点代码。</translation>
    </message>
    <message>
        <source>Add at least one grade band.</source>
        <translation>请至少添加一个等级区间。</translation>
    </message>
    <message>
        <source>Give every grade band a name, e.g. A.</source>
        <translation>请为每个等级区间命名，例如 A。</translation>
    </message>
    <message>
        <source>Grade {grade}: the band must run from a lower to a higher score between 0 and 100.</source>
        <translation>等级 {grade}：区间须在 0 到 100 分之间，且下限低于上限。</translation>
    </message>
    <message>
        <source>Each grade may appear only once.</source>
        <translation>每个等级只能出现一次。</translation>
    </message>
    <message>
        <source>Grades {a} and {b} overlap ({a} ends at {end}, {b} starts at {start}): make one band end where the next starts.</source>
        <translation>等级 {a} 与 {b} 重叠（{a} 止于 {end}，{b} 始于 {start}）：请让一个区间止于下一个区间的起点。</translation>
    </message>
    <message>
        <source>No grade covers scores from {end} to {start}: make one band end where the next starts.</source>
        <translation>{end} 到 {start} 分没有对应等级：请让一个区间止于下一个区间的起点。</translation>
    </message>
    <message>
        <source>The grade bands must cover every score from 0 to 100.</source>
        <translation>等级区间须覆盖 0 到 100 的全部分数。</translation>
    </message>
    <message>
        <source>Enter the branch name.</source>
        <translation>请填写网点名称。</translation>
    </message>
    <message>
        <source>The branch code is 2 to 6 Latin letters, e.g. SH; it starts every ticket number.</source>
        <translation>网点代码为 2 到 6 个英文字母，例如 SH；它是每个工单号的开头。</translation>
    </message>
    <message>
        <source>The repeat repair window is 1 to {max} days.</source>
        <translation>重复维修判定期为 1 到 {max} 天。</translation>
    </message>
    <message>
        <source>An appointment lasts 15 minutes to 24 hours.</source>
        <translation>预约时长为 15 分钟到 24 小时。</translation>
    </message>
    <message>
        <source>A penalty amount is 0 to {max} yuan; it cannot be negative.</source>
        <translation>处罚金额为 0 到 {max} 元，不能为负数。</translation>
    </message>
    <message>
        <source>An appraisal weight cannot be negative.</source>
        <translation>考核权重不能为负数。</translation>
    </message>
    <message>
        <source>The appraisal weights add up to {total}%; make them add up to 100%.</source>
        <translation>考核权重合计为 {total}%，请调整为 100%。</translation>
    </message>
    <message>
        <source>Enter your name; you become the first user.</source>
        <translation>请填写您的姓名；您将成为第一个用户。</translation>
    </message>
    <message>
        <source>A ticket cannot go from {old} to {new}.</source>
        <translation>工单不能从{old}变为{new}。</translation>
    </message>
    <message>
        <source>Choose why the ticket waits.</source>
        <translation>请选择工单等待的原因。</translation>
    </message>
    <message>
        <source>A closed or cancelled ticket cannot be paused.</source>
        <translation>已关闭或已取消的工单不能暂停。</translation>
    </message>
    <message>
        <source>The ticket is already paused.</source>
        <translation>该工单已处于暂停状态。</translation>
    </message>
    <message>
        <source>The ticket is not paused.</source>
        <translation>该工单未暂停。</translation>
    </message>
    <message>
        <source>The file has {count} bad row(s); nothing was imported. Fix them and import again.</source>
        <translation>文件中有 {count} 行有误，未导入任何数据。请修改后重新导入。</translation>
    </message>
    <message>
        <source>Shorten the note to 64 characters.</source>
        <translation>备注请不超过 64 个字符。</translation>
    </message>
    <message>
        <source>“{value}” is not a date: write it as 2027-01-01.</source>
        <translation>“{value}”不是日期：请按 2027-01-01 的格式填写。</translation>
    </message>
    <message>
        <source>The year {value} is out of range.</source>
        <translation>年份 {value} 超出范围。</translation>
    </message>
    <message>
        <source>“{value}” is neither working nor off: write 1 or 是 for working, 0 or 否 for a day off.</source>
        <translation>“{value}”既不是上班也不是休息：上班填 1 或 是，休息填 0 或 否。</translation>
    </message>
    <message>
        <source>The name is longer than 64 characters.</source>
        <translation>名称超过 64 个字符。</translation>
    </message>
    <message>
        <source>{value} is listed twice.</source>
        <translation>{value} 重复出现。</translation>
    </message>
    <message>
        <source>The file lists more than {value} days.</source>
        <translation>文件所列天数超过 {value} 天。</translation>
    </message>
    <message>
        <source>The CSV file is neither UTF-8 nor GBK text; save it again from Excel.</source>
        <translation>该 CSV 文件既不是 UTF-8 也不是 GBK 编码，请用 Excel 重新保存。</translation>
    </message>
    <message>
        <source>The file could not be read: {reason}</source>
        <translation>文件无法读取：{reason}</translation>
    </message>
    <message>
        <source>The file is not a readable Excel workbook: {reason}</source>
        <translation>该文件不是可读取的 Excel 工作簿：{reason}</translation>
    </message>
    <message>
        <source>Choose an .xlsx or .csv file.</source>
        <translation>请选择 .xlsx 或 .csv 文件。</translation>
    </message>
    <message>
        <source>The file lists no days: fill in date, working (1/0) and name.</source>
        <translation>文件中没有日期：请填写日期、是否上班（1/0）和名称。</translation>
    </message>
    <message>
        <source>The file could not be written ({reason}); close it in Excel or choose another name.</source>
        <translation>文件无法写入（{reason}）；请在 Excel 中关闭该文件或另选文件名。</translation>
    </message>
    <message>
        <source>Enter the person&apos;s name.</source>
        <translation>请填写姓名。</translation>
    </message>
    <message>
        <source>Choose the person&apos;s role.</source>
        <translation>请选择岗位。</translation>
    </message>
    <message>
        <source>Choose a department that is still in use.</source>
        <translation>请选择仍在使用的部门。</translation>
    </message>
    <message>
        <source>Choose skills from the list.</source>
        <translation>请从列表中选择技能。</translation>
    </message>
    <message>
        <source>The last working day cannot be before the first.</source>
        <translation>离职日期不能早于入职日期。</translation>
    </message>
    <message>
        <source>You cannot deactivate yourself; ask another administrator.</source>
        <translation>不能停用自己的账号，请由其他管理员操作。</translation>
    </message>
    <message>
        <source>This person is already inactive.</source>
        <translation>此人已停用。</translation>
    </message>
    <message>
        <source>This person is already active.</source>
        <translation>此人已在岗。</translation>
    </message>
    <message>
        <source>Unknown time limit.</source>
        <translation>未知的时限。</translation>
    </message>
    <message>
        <source>Choose hours, working days or end of the same day.</source>
        <translation>请选择小时、工作日或当天结束。</translation>
    </message>
    <message>
        <source>A time limit cannot be negative: enter a number above 0.</source>
        <translation>时限不能为负数：请输入大于 0 的数。</translation>
    </message>
    <message>
        <source>A time limit of 0 is always breached: enter a number above 0.</source>
        <translation>时限为 0 则必然超时：请输入大于 0 的数。</translation>
    </message>
    <message>
        <source>Enter at most {max} hours, or count in working days.</source>
        <translation>最多填写 {max} 小时，或改按工作日计算。</translation>
    </message>
    <message>
        <source>Enter at most {max} working days.</source>
        <translation>最多填写 {max} 个工作日。</translation>
    </message>
    <message>
        <source>A warranty term is 1 to 600 months; {months} is not.</source>
        <translation>保修期为 1 到 600 个月，{months} 不符合。</translation>
    </message>
    <message>
        <source>Choose a category from the list.</source>
        <translation>请从列表中选择类别。</translation>
    </message>
    <message>
        <source>Enter the completion acceptance date: the warranty starts on it.</source>
        <translation>请填写竣工验收日期：保修期自该日起算。</translation>
    </message>
    <message>
        <source>Enter what the product is (e.g. boiler).</source>
        <translation>请填写产品名称（例如 壁挂炉）。</translation>
    </message>
    <message>
        <source>Enter the serial number from the unit&apos;s label.</source>
        <translation>请按设备铭牌填写序列号。</translation>
    </message>
    <message>
        <source>The installation date cannot be in the future.</source>
        <translation>安装日期不能晚于今天。</translation>
    </message>
    <message>
        <source>Enter the installation or delivery date.</source>
        <translation>请填写安装或交付日期。</translation>
    </message>
    <message>
        <source>This unit was already replaced.</source>
        <translation>该设备已被更换过。</translation>
    </message>
    <message>
        <source>The patrol date cannot be in the future.</source>
        <translation>巡查日期不能晚于今天。</translation>
    </message>
    <message>
        <source>Describe the finding: it becomes the new ticket&apos;s problem.</source>
        <translation>请描述发现的问题：它将作为新工单的问题描述。</translation>
    </message>
    <message>
        <source>Write the summary before saving it.</source>
        <translation>请先填写总结再保存。</translation>
    </message>
</context>
<context>
    <name>formatting</name>
    <message>
        <source>%1d %2h</source>
        <translation>%1天%2小时</translation>
    </message>
    <message>
        <source>%1h %2m</source>
        <translation>%1小时%2分</translation>
    </message>
    <message>
        <source>%1m</source>
        <translation>%1分钟</translation>
    </message>
    <message>
        <source>overdue %1</source>
        <translation>超时 %1</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>剩余 %1</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Repair request</source>
        <translation>报修</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>咨询</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>来人/现场</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>来函</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>邮件</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>网站</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>Construction quality</source>
        <translation>施工质量</translation>
    </message>
    <message>
        <source>Material quality</source>
        <translation>材料质量</translation>
    </message>
    <message>
        <source>Design problem</source>
        <translation>设计问题</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Roof waterproofing</source>
        <translation>屋面防水</translation>
    </message>
    <message>
        <source>Bathroom waterproofing</source>
        <translation>卫生间防水</translation>
    </message>
    <message>
        <source>Exterior wall anti-leak</source>
        <translation>外墙防渗漏</translation>
    </message>
    <message>
        <source>Electrical wiring</source>
        <translation>电气管线</translation>
    </message>
    <message>
        <source>Water supply and drainage</source>
        <translation>给排水管道</translation>
    </message>
    <message>
        <source>Equipment installation</source>
        <translation>设备安装</translation>
    </message>
    <message>
        <source>Decoration and finishing</source>
        <translation>装修装饰</translation>
    </message>
    <message>
        <source>Furniture</source>
        <translation>家具</translation>
    </message>
    <message>
        <source>Doors and windows</source>
        <translation>门窗</translation>
    </message>
    <message>
        <source>Flooring</source>
        <translation>地板</translation>
    </message>
    <message>
        <source>Tiles</source>
        <translation>瓷砖</translation>
    </message>
    <message>
        <source>Sanitary ware</source>
        <translation>卫浴洁具</translation>
    </message>
    <message>
        <source>Kitchen appliances</source>
        <translation>厨房电器</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>已登记</translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation>已派工</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>已预约</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>处理中</translation>
    </message>
    <message>
        <source>Awaiting acceptance</source>
        <translation>待验收</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Followed up</source>
        <translation>已回访</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>首次响应</translation>
    </message>
    <message>
        <source>Urgent dispatch</source>
        <translation>紧急派工</translation>
    </message>
    <message>
        <source>Forward to department</source>
        <translation>转达责任部门</translation>
    </message>
    <message>
        <source>Handling plan</source>
        <translation>处理方案</translation>
    </message>
    <message>
        <source>Repair done</source>
        <translation>维修完成</translation>
    </message>
    <message>
        <source>Answer to customer</source>
        <translation>答复客户</translation>
    </message>
    <message>
        <source>Result fed back</source>
        <translation>结果反馈</translation>
    </message>
    <message>
        <source>Follow-up visit</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Receptionist</source>
        <translation>客服</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>维修人员</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>维修主管</translation>
    </message>
    <message>
        <source>Department head</source>
        <translation>部门负责人</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>售后经理</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>系统管理员</translation>
    </message>
    <message>
        <source>After-sales management</source>
        <translation>售后管理部</translation>
    </message>
    <message>
        <source>Project department</source>
        <translation>项目部</translation>
    </message>
    <message>
        <source>Procurement</source>
        <translation>物资采购部</translation>
    </message>
    <message>
        <source>Design department</source>
        <translation>设计部</translation>
    </message>
    <message>
        <source>Administration and HR</source>
        <translation>行政人事部</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>contract no.</source>
        <translation>合同号</translation>
    </message>
    <message>
        <source>ticket</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>serial no.</source>
        <translation>序列号</translation>
    </message>
    <message>
        <source>Customer asked to postpone</source>
        <translation>客户要求延期</translation>
    </message>
    <message>
        <source>Customer cannot be reached</source>
        <translation>联系不上客户</translation>
    </message>
    <message>
        <source>Site not accessible</source>
        <translation>现场无法进入</translation>
    </message>
    <message>
        <source>Waiting for parts</source>
        <translation>等待配件</translation>
    </message>
</context>
<context>
    <name>warranty</name>
    <message>
        <source>No term recorded</source>
        <translation>未登记保修期</translation>
    </message>
    <message>
        <source>IN WARRANTY</source>
        <translation>在保</translation>
    </message>
    <message>
        <source>EXPIRED</source>
        <translation>已过保</translation>
    </message>
    <message>
        <source>last day today</source>
        <translation>今天到期</translation>
    </message>
    <message>
        <source>%n day(s) left</source>
        <translation>剩余 %n 天</translation>
    </message>
    <message>
        <source>ended %n day(s) ago</source>
        <translation>已过期 %n 天</translation>
    </message>
    <message>
        <source>Office default</source>
        <translation>公司默认</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>合同约定</translation>
    </message>
    <message>
        <source>Product contract</source>
        <translation>产品合同</translation>
    </message>
    <message>
        <source>Repair warranty</source>
        <translation>维修保修</translation>
    </message>
    <message>
        <source>Work category</source>
        <translation>工程类别</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>起始</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>截止</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>天数</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>Category term</source>
        <translation>类别保修期</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished">型号</translation>
    </message>
    <message>
        <source>Serial no.</source>
        <translation>序列号</translation>
    </message>
    <message>
        <source>Replaced units</source>
        <translation>已更换设备</translation>
    </message>
    <message>
        <source>Charged</source>
        <translation>收费</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>免费</translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished">受理时间</translation>
    </message>
    <message>
        <source>Ticket no.</source>
        <translation type="unfinished">工单号</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished">类型</translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished">类别</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished">问题描述</translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished">状态</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>Technicians</source>
        <translation>维修人员</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>重复</translation>
    </message>
    <message>
        <source>repeat repair</source>
        <translation>重复维修</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>巡查人</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>巡查发现</translation>
    </message>
    <message>
        <source>Ticket opened</source>
        <translation>已建工单</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished">客户</translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished">地址</translation>
    </message>
</context>
</TS>
