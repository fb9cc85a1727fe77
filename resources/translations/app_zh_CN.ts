<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AdjustDialog</name>
    <message>
        <source>Adjust the approved appraisal of %1</source>
        <translation>调整 %1 已审批的考核</translation>
    </message>
    <message>
        <source>e.g. -5 or 2.5</source>
        <translation>例如 -5 或 2.5</translation>
    </message>
    <message>
        <source>&amp;Technician</source>
        <translation>维修人员(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Change of score</source>
        <translation>分数变动(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>原因(&amp;R)</translation>
    </message>
</context>
<context>
    <name>AppraisalTab</name>
    <message>
        <source>&amp;Month</source>
        <translation>月份(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Training records…</source>
        <translation>培训记录(&amp;T)…</translation>
    </message>
    <message>
        <source>Technician &amp;page…</source>
        <translation>维修人员页面(&amp;P)…</translation>
    </message>
    <message>
        <source>Ad&amp;just…</source>
        <translation>调整(&amp;J)…</translation>
    </message>
    <message>
        <source>Click a figure to see the records behind it; click a name for the technician&apos;s trend.</source>
        <translation>点击数字可查看其对应的记录；点击姓名可查看该维修人员的趋势。</translation>
    </message>
    <message>
        <source>Approved by %1 on %2 — locked: later changes to the records do not change it; a correction is an adjustment (scores marked *).</source>
        <translation>由 %1 于 %2 审批——已锁定：之后记录的变更不会影响它；更正以调整方式记录（得分标有 *）。</translation>
    </message>
    <message>
        <source>Not approved: the figures follow the records as they change.</source>
        <translation>未审批：数据随记录的变化而变化。</translation>
    </message>
    <message>
        <source>Score weights (office settings): %1. Grades: %2.</source>
        <translation>得分权重（网点设置）：%1。等级：%2。</translation>
    </message>
    <message>
        <source>Technician page</source>
        <translation>维修人员页面</translation>
    </message>
    <message>
        <source>Choose a technician in the table first.</source>
        <translation>请先在表格中选择一名维修人员。</translation>
    </message>
    <message>
        <source>Dismissal review</source>
        <translation>辞退审查</translation>
    </message>
    <message>
        <source>Month already approved</source>
        <translation>该月已审批</translation>
    </message>
    <message>
        <source>Approve %1</source>
        <translation>审批 %1</translation>
    </message>
    <message>
        <source>Approve the appraisal of %1? Its figures, scores and grades are then locked; later corrections are recorded adjustments.</source>
        <translation>审批 %1 的考核？审批后其数据、得分和等级将被锁定；之后的更正将作为调整记录。</translation>
    </message>
    <message>
        <source>Not approved</source>
        <translation>未审批</translation>
    </message>
    <message>
        <source>Record in&amp;cident…</source>
        <translation>记录奖惩事项(&amp;C)…</translation>
    </message>
    <message>
        <source>Appro&amp;ve month…</source>
        <translation>审批月份(&amp;V)…</translation>
    </message>
    <message>
        <source>%1: dismissal review — third %2.</source>
        <translation>%1：辞退审查——第三次%2。</translation>
    </message>
    <message>
        <source>This is %1&apos;s third “%2”: under the office rules it leads to a dismissal review.</source>
        <translation>这是%1第三次“%2”：按公司规定，将进行辞退审查。</translation>
    </message>
    <message>
        <source>%1 is approved and locked, so this incident counts in the appraisal of %2 instead.</source>
        <translation>%1 已审批并锁定，因此这项奖惩计入 %2 的考核。</translation>
    </message>
</context>
<context>
    <name>ApprovalsTab</name>
    <message numerus="yes">
        <source>%n handling plan(s) of your department wait for your approval.</source>
        <translation>
            <numerusform>本部门有 %n 个处理方案等待您审批。</numerusform>
        </translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Complaint about</source>
        <translation>投诉对象</translation>
    </message>
    <message>
        <source>Plan written</source>
        <translation>方案提交时间</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>处理方案</translation>
    </message>
    <message>
        <source>No handling plan waits for your approval.</source>
        <translation>没有等待您审批的处理方案。</translation>
    </message>
    <message>
        <source>&amp;Open the complaint…</source>
        <translation>打开投诉(&amp;O)…</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <source>The &amp;customer was told</source>
        <translation>已告知客户(&amp;C)</translation>
    </message>
    <message>
        <source>Move appointment of %1</source>
        <translation>改约 %1</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>&amp;Technicians (Space to tick)</source>
        <translation>维修人员（空格键勾选）(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>日(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>开始(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Length</source>
        <translation>时长(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Why it moves *</source>
        <translation>改约原因(&amp;W) *</translation>
    </message>
    <message>
        <source>Assign technicians to %1</source>
        <translation>为 %1 派工</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>共 %n 条</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>操作记录</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>全部人员</translation>
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
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Tickets, complaints and work orders</source>
        <translation>工单、投诉和派工单</translation>
    </message>
    <message>
        <source>Staff, sign-ins and passwords</source>
        <translation>人员、登录和密码</translation>
    </message>
    <message>
        <source>Appraisals</source>
        <translation>考核</translation>
    </message>
    <message>
        <source>Warranty records</source>
        <translation>保修记录</translation>
    </message>
    <message>
        <source>Office settings and calendar</source>
        <translation>办公设置和日历</translation>
    </message>
    <message>
        <source>Exports and printing</source>
        <translation>导出和打印</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>做了什么</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>从(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Who</source>
        <translation>操作人(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>记录类别(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>文字(&amp;T)</translation>
    </message>
    <message>
        <source>All records</source>
        <translation>全部记录</translation>
    </message>
    <message>
        <source>A name, ticket number or word</source>
        <translation>姓名、工单号或关键词</translation>
    </message>
    <message>
        <source>&amp;Export to Excel…</source>
        <translation>导出到 Excel(&amp;E)…</translation>
    </message>
    <message>
        <source>Save the audit trail as</source>
        <translation>操作记录另存为</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>导出已取消，未写入任何文件。</translation>
    </message>
    <message>
        <source>The audit trail was not exported</source>
        <translation>操作记录未导出</translation>
    </message>
    <message>
        <source>Exporting the audit trail…</source>
        <translation>正在导出操作记录…</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>已保存：%1</translation>
    </message>
    <message>
        <source>&amp;Verify the trail</source>
        <translation>校验操作记录(&amp;V)</translation>
    </message>
    <message>
        <source>The trail is intact: all %1 entries follow one another unchanged.</source>
        <translation>操作记录完整：全部 %1 条记录前后衔接，未被改动。</translation>
    </message>
    <message>
        <source>The trail is broken at the entry of %1: it, or an entry just before it, was changed or deleted outside the program. Keep this database and the backups for whoever investigates.</source>
        <translation>操作记录在 %1 的那条处断开：该条或其前面的记录曾在程序之外被修改或删除。请保留此数据库及各备份，供调查人员使用。</translation>
    </message>
</context>
<context>
    <name>BackupMenu</name>
    <message>
        <source>&amp;Backup</source>
        <translation>备份(&amp;B)</translation>
    </message>
    <message>
        <source>Back &amp;up now</source>
        <translation>立即备份(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>从备份恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>Backup &amp;folder…</source>
        <translation>备份文件夹(&amp;F)…</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>正在备份…</translation>
    </message>
    <message>
        <source>No backup was made: %1</source>
        <translation>未进行备份：%1</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>已备份至 %1</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>备份文件夹</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Replace the office&apos;s data by the backup of %1?

Everything entered since then is replaced; the current state is backed up first (to %2), so this can be undone.</source>
        <translation>用 %1 的备份替换网点数据？

此后录入的所有内容都将被替换；当前状态会先备份（至 %2），因此可以撤销。</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>正在恢复…</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>未做任何更改：%1</translation>
    </message>
    <message>
        <source>Replace the office&apos;s data on the server by the backup of %1?

Everything entered since then is replaced, for every desk; ticket numbers and the audit trail are kept. The current state is backed up first (to %2), so this can be undone.</source>
        <translation>用 %1 的备份替换服务器上的网点数据？

此后录入的所有内容都将被替换（所有工位）；单号和审计记录会保留。当前状态会先备份（到 %2），因此可以撤销。</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>正在检查备份…</translation>
    </message>
    <message>
        <source>The restore was cancelled; nothing was changed.</source>
        <translation>已取消恢复，未做任何更改。</translation>
    </message>
    <message>
        <source>The restored database could not be opened: %1
The previous state was saved as %2.</source>
        <translation>无法打开恢复后的数据库：%1
之前的状态已保存为 %2。</translation>
    </message>
    <message>
        <source>The office now runs on the backup of %1. The previous state was saved as %2.</source>
        <translation>网点现已使用 %1 的备份运行。之前的状态已保存为 %2。</translation>
    </message>
    <message>
        <source>This office runs on a database server. To restore a backup (.dump), close the program on every desk; IT then restores it with pg_restore as the README describes.</source>
        <translation>本网点运行在数据库服务器上。要恢复备份（.dump），请先在每台电脑上关闭程序，再由 IT 按 README 的说明用 pg_restore 恢复。</translation>
    </message>
</context>
<context>
    <name>CalendarDialog</name>
    <message numerus="yes">
        <source>%n open ticket(s) got a new next deadline.</source>
        <translation>
            <numerusform>%n 张未结工单的下一时限已变更。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>…… 另有 %n 处。</numerusform>
        </translation>
    </message>
    <message>
        <source>Working calendar</source>
        <translation>工作日历</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>年份(&amp;Y)</translation>
    </message>
    <message>
        <source>Previous year</source>
        <translation>上一年</translation>
    </message>
    <message>
        <source>Next year</source>
        <translation>下一年</translation>
    </message>
    <message>
        <source>Click a day, or move with the arrow keys and press Enter, to make it a working day or a day off. Deadlines of open tickets are recomputed at once.</source>
        <translation>点击某一天，或用方向键移动后按回车，可将其设为上班日或休息日。未结工单的时限会立即重算。</translation>
    </message>
    <message>
        <source>&amp;Import schedule…</source>
        <translation>导入节假日安排(&amp;I)…</translation>
    </message>
    <message>
        <source>Save &amp;template…</source>
        <translation>保存模板(&amp;T)…</translation>
    </message>
    <message>
        <source>No official schedule is loaded for %1: only weekends and fixed-date holidays are known. Import the State Council schedule when it is published.</source>
        <translation>%1 年尚未载入官方安排：目前只按周末和固定日期节日计算。国务院公布后请导入。</translation>
    </message>
    <message>
        <source>a working day</source>
        <translation>上班日</translation>
    </message>
    <message>
        <source>a day off</source>
        <translation>休息日</translation>
    </message>
    <message>
        <source>%1 is now %2. %3</source>
        <translation>%1 已设为%2。%3</translation>
    </message>
    <message>
        <source>Import a year&apos;s schedule</source>
        <translation>导入年度节假日安排</translation>
    </message>
    <message>
        <source>Schedules (*.xlsx *.csv)</source>
        <translation>节假日安排 (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>Imported %1 day(s) for %2. %3</source>
        <translation>已导入 %2 年的 %1 天。%3</translation>
    </message>
    <message>
        <source>Save a schedule template</source>
        <translation>保存节假日模板</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Working (1 = yes, 0 = no)</source>
        <translation>是否上班（1＝是，0＝否）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>工作日历</translation>
    </message>
    <message>
        <source>Template saved to %1. List each holiday on a weekday (0) and each 调休 working weekend (1), then import it.</source>
        <translation>模板已保存到 %1。请列出每个落在工作日的假日（0）和每个调休上班的周末（1），然后导入。</translation>
    </message>
</context>
<context>
    <name>CallDialog</name>
    <message>
        <source>Answer and close %1</source>
        <translation>答复并关闭 %1</translation>
    </message>
    <message>
        <source>The answer is recorded with your name and the time, and the ticket closes.</source>
        <translation>答复内容连同您的姓名和时间一并记录，工单随即关闭。</translation>
    </message>
    <message>
        <source>&amp;Answer given *</source>
        <translation>答复内容(&amp;A) *</translation>
    </message>
    <message>
        <source>Reminder on %1</source>
        <translation>催单：%1</translation>
    </message>
    <message>
        <source>The customer called again about this open ticket: the call is recorded on it, no new ticket.</source>
        <translation>客户就这张未结工单再次来电：来电记录在该工单上，不另开新工单。</translation>
    </message>
    <message>
        <source>&amp;Who called</source>
        <translation>来电人(&amp;W)</translation>
    </message>
    <message>
        <source>What was &amp;said *</source>
        <translation>来电内容(&amp;S) *</translation>
    </message>
    <message>
        <source>Call to the customer about %1</source>
        <translation>致电客户：%1</translation>
    </message>
    <message>
        <source>A call confirming the complaint was received and is being handled: the first one is the first response.</source>
        <translation>致电客户确认投诉已受理并正在处理：第一次致电即为首次响应。</translation>
    </message>
    <message>
        <source>What the customer was &amp;told *</source>
        <translation>告知客户的内容(&amp;T) *</translation>
    </message>
    <message>
        <source>Cancel %1</source>
        <translation>取消 %1</translation>
    </message>
    <message>
        <source>The ticket is cancelled with its reason, and an appointment or job under way ends with it.</source>
        <translation>工单连同取消原因一并取消，已预约或正在进行的维修随之终止。</translation>
    </message>
    <message>
        <source>&amp;Reason *</source>
        <translation>原因(&amp;R) *</translation>
    </message>
    <message>
        <source>Cancel the ticket</source>
        <translation>取消工单</translation>
    </message>
    <message>
        <source>Keep the ticket</source>
        <translation>保留工单</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>Your password was set by the administrator. Choose your own password now; only you will know it.</source>
        <translation>您的密码是管理员设置的。请现在设一个自己的密码，只有您本人知道。</translation>
    </message>
    <message>
        <source>&amp;Current password</source>
        <translation>当前密码(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>新密码(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Repeat the new password</source>
        <translation>再次输入新密码(&amp;R)</translation>
    </message>
    <message>
        <source>At least %1 characters.</source>
        <translation>至少 %1 个字符。</translation>
    </message>
</context>
<context>
    <name>ComplaintDialog</name>
    <message>
        <source>What w&amp;as done</source>
        <translation>处理结果(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>类型(&amp;T)</translation>
    </message>
    <message>
        <source>1. Classify</source>
        <translation>1. 分类</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>— nobody in particular —</source>
        <translation>— 无特定人员 —</translation>
    </message>
    <message>
        <source>&amp;Department</source>
        <translation>部门(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation>人员(&amp;P)</translation>
    </message>
    <message>
        <source>2. Responsible department and person (forwarded)</source>
        <translation>2. 责任部门及责任人（转交）</translation>
    </message>
    <message>
        <source>&amp;Found</source>
        <translation>发现情况(&amp;F)</translation>
    </message>
    <message>
        <source>3. Investigation</source>
        <translation>3. 调查</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Invalid (or refused as malicious)</source>
        <translation>无效（或因恶意投诉而拒绝）</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>原因(&amp;R)</translation>
    </message>
    <message>
        <source>4. Valid or invalid</source>
        <translation>4. 有效或无效</translation>
    </message>
    <message>
        <source>Measures, by when, and who is in charge</source>
        <translation>措施、完成期限及负责人</translation>
    </message>
    <message>
        <source>P&amp;lan</source>
        <translation>方案(&amp;L)</translation>
    </message>
    <message>
        <source>5. Handling plan</source>
        <translation>5. 处理方案</translation>
    </message>
    <message>
        <source>6. Approval by the department head</source>
        <translation>6. 部门负责人审批</translation>
    </message>
    <message>
        <source>Approve the plan</source>
        <translation>审批方案</translation>
    </message>
    <message>
        <source>&amp;What the customer was told</source>
        <translation>答复客户的内容(&amp;W)</translation>
    </message>
    <message>
        <source>7. Answer to the customer</source>
        <translation>7. 答复客户</translation>
    </message>
    <message>
        <source>8. Result fed back</source>
        <translation>8. 结果反馈</translation>
    </message>
    <message>
        <source>F&amp;ollow-up</source>
        <translation>回访(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Satisfaction (1–5)</source>
        <translation>满意度（1–5）(&amp;S)</translation>
    </message>
    <message>
        <source>10. Follow-up</source>
        <translation>10. 回访</translation>
    </message>
    <message>
        <source>To whom the customer went, and why</source>
        <translation>客户向谁投诉及原因</translation>
    </message>
    <message>
        <source>Report to the manager</source>
        <translation>上报售后经理</translation>
    </message>
    <message>
        <source>Record escalation</source>
        <translation>记录越级投诉</translation>
    </message>
    <message>
        <source>Reports and escalation</source>
        <translation>上报与升级</translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation>时限</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>达标</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>剩余</translation>
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
        <translation>内容</translation>
    </message>
    <message>
        <source>Who did what</source>
        <translation>人员及工作内容</translation>
    </message>
    <message>
        <source>Complaint %1</source>
        <translation>投诉 %1</translation>
    </message>
    <message>
        <source>%1 · %2 · about: %3
%4</source>
        <translation>%1 · %2 · 事由：%3
%4</translation>
    </message>
    <message>
        <source>Approved by %1 at %2.</source>
        <translation>由 %1 于 %2 审批。</translation>
    </message>
    <message>
        <source>Reported at %1.</source>
        <translation>已于 %1 上报。</translation>
    </message>
    <message>
        <source>Not reported yet — report it at once.</source>
        <translation>尚未上报——请立即上报。</translation>
    </message>
    <message>
        <source>Not a major complaint.</source>
        <translation>非重大投诉。</translation>
    </message>
    <message>
        <source>Escalated at %1: %2</source>
        <translation>于 %1 升级：%2</translation>
    </message>
    <message>
        <source>Major complaint (result within 2 working days)</source>
        <translation>重大投诉（2 个工作日内给出结果）</translation>
    </message>
    <message>
        <source>What the plan lacks, if you send it back</source>
        <translation>如退回，请写明方案缺少什么</translation>
    </message>
    <message>
        <source>Send the plan back</source>
        <translation>退回方案</translation>
    </message>
    <message>
        <source>Send &amp;back because</source>
        <translation>退回原因(&amp;B)</translation>
    </message>
    <message>
        <source>What was done to put it right, as told to the customer</source>
        <translation>为解决问题做了什么（即反馈给客户的内容）</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <source>Not satisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <source>What the customer said</source>
        <translation>客户的意见</translation>
    </message>
    <message>
        <source>The customer is</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>R&amp;emarks</source>
        <translation>备注(&amp;E)</translation>
    </message>
    <message>
        <source>9. Customer&apos;s acceptance</source>
        <translation>9. 客户验收</translation>
    </message>
    <message>
        <source>Major complaint</source>
        <translation>重大投诉</translation>
    </message>
    <message>
        <source>Customer escalated to a higher level</source>
        <translation>客户越级投诉</translation>
    </message>
    <message>
        <source>Time limits</source>
        <translation>时限</translation>
    </message>
    <message>
        <source>The plan is your department&apos;s: approve it, or send it back saying what it lacks.</source>
        <translation>这是本部门的方案：请审批，或写明缺少什么后退回。</translation>
    </message>
    <message>
        <source>The head of %1 approves the plan: ask them to sign in and approve it.</source>
        <translation>由%1负责人审批此方案：请其登录后审批。</translation>
    </message>
    <message>
        <source>The customer is not satisfied: feed back a new result above, and if they take it higher, record the escalation below.</source>
        <translation>客户不满意：请在上方反馈新的处理结果；如客户越级投诉，请在下方记录。</translation>
    </message>
    <message>
        <source>Sent back at %1: %2. Write a new plan.</source>
        <translation>已于 %1 退回：%2。请重新制定方案。</translation>
    </message>
    <message>
        <source>The customer is not satisfied: to whom they went, and why</source>
        <translation>客户不满意：向谁投诉、原因</translation>
    </message>
</context>
<context>
    <name>ConsolidateDialog</name>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>分支机构</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Consolidate monthly packs</source>
        <translation>汇总月度数据包</translation>
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
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Save &amp;as:</source>
        <translation>保存为(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Consolidate</source>
        <translation>汇总(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Open the workbook</source>
        <translation>打开工作簿(&amp;W)</translation>
    </message>
    <message>
        <source>Monthly packs</source>
        <translation>月度数据包</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>A folder of monthly packs</source>
        <translation>存放月度数据包的文件夹</translation>
    </message>
    <message>
        <source>Save the consolidated workbook as</source>
        <translation>汇总工作簿保存为</translation>
    </message>
    <message>
        <source>Add the branches&apos; packs first: files, or a folder holding them.</source>
        <translation>请先添加分支机构的数据包：文件，或存放它们的文件夹。</translation>
    </message>
    <message>
        <source>Choose a file name for the consolidated workbook.</source>
        <translation>请为汇总工作簿选择文件名。</translation>
    </message>
    <message>
        <source>Consolidating monthly packs…</source>
        <translation>正在汇总月度数据包…</translation>
    </message>
    <message>
        <source>Cancelled; no workbook was written.</source>
        <translation>已取消，没有写入工作簿。</translation>
    </message>
    <message>
        <source>Consolidation failed</source>
        <translation>汇总失败</translation>
    </message>
    <message>
        <source>%1 of %2 packs consolidated (%3 rows), saved as %4.</source>
        <translation>已汇总 %2 个数据包中的 %1 个（共 %3 行），保存为 %4。</translation>
    </message>
    <message>
        <source>Missing months: %1.</source>
        <translation>缺少的月份：%1。</translation>
    </message>
    <message>
        <source>Choose the monthly packs the branches sent (files, or a folder holding them). You may also drag them here from the file manager. Every register is merged once with a branch column, and the branches are compared month by month.</source>
        <translation>选择各分支机构报送的月度数据包（文件，或存放它们的文件夹），也可以从文件管理器拖到这里。每张登记表合并为一张，首列为分支机构，并按月对比各分支机构。</translation>
    </message>
</context>
<context>
    <name>DayToggleDialog</name>
    <message>
        <source>%1 is now: %2.</source>
        <translation>%1 现为：%2。</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <source>e.g. company outing, 调休上班</source>
        <translation>例如：公司团建、调休上班</translation>
    </message>
    <message>
        <source>Make it a &amp;day off</source>
        <translation>设为休息日(&amp;D)</translation>
    </message>
    <message>
        <source>Make it a &amp;working day</source>
        <translation>设为上班日(&amp;W)</translation>
    </message>
</context>
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
    <name>DepartmentTableModel</name>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>使用中</translation>
    </message>
    <message>
        <source>Not used yet</source>
        <translation>尚未使用</translation>
    </message>
</context>
<context>
    <name>DepartmentsDialog</name>
    <message>
        <source>Departments and routing</source>
        <translation>部门与责任划分</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Name of a new department</source>
        <translation>新部门名称</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>重命名(&amp;N)…</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>删除(&amp;L)</translation>
    </message>
    <message>
        <source>The department each cause category goes to. Changes apply to tickets registered from now on.</source>
        <translation>各原因类别的责任部门。修改只对此后登记的工单生效。</translation>
    </message>
    <message>
        <source>&amp;Save routing</source>
        <translation>保存责任划分(&amp;S)</translation>
    </message>
    <message>
        <source>(the supervisor names one per ticket)</source>
        <translation>（由维修主管逐单指定）</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>恢复使用(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Retire</source>
        <translation>停用(&amp;R)</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>已添加 %1。</translation>
    </message>
    <message>
        <source>Rename department</source>
        <translation>重命名部门</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>新名称：</translation>
    </message>
    <message>
        <source>Renamed to %1.</source>
        <translation>已重命名为 %1。</translation>
    </message>
    <message>
        <source>%1 is in use again.</source>
        <translation>%1 已恢复使用。</translation>
    </message>
    <message>
        <source>%1 is retired: it keeps its history but is no longer offered.</source>
        <translation>%1 已停用：保留历史记录，但不再供选择。</translation>
    </message>
    <message>
        <source>Delete department</source>
        <translation>删除部门</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>删除 %1？</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>已删除 %1。</translation>
    </message>
    <message>
        <source>Routing saved; it applies to new tickets.</source>
        <translation>责任划分已保存，对新工单生效。</translation>
    </message>
    <message>
        <source>Responsibility routing</source>
        <translation>责任划分</translation>
    </message>
</context>
<context>
    <name>DeskSync</name>
    <message>
        <source>Connection to the database server lost — reconnecting; nothing you type is lost.</source>
        <translation>与数据库服务器的连接已断开——正在重新连接；您输入的内容不会丢失。</translation>
    </message>
</context>
<context>
    <name>DispatchTab</name>
    <message>
        <source>&amp;Board</source>
        <translation>看板(&amp;B)</translation>
    </message>
    <message>
        <source>F&amp;ollow-ups due (%1)</source>
        <translation>待回访（%1）(&amp;O)</translation>
    </message>
    <message>
        <source>Overdue / &amp;escalated (%1)</source>
        <translation>超时/已升级（%1）(&amp;E)</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>剩余时间</translation>
    </message>
    <message>
        <source>Ticket no.</source>
        <translation>工单号</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Unreached calls</source>
        <translation>未接通次数</translation>
    </message>
    <message>
        <source>major complaint</source>
        <translation>重大投诉</translation>
    </message>
    <message>
        <source>Goes to</source>
        <translation>上报给</translation>
    </message>
    <message>
        <source>Waiting for dispatch — drag a card onto a technician&apos;s lane</source>
        <translation>待派工——把卡片拖到维修人员的行上</translation>
    </message>
    <message>
        <source>&amp;Record follow-up…</source>
        <translation>登记回访(&amp;R)…</translation>
    </message>
    <message>
        <source>Not dispatched</source>
        <translation>未能派工</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>派工</translation>
    </message>
    <message>
        <source>Choose a ticket in the queue first.</source>
        <translation>请先在待派工列表中选择工单。</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>预约时间</translation>
    </message>
    <message>
        <source>Technicians</source>
        <translation>维修人员</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Site address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Overdue clocks</source>
        <translation>超时项目</translation>
    </message>
    <message>
        <source>Overdue by</source>
        <translation>已超时</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>今天(&amp;T)</translation>
    </message>
    <message>
        <source>Da&amp;y</source>
        <translation>日(&amp;Y)</translation>
    </message>
    <message>
        <source>Wee&amp;k</source>
        <translation>周(&amp;K)</translation>
    </message>
    <message>
        <source>Li&amp;st</source>
        <translation>列表(&amp;S)</translation>
    </message>
    <message>
        <source>Assig&amp;n…</source>
        <translation>派工(&amp;N)…</translation>
    </message>
    <message>
        <source>O&amp;pen work order…</source>
        <translation>打开派工单(&amp;P)…</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Monthly pack for &amp;head office (all registers)</source>
        <translation>报总部月度资料包（全部登记表）(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Mask phone numbers (138****5678)</source>
        <translation>隐藏电话号码（138****5678）(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>选择(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Registers</source>
        <translation>登记表(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>期间(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open file</source>
        <translation>打开文件(&amp;O)</translation>
    </message>
    <message>
        <source>Open fol&amp;der</source>
        <translation>打开文件夹(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>Export registers</source>
        <translation>导出登记表</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>自定义期间</translation>
    </message>
    <message>
        <source>Save registers as</source>
        <translation>登记表另存为</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>已保存：%1</translation>
    </message>
    <message>
        <source>Choose a file name.</source>
        <translation>请选择文件名。</translation>
    </message>
    <message>
        <source>Exporting registers…</source>
        <translation>正在导出登记表…</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>导出已取消；未写入任何文件。</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
</context>
<context>
    <name>ExportMenu</name>
    <message>
        <source>E&amp;xport</source>
        <translation>导出(&amp;X)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Export &amp;registers…</source>
        <translation>导出登记表(&amp;R)…</translation>
    </message>
    <message>
        <source>Excel registers for head office</source>
        <translation>报总部的 Excel 登记表</translation>
    </message>
    <message>
        <source>&amp;Print forms…</source>
        <translation>打印表单(&amp;P)…</translation>
    </message>
    <message>
        <source>Service report sheets, dispatch slips, surveys, warranty cards</source>
        <translation>售后服务报告单、派工单、满意度调查表、维修服务卡</translation>
    </message>
    <message>
        <source>&amp;Import customers and sites…</source>
        <translation>导入客户及工地(&amp;I)…</translation>
    </message>
    <message>
        <source>Customers, sites and projects from head office&apos;s Excel list</source>
        <translation>来自总部 Excel 名单的客户、工地和项目</translation>
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
    <message>
        <source>&amp;Password (8 characters or more)</source>
        <translation>密码（至少 8 位）(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Repeat the password</source>
        <translation>再次输入密码(&amp;R)</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>The &amp;customer was reached</source>
        <translation>已联系上客户(&amp;C)</translation>
    </message>
    <message>
        <source>Follow-up of %1</source>
        <translation>回访 %1</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>电话回访</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>上门回访</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>&amp;How</source>
        <translation>方式(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Satisfaction (1–5)</source>
        <translation>满意度（1–5）(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Remarks</source>
        <translation>备注(&amp;R)</translation>
    </message>
</context>
<context>
    <name>GradeBandModel</name>
    <message>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>From score</source>
        <translation>起始分数</translation>
    </message>
    <message>
        <source>Below score</source>
        <translation>低于分数</translation>
    </message>
</context>
<context>
    <name>HeadOfficeMenu</name>
    <message>
        <source>Head office (&amp;Z)</source>
        <translation>总部(&amp;Z)</translation>
    </message>
    <message>
        <source>&amp;Consolidate packs…</source>
        <translation>汇总数据包(&amp;C)…</translation>
    </message>
    <message>
        <source>One workbook from the branches&apos; monthly packs</source>
        <translation>把各分支机构的月度数据包汇总为一个工作簿</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Save &amp;template…</source>
        <translation>保存模板(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>选择文件(&amp;C)…</translation>
    </message>
    <message>
        <source>Import &amp;nothing</source>
        <translation>不导入(&amp;N)</translation>
    </message>
    <message>
        <source>Save &amp;report…</source>
        <translation>保存报告(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Import the %1 valid rows</source>
        <translation>导入 %1 条有效行(&amp;I)</translation>
    </message>
    <message>
        <source>Import customers and sites</source>
        <translation>导入客户及工地</translation>
    </message>
    <message>
        <source>Copy head office&apos;s list into the template (one row per site), then choose the file. Every row is checked before anything is written.</source>
        <translation>将总部的名单复制到模板中（每个工地一行），然后选择该文件。写入任何数据之前会逐行检查。</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>问题描述</translation>
    </message>
    <message>
        <source>Save the import template as</source>
        <translation>导入模板另存为</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Template not saved</source>
        <translation>模板未保存</translation>
    </message>
    <message>
        <source>Template saved: %1</source>
        <translation>模板已保存：%1</translation>
    </message>
    <message>
        <source>Choose the list to import</source>
        <translation>选择要导入的名单</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>文件：%1</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>正在检查文件…</translation>
    </message>
    <message>
        <source>Check cancelled; nothing was imported.</source>
        <translation>检查已取消；未导入任何数据。</translation>
    </message>
    <message>
        <source>The file cannot be read</source>
        <translation>无法读取文件</translation>
    </message>
    <message>
        <source>%1 rows can be imported, %2 have problems, %3 are already in the database.</source>
        <translation>%1 行可导入，%2 行有问题，%3 行已在数据库中。</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was written.</source>
        <translation>导入已取消；未写入任何数据。</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>导入失败</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>%1 rows imported; %2 rows not.</source>
        <translation>已导入 %1 行；%2 行未导入。</translation>
    </message>
    <message>
        <source>Save the import report as</source>
        <translation>导入报告另存为</translation>
    </message>
    <message>
        <source>Report not saved</source>
        <translation>报告未保存</translation>
    </message>
    <message>
        <source>Report saved: %1</source>
        <translation>报告已保存：%1</translation>
    </message>
</context>
<context>
    <name>IncidentDialog</name>
    <message>
        <source>Record an incident</source>
        <translation>记录奖惩事项</translation>
    </message>
    <message>
        <source>e.g. SH-20261122-0007 (optional)</source>
        <translation>例如 SH-20261122-0007（可选）</translation>
    </message>
    <message>
        <source>&amp;Technician</source>
        <translation>维修人员(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Penalty or reward</source>
        <translation>处罚或奖励(&amp;P)</translation>
    </message>
    <message>
        <source>T&amp;ype</source>
        <translation>类型(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Amount (yuan)</source>
        <translation>金额（元）(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <source>D&amp;escription</source>
        <translation>描述(&amp;E)</translation>
    </message>
    <message>
        <source>Tic&amp;ket</source>
        <translation>工单(&amp;K)</translation>
    </message>
    <message>
        <source>Penalty</source>
        <translation>处罚</translation>
    </message>
    <message>
        <source>Reward</source>
        <translation>奖励</translation>
    </message>
</context>
<context>
    <name>IntakeTab</name>
    <message numerus="yes">
        <source>%n ticket(s)</source>
        <translation>
            <numerusform>共 %n 张工单</numerusform>
        </translation>
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
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Number, customer, address, phone, problem</source>
        <translation>单号、客户、地址、电话、问题</translation>
    </message>
    <message>
        <source>Answer and close…</source>
        <translation>答复并关闭…</translation>
    </message>
    <message>
        <source>Reminder…</source>
        <translation>催单…</translation>
    </message>
    <message>
        <source>Acknowledge…</source>
        <translation>致电确认…</translation>
    </message>
    <message>
        <source>Cancel job…</source>
        <translation>取消工单…</translation>
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
    <message>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Choose a complaint in the list first.</source>
        <translation>请先在列表中选择一条投诉。</translation>
    </message>
    <message>
        <source>Choose a ticket in the list first.</source>
        <translation>请先在列表中选择一张工单。</translation>
    </message>
    <message>
        <source>This ticket is closed or cancelled: register a new call as a new ticket.</source>
        <translation>此工单已关闭或已取消：请将新的来电登记为新工单。</translation>
    </message>
    <message>
        <source>Only a consultation or a suggestion is answered and closed; choose one in the list.</source>
        <translation>只有咨询或建议可以答复并关闭，请在列表中选择一张。</translation>
    </message>
    <message>
        <source>A repair&apos;s first response is the confirmed appointment; choose a complaint to acknowledge.</source>
        <translation>报修的首次响应是确认预约；请选择一张投诉进行致电确认。</translation>
    </message>
    <message>
        <source>A completed ticket cannot be cancelled.</source>
        <translation>已完成的工单不能取消。</translation>
    </message>
    <message>
        <source>Find &amp;customer (phone, name, address or contract no.)</source>
        <translation>查找客户（电话、姓名、地址或合同号）(&amp;C)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Filter (&amp;Q)</source>
        <translation>筛选(&amp;Q)</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>仅看超时</translation>
    </message>
    <message>
        <source>Handle complaint…</source>
        <translation>处理投诉…</translation>
    </message>
    <message>
        <source>More than %1 tickets</source>
        <translation>超过 %1 张工单</translation>
    </message>
    <message>
        <source>The list could not be read; change the filter to try again.</source>
        <translation>工单列表读取失败，请更改筛选条件重试。</translation>
    </message>
    <message>
        <source>On this database server, parts of phone numbers and addresses are found slowly (the pg_trgm extension is missing; see README).</source>
        <translation>在此数据库服务器上，按电话号码或地址的片段查找会比较慢（缺少 pg_trgm 扩展；见 README）。</translation>
    </message>
</context>
<context>
    <name>LimitsTableModel</name>
    <message>
        <source>Clock</source>
        <translation>时限项目</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>适用于</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>时限</translation>
    </message>
    <message>
        <source>Counted in</source>
        <translation>计算单位</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>默认值</translation>
    </message>
    <message>
        <source>How it counts</source>
        <translation>计时方式</translation>
    </message>
    <message>
        <source>office time: %1–%2 on working days (one working day = %3 h)</source>
        <translation>上班时间：工作日 %1–%2（一个工作日 = %3 小时）</translation>
    </message>
    <message>
        <source>clock hours, around the clock, weekends and holidays included</source>
        <translation>自然小时，全天连续计算，含周末和节假日</translation>
    </message>
    <message>
        <source>until 23:59 of the day received</source>
        <translation>受理当日 23:59 前</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 小时</translation>
    </message>
    <message>
        <source>1 working day</source>
        <translation>1 个工作日</translation>
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
        <source>&amp;Switch user…</source>
        <translation>切换用户(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Audit trail…</source>
        <translation>操作记录(&amp;A)…</translation>
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
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Your password is changed.</source>
        <translation>密码已修改。</translation>
    </message>
    <message>
        <source>&amp;Plans to approve</source>
        <translation>待审批方案(&amp;P)</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>修改密码(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Database server…</source>
        <translation>数据库服务器(&amp;D)…</translation>
    </message>
</context>
<context>
    <name>NotPermittedPage</name>
    <message>
        <source>Staff appraisals are for the manager and the supervisor; your role is not permitted to see them.</source>
        <translation>员工考核仅限售后经理和维修主管查看；您的角色无权查看。</translation>
    </message>
</context>
<context>
    <name>OfficeMenu</name>
    <message>
        <source>&amp;Office</source>
        <translation>办公设置(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Staff roster…</source>
        <translation>员工名册(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Departments and routing…</source>
        <translation>部门与责任划分(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Time limits…</source>
        <translation>处理时限(&amp;T)…</translation>
    </message>
    <message>
        <source>Working &amp;calendar…</source>
        <translation>工作日历(&amp;C)…</translation>
    </message>
    <message>
        <source>Office s&amp;ettings…</source>
        <translation>网点设置(&amp;E)…</translation>
    </message>
</context>
<context>
    <name>OfficeSettingsDialog</name>
    <message>
        <source>Office settings</source>
        <translation>网点设置</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>网点</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>工单列表</translation>
    </message>
    <message>
        <source>Penalties</source>
        <translation>处罚</translation>
    </message>
    <message>
        <source>Appraisal</source>
        <translation>考核</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Branch &amp;name *</source>
        <translation>网点名称(&amp;N) *</translation>
    </message>
    <message>
        <source>Branch &amp;code *</source>
        <translation>网点代码(&amp;C) *</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>地址(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>电话(&amp;P)</translation>
    </message>
    <message>
        <source>Office &amp;opens at</source>
        <translation>上班时间(&amp;O)</translation>
    </message>
    <message>
        <source>Office c&amp;loses at</source>
        <translation>下班时间(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Repeat repair window</source>
        <translation>重复维修判定期(&amp;R)</translation>
    </message>
    <message>
        <source>Default &amp;appointment length</source>
        <translation>默认预约时长(&amp;A)</translation>
    </message>
    <message>
        <source>The code starts every new ticket number and is printed on forms. Changing it never renumbers existing tickets.</source>
        <translation>代码是每个新工单号的开头，并印在表单上。修改代码不会改变已有工单号。</translation>
    </message>
    <message>
        <source>Time limits in working days count only office time on working days, so their deadlines fall inside office hours; limits in hours run around the clock.</source>
        <translation>以工作日计的时限只计算工作日的上班时间，期限总在上班时间内；以小时计的时限全天连续计算。</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source> yuan</source>
        <translation> 元</translation>
    </message>
    <message>
        <source>Grade bands (a score from the lower bound up to, not including, the upper)</source>
        <translation>等级区间（分数从下限起，不含上限）</translation>
    </message>
    <message>
        <source>Add &amp;band</source>
        <translation>添加区间(&amp;B)</translation>
    </message>
    <message>
        <source>Remo&amp;ve band</source>
        <translation>删除区间(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Mask phone numbers in exports (138****5678)</source>
        <translation>导出时隐藏电话中间四位（138****5678）(&amp;M)</translation>
    </message>
    <message>
        <source>Total: %1 % (must be 100 %)</source>
        <translation>合计：%1 %（须为 100 %）</translation>
    </message>
    <message>
        <source>Amount per incident. The third refusal of dispatch or false claim leads to a dismissal review.</source>
        <translation>每次金额。第三次不服从派工或虚假报销将进入辞退审查。</translation>
    </message>
    <message>
        <source>Office &amp;language of scheduled exports and prints (the command line):</source>
        <translation>定时导出和打印（命令行）使用的网点语言(&amp;L)：</translation>
    </message>
    <message>
        <source>The computer&apos;s language</source>
        <translation>电脑的系统语言</translation>
    </message>
    <message>
        <source>Score points off per &amp;penalty</source>
        <translation>每次处罚扣分(&amp;P)</translation>
    </message>
    <message>
        <source>Score points on per re&amp;ward</source>
        <translation>每次奖励加分(&amp;W)</translation>
    </message>
    <message>
        <source> points</source>
        <translation> 分</translation>
    </message>
</context>
<context>
    <name>PartsModel</name>
    <message>
        <source>Part or material</source>
        <translation>配件或材料</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>单价</translation>
    </message>
</context>
<context>
    <name>PatrolDialog</name>
    <message>
        <source>&amp;Open a repair ticket for this finding</source>
        <translation>为该问题新建报修工单(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Inspector</source>
        <translation>巡查人(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Findings</source>
        <translation>巡查发现(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>类别(&amp;C)</translation>
    </message>
    <message>
        <source>Record a patrol</source>
        <translation>登记巡查</translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <source>For &amp;one ticket / project:</source>
        <translation>针对单个工单/项目(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;All work orders on:</source>
        <translation>指定日期的全部派工单(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Form</source>
        <translation>表单(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>预览(&amp;P)</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>打印(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>另存为 PDF(&amp;S)…</translation>
    </message>
    <message>
        <source>Print forms</source>
        <translation>打印表单</translation>
    </message>
    <message>
        <source>Ticket no., e.g. SH-20261122-0007 (its latest work order).</source>
        <translation>工单编号，例如 SH-20261122-0007（取其最新的派工单）。</translation>
    </message>
    <message>
        <source>Ticket no., or leave empty for a blank survey.</source>
        <translation>工单编号；留空则为空白调查表。</translation>
    </message>
    <message>
        <source>Contract no. of the project, e.g. HT2024-0042.</source>
        <translation>项目合同编号，例如 HT2024-0042。</translation>
    </message>
    <message>
        <source>Preparing the forms…</source>
        <translation>正在准备表单…</translation>
    </message>
    <message>
        <source>Printing failed</source>
        <translation>打印失败</translation>
    </message>
    <message>
        <source>%1 — preview</source>
        <translation>%1 — 预览</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
</context>
<context>
    <name>ProductDialog</name>
    <message>
        <source>&amp;Product</source>
        <translation>产品(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation>型号(&amp;M)</translation>
    </message>
    <message>
        <source>New &amp;serial no.</source>
        <translation>新序列号(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Serial no.</source>
        <translation>序列号(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Replaced on</source>
        <translation>更换日期(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Installed on</source>
        <translation>安装日期(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Own term (contract)</source>
        <translation>合同约定保修期(&amp;O)</translation>
    </message>
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
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>查找范围(&amp;L)：</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>文件类型(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>QPageSetupWidget</name>
    <message>
        <source>Page &amp;order:</source>
        <translation>页面顺序(&amp;O)：</translation>
    </message>
    <message>
        <source>Pages &amp;per sheet:</source>
        <translation>每张页数(&amp;P)：</translation>
    </message>
</context>
<context>
    <name>QPrintDialog</name>
    <message>
        <source>Page &amp;Set:</source>
        <translation>页面组(&amp;S)：</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <source>Page &amp;Set:</source>
        <translation>页面组(&amp;S)：</translation>
    </message>
</context>
<context>
    <name>QueueCardDelegate</name>
    <message>
        <source>URGENT</source>
        <translation>紧急</translation>
    </message>
    <message>
        <source>reopened</source>
        <translation>返修</translation>
    </message>
    <message>
        <source>(paused)</source>
        <translation>（暂停中）</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>Reset password of %1</source>
        <translation>重置 %1 的密码</translation>
    </message>
    <message>
        <source>Tell %1 this password; they choose their own at the next sign-in.</source>
        <translation>请把这个密码告诉 %1；下次登录时本人须改为自己的密码。</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>新密码(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Repeat it</source>
        <translation>再次输入(&amp;R)</translation>
    </message>
</context>
<context>
    <name>RoleNote</name>
    <message>
        <source>Sign in to work.</source>
        <translation>请登录后工作。</translation>
    </message>
    <message>
        <source>You are signed in as %1. You can: %2.</source>
        <translation>您当前以“%1”身份登录。您可以：%2。</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Calls are registered by the counter staff: add them with a first password in Office ▸ Staff roster.</source>
        <translation>来电由前台人员登记：请在“办公设置 ▸ 员工名册”中添加他们并设初始密码。</translation>
    </message>
    <message>
        <source>The plans waiting for your approval are on the Plans to approve tab.</source>
        <translation>等待您审批的方案在“待审批方案”页。</translation>
    </message>
</context>
<context>
    <name>RosterDialog</name>
    <message numerus="yes">
        <source>%n appointment(s) went back to the dispatch queue: %1.</source>
        <translation>
            <numerusform>%n 个预约已退回待派工队列：%1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n appointment(s) not yet started are taken from them; those of theirs alone go back to the dispatch queue for the supervisor to reassign:</source>
        <translation>
            <numerusform>将撤下其 %n 个尚未开始的预约；只由其一人负责的退回待派工队列，由主管重新派工：</numerusform>
        </translation>
    </message>
    <message>
        <source>Staff roster</source>
        <translation>员工名册</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>Show &amp;inactive staff</source>
        <translation>显示已停用员工(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Deactivate…</source>
        <translation>停用(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Reactivate</source>
        <translation>恢复在岗(&amp;R)</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>已添加 %1。</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Deactivate %1 from today? They leave the dispatch lanes and pickers; their tickets, work orders and appraisals are kept.</source>
        <translation>从今天起停用 %1？其将不再出现在派工看板和人员选择中；其工单、派工单和考核记录均保留。</translation>
    </message>
    <message>
        <source>%1 is now inactive.</source>
        <translation>%1 已停用。</translation>
    </message>
    <message>
        <source>%1 is active again.</source>
        <translation>%1 已恢复在岗。</translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation>重置密码(&amp;P)…</translation>
    </message>
    <message>
        <source>New password set for %1; they choose their own at the next sign-in.</source>
        <translation>已为 %1 设置新密码；下次登录时本人须改为自己的密码。</translation>
    </message>
    <message>
        <source> (stays with the other technicians)</source>
        <translation>（仍由其他师傅负责）</translation>
    </message>
</context>
<context>
    <name>ServerBackupsDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Server backups (*.dump);;All files (*)</source>
        <translation>服务器备份 (*.dump);;所有文件 (*)</translation>
    </message>
    <message>
        <source>daily backup</source>
        <translation>每日备份</translation>
    </message>
    <message>
        <source>backup on closing</source>
        <translation>关闭时备份</translation>
    </message>
    <message>
        <source>backed up by hand</source>
        <translation>手动备份</translation>
    </message>
    <message>
        <source>the state before a restore</source>
        <translation>恢复前的状态</translation>
    </message>
    <message>
        <source>The office&apos;s server backups in %1, newest first. Everything entered after the backup you choose is replaced; ticket numbers and the audit trail are kept.</source>
        <translation>%1 中本网点的服务器备份，最新的在前。所选备份之后录入的所有内容都将被替换；单号和审计记录会保留。</translation>
    </message>
    <message>
        <source>There are no server backups in %1; choose a backup file with Other file…</source>
        <translation>%1 中没有服务器备份；请用“其他文件…”选择备份文件。</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Other file…</source>
        <translation>其他文件(&amp;O)…</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <source>&amp;User:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>Use t&amp;his server (office already there)</source>
        <translation>使用此服务器（网点数据已在上面）(&amp;H)</translation>
    </message>
    <message>
        <source>Database server</source>
        <translation>数据库服务器</translation>
    </message>
    <message>
        <source>For several desks, the office lives on a PostgreSQL server. Ask IT for the server&apos;s address, a database made for the office and a user; the password is kept in your own settings and never shown.</source>
        <translation>多台电脑同时使用时，网点数据放在 PostgreSQL 服务器上。请向 IT 索取服务器地址、为网点建好的数据库和用户名；密码只保存在您自己的设置中，不会显示。</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>服务器(&amp;S)：</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>端口(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Move this office to the server</source>
        <translation>把本网点迁移到服务器(&amp;M)</translation>
    </message>
    <message>
        <source>Use the office &amp;file again</source>
        <translation>改回使用网点数据文件(&amp;F)</translation>
    </message>
    <message>
        <source>Move this office to a file on this &amp;computer…</source>
        <translation>把本网点迁移到本机的数据文件(&amp;C)…</translation>
    </message>
    <message>
        <source>Fill in the server, the database and the user.</source>
        <translation>请填写服务器、数据库和用户名。</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>the connection test did not finish</source>
        <translation>连接测试未完成</translation>
    </message>
    <message>
        <source>Could not connect: %1</source>
        <translation>无法连接：%1</translation>
    </message>
    <message>
        <source>Connected (PostgreSQL %1). This database already holds an office.</source>
        <translation>已连接（PostgreSQL %1）。该数据库中已有网点数据。</translation>
    </message>
    <message>
        <source>Connected (PostgreSQL %1). This database is empty: the office can move here.</source>
        <translation>已连接（PostgreSQL %1）。该数据库为空：可以把网点迁移到这里。</translation>
    </message>
    <message>
        <source>Moving the office to the server…</source>
        <translation>正在把网点迁移到服务器…</translation>
    </message>
    <message>
        <source>There is already a file at %1; choose a new name (an office file is never written over).</source>
        <translation>%1 已有文件；请换一个新文件名（网点数据文件绝不会被覆盖）。</translation>
    </message>
    <message>
        <source>Moving the office to %1…</source>
        <translation>正在把网点迁移到 %1…</translation>
    </message>
    <message>
        <source>it was cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>an office file cannot be on a network drive; choose a folder on this computer</source>
        <translation>网点数据文件不能放在网络驱动器上；请选择本机上的文件夹</translation>
    </message>
    <message>
        <source>The office was moved to %1: %2 rows in %3 tables, each table checked. Start the program again to work on the file. The office on the server is kept unchanged; what is entered in the file from now on is not on the server.</source>
        <translation>网点已迁移到 %1：%3 张表共 %2 行，每张表都已核对。请重新启动程序以使用该文件。服务器上的网点保持不变；今后在文件中录入的内容不会出现在服务器上。</translation>
    </message>
    <message>
        <source>Moving the office to a file…</source>
        <translation>正在把网点迁移到数据文件…</translation>
    </message>
    <message>
        <source>it did not finish</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>Move this office to a file</source>
        <translation>把本网点迁移到数据文件</translation>
    </message>
    <message>
        <source>Office files (*.db)</source>
        <translation>网点数据文件 (*.db)</translation>
    </message>
    <message>
        <source>The office was not moved: %1</source>
        <translation>网点未迁移：%1</translation>
    </message>
    <message>
        <source>The office was moved: %1 rows in %2 tables, each table checked. Start the program again to work on the server. The office file is kept unchanged as a backup: %3</source>
        <translation>网点已迁移：%2 张表共 %1 行，每张表都已核对。请重新启动程序以使用服务器。原网点数据文件保持不变，作为备份：%3</translation>
    </message>
    <message>
        <source>This desk will use the server from the next start of the program.</source>
        <translation>本机下次启动程序时将使用服务器。</translation>
    </message>
    <message>
        <source>This desk will use the office file from the next start of the program.</source>
        <translation>本机下次启动程序时将使用网点数据文件。</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Locked — sign in again</source>
        <translation>已锁定——请重新登录</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>The program was locked after a pause. Sign in to continue, or choose another name.</source>
        <translation>程序因长时间未操作已锁定。请登录继续，或选择其他姓名。</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>密码(&amp;P)</translation>
    </message>
</context>
<context>
    <name>SiteCategoryDialog</name>
    <message>
        <source>&amp;Category</source>
        <translation>类别(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Starts on (blank: completion date)</source>
        <translation>起算日期（空＝竣工日期）(&amp;S)</translation>
    </message>
    <message>
        <source>Contract&apos;s own &amp;term</source>
        <translation>合同约定保修期(&amp;T)</translation>
    </message>
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
    <name>StaffEditDialog</name>
    <message numerus="yes">
        <source>%n other member(s) of staff are already called “%1”. Save anyway?</source>
        <translation>
            <numerusform>已有 %n 名员工叫“%1”。仍要保存吗？</numerusform>
        </translation>
    </message>
    <message>
        <source>Add staff</source>
        <translation>添加员工</translation>
    </message>
    <message>
        <source>Edit staff</source>
        <translation>编辑员工</translation>
    </message>
    <message>
        <source>&amp;Name *</source>
        <translation>姓名(&amp;N) *</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>电话(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Role *</source>
        <translation>岗位(&amp;R) *</translation>
    </message>
    <message>
        <source>&amp;Department</source>
        <translation>部门(&amp;D)</translation>
    </message>
    <message>
        <source>S&amp;kills</source>
        <translation>技能(&amp;K)</translation>
    </message>
    <message>
        <source>Active &amp;from</source>
        <translation>入职日期(&amp;F)</translation>
    </message>
    <message>
        <source>Active &amp;to</source>
        <translation>离职日期(&amp;T)</translation>
    </message>
    <message>
        <source>Mobile or landline</source>
        <translation>手机或座机</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Same name</source>
        <translation>重名</translation>
    </message>
    <message>
        <source>First pass&amp;word *</source>
        <translation>初始密码(&amp;W) *</translation>
    </message>
    <message>
        <source>At least %1 characters; they change it at the first sign-in</source>
        <translation>至少 %1 个字符；本人首次登录时修改</translation>
    </message>
    <message>
        <source>Repeat pa&amp;ssword *</source>
        <translation>再次输入密码(&amp;S) *</translation>
    </message>
</context>
<context>
    <name>StaffTableModel</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>技能</translation>
    </message>
    <message>
        <source>Active from</source>
        <translation>入职日期</translation>
    </message>
    <message>
        <source>Active to</source>
        <translation>离职日期</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>在岗</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>已停用</translation>
    </message>
</context>
<context>
    <name>SummaryDialog</name>
    <message>
        <source>&amp;Summary</source>
        <translation>总结(&amp;S)</translation>
    </message>
    <message>
        <source>Warranty period summary</source>
        <translation>保修期服务总结</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
</context>
<context>
    <name>TechnicianPage</name>
    <message>
        <source>Technician %1</source>
        <translation>维修人员 %1</translation>
    </message>
    <message>
        <source>%1: the %2 months up to %3 (filled dots: approved months)</source>
        <translation>%1：截至 %3 的 %2 个月（实心点：已审批月份）</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>奖惩事项</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>培训</translation>
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
        <source>paused: the deadline moves on while the ticket waits</source>
        <translation>已暂停：等待期间期限顺延</translation>
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
    <message>
        <source>Calls and escalations</source>
        <translation>来电与升级</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>已答复</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>催单</translation>
    </message>
    <message>
        <source>Call to the customer</source>
        <translation>致电客户</translation>
    </message>
    <message>
        <source>overdue: %1</source>
        <translation>超时：%1</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>已升级</translation>
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
        <source>&amp;Phone *</source>
        <translation>电话(&amp;P) *</translation>
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
        <source>P&amp;roblem *</source>
        <translation>问题描述(&amp;R) *</translation>
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
        <source>completed %1</source>
        <translation>完成于 %1</translation>
    </message>
    <message>
        <source>received %1</source>
        <translation>受理于 %1</translation>
    </message>
    <message>
        <source>Likely a reminder of an open ticket of this site and category:</source>
        <translation>很可能是催单：该地址同类别已有未结工单：</translation>
    </message>
    <message>
        <source>Likely a repeat repair: the same work was completed here recently:</source>
        <translation>很可能是重复维修：该地址同类维修近期刚完成：</translation>
    </message>
    <message>
        <source>Register a new ticket</source>
        <translation>仍登记新工单</translation>
    </message>
    <message>
        <source>Likely a reminder</source>
        <translation>可能是催单</translation>
    </message>
    <message>
        <source>Register as a repeat repair</source>
        <translation>登记为重复维修</translation>
    </message>
    <message>
        <source>Likely a repeat repair</source>
        <translation>可能是重复维修</translation>
    </message>
    <message>
        <source>Saved ticket %1.</source>
        <translation>已保存工单 %1。</translation>
    </message>
    <message>
        <source>Deadlines: %1</source>
        <translation>时限：%1</translation>
    </message>
    <message>
        <source>Na&amp;me *</source>
        <translation>姓名(&amp;M) *</translation>
    </message>
    <message>
        <source>Sit&amp;e address *</source>
        <translation>地址(&amp;E) *</translation>
    </message>
    <message>
        <source>Cha&amp;nnel *</source>
        <translation>渠道(&amp;N) *</translation>
    </message>
    <message>
        <source>Complaint about (&amp;J) *</source>
        <translation>投诉对象(&amp;J) *</translation>
    </message>
    <message>
        <source>Recei&amp;ved at</source>
        <translation>受理时间(&amp;V)</translation>
    </message>
    <message>
        <source>Ur&amp;gent (safety hazard)</source>
        <translation>紧急（安全隐患）(&amp;G)</translation>
    </message>
    <message>
        <source>New registration</source>
        <translation>新登记</translation>
    </message>
    <message>
        <source>Open: %1</source>
        <translation>未结工单：%1</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>已修改</translation>
    </message>
    <message>
        <source>now</source>
        <translation>当前时间</translation>
    </message>
    <message>
        <source>Typed by the receptionist; kept as typed.</source>
        <translation>由受理人填写，按所填时间保存。</translation>
    </message>
    <message>
        <source>Follows the clock; the moment of saving is recorded.</source>
        <translation>随时钟走动，保存时记录当时的时间。</translation>
    </message>
    <message>
        <source>Record a reminder on %1</source>
        <translation>记为 %1 的催单</translation>
    </message>
    <message>
        <source>Back to the form</source>
        <translation>返回表单</translation>
    </message>
    <message>
        <source>Recorded a reminder on ticket %1.</source>
        <translation>已在工单 %1 上记录催单。</translation>
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
    <name>TimeLimitsDialog</name>
    <message numerus="yes">
        <source>%n open ticket(s) got a new next deadline.</source>
        <translation>
            <numerusform>%n 张未结工单的下一时限已变更。</numerusform>
        </translation>
    </message>
    <message>
        <source>Time limits</source>
        <translation>处理时限</translation>
    </message>
    <message>
        <source>How long each step may take. Limits in hours are clock hours and run around the clock. Limits in working days count office time only — the office&apos;s opening to closing time (office settings) on the working days of the calendar — so a call after closing counts from the next opening and every such deadline falls inside office hours. The first response is met by the first recorded contact that confirms the request: an agreed appointment, a complaint&apos;s acknowledgement or answer, a consultation&apos;s answer. Saving recomputes the deadlines of open tickets; closed tickets keep theirs. Bold values differ from the rules&apos; defaults.</source>
        <translation>每个环节的处理时限。以小时计的时限为自然小时，全天连续计算。以工作日计的时限只计算上班时间——工作日历中各工作日的上班至下班时间（见网点设置）——因此下班后来电从下一个上班时间起算，这类期限总在上班时间内。首次响应以第一次确认诉求的联系记录为准：约定预约、投诉的致电确认或答复、咨询的答复。保存后会重算未结工单的期限；已关闭的工单保留原期限。粗体值与规定的默认值不同。</translation>
    </message>
    <message>
        <source>&amp;Restore defaults</source>
        <translation>恢复默认值(&amp;R)</translation>
    </message>
    <message>
        <source>Time limits saved</source>
        <translation>处理时限已保存</translation>
    </message>
</context>
<context>
    <name>TrainingDialog</name>
    <message>
        <source>Training records</source>
        <translation>售后人员培训记录表</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>参加人员</translation>
    </message>
    <message>
        <source>Sessions held</source>
        <translation>培训场次</translation>
    </message>
    <message>
        <source>Record a new session:</source>
        <translation>记录新的培训：</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <source>T&amp;opic</source>
        <translation>主题(&amp;O)</translation>
    </message>
    <message>
        <source>T&amp;rainer</source>
        <translation>培训人(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Hours</source>
        <translation>小时数(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Attended</source>
        <translation>参加人员(&amp;A)</translation>
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
        <source>Search, then pick a result to see its warranty.</source>
        <translation>请先查询，再选择一条结果查看保修情况。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;  %2&lt;br&gt;%3&lt;br&gt;Contract %4 · completed %5</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;  %2&lt;br&gt;%3&lt;br&gt;合同 %4 · 竣工 %5</translation>
    </message>
    <message>
        <source>Re&amp;cord patrol…</source>
        <translation>登记巡查(&amp;C)…</translation>
    </message>
    <message>
        <source>Write su&amp;mmary…</source>
        <translation>填写总结(&amp;M)…</translation>
    </message>
    <message>
        <source>Default warranty t&amp;erms…</source>
        <translation>默认保修期(&amp;E)…</translation>
    </message>
</context>
<context>
    <name>WorkOrderDialog</name>
    <message>
        <source>customer acceptance</source>
        <translation>客户验收</translation>
    </message>
    <message>
        <source>service report</source>
        <translation>售后服务报告单</translation>
    </message>
    <message>
        <source>satisfaction survey</source>
        <translation>满意度调查</translation>
    </message>
    <message>
        <source>follow-up visit</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>&amp;Confirm appointment with customer</source>
        <translation>与客户确认预约(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Save work</source>
        <translation>保存维修记录(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Finish work</source>
        <translation>完工(&amp;F)</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>配件</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>Customer &amp;accepted</source>
        <translation>客户验收合格(&amp;A)</translation>
    </message>
    <message>
        <source>Customer did &amp;not accept</source>
        <translation>客户验收不合格(&amp;N)</translation>
    </message>
    <message>
        <source>Why not</source>
        <translation>不合格原因</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>意见</translation>
    </message>
    <message>
        <source>Cannot close yet. Still missing: %1.</source>
        <translation>暂不能消单，尚缺：%1。</translation>
    </message>
    <message>
        <source>Work order for %1</source>
        <translation>派工单 %1</translation>
    </message>
    <message>
        <source>clock paused</source>
        <translation>计时暂停</translation>
    </message>
    <message>
        <source>Appointment %1 – %2 · %3</source>
        <translation>预约 %1 – %2 · %3</translation>
    </message>
    <message>
        <source>late arrival</source>
        <translation>迟到</translation>
    </message>
    <message>
        <source>repeat repair</source>
        <translation>重复维修</translation>
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
        <source>Arri&amp;ved at</source>
        <translation>到场时间(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Record arrival</source>
        <translation>登记到场(&amp;R)</translation>
    </message>
    <message>
        <source>Work on site</source>
        <translation>现场维修</translation>
    </message>
    <message>
        <source>&amp;Diagnosis</source>
        <translation>诊断(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Work done</source>
        <translation>处理内容(&amp;W)</translation>
    </message>
    <message>
        <source>La&amp;bour (yuan)</source>
        <translation>人工费（元）(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Quote (yuan)</source>
        <translation>报价（元）(&amp;Q)</translation>
    </message>
    <message>
        <source>Reas&amp;on for a quote of 0</source>
        <translation>报价为 0 的原因(&amp;O)</translation>
    </message>
    <message>
        <source>e.g. free redo: the customer did not accept the first work</source>
        <translation>例如：首次验收未通过，免费返工</translation>
    </message>
    <message>
        <source>Add &amp;part</source>
        <translation>添加配件(&amp;P)</translation>
    </message>
    <message>
        <source>Re&amp;move part</source>
        <translation>删除配件(&amp;M)</translation>
    </message>
    <message>
        <source>Damage ca&amp;used by the customer or others</source>
        <translation>客户或他人造成的损坏(&amp;U)</translation>
    </message>
    <message>
        <source>Customer agreed to the quote before wor&amp;k</source>
        <translation>施工前客户已同意报价(&amp;K)</translation>
    </message>
    <message>
        <source>Repeat caused by the earlier tec&amp;hnician&apos;s work</source>
        <translation>返修由上次维修人员造成(&amp;H)</translation>
    </message>
    <message>
        <source>Acceptance and survey</source>
        <translation>验收与满意度</translation>
    </message>
    <message>
        <source>Si&amp;gned by</source>
        <translation>签字人(&amp;G)</translation>
    </message>
    <message>
        <source>A&amp;ttitude</source>
        <translation>服务态度(&amp;T)</translation>
    </message>
    <message>
        <source>Qual&amp;ity</source>
        <translation>维修质量(&amp;I)</translation>
    </message>
    <message>
        <source>Tim&amp;eliness</source>
        <translation>及时性(&amp;E)</translation>
    </message>
    <message>
        <source>1 = poor … 5 = excellent; choose one</source>
        <translation>1 = 差 … 5 = 很好，请选择</translation>
    </message>
    <message>
        <source>Save surve&amp;y</source>
        <translation>保存满意度(&amp;Y)</translation>
    </message>
    <message>
        <source>Correct surve&amp;y</source>
        <translation>更正满意度(&amp;Y)</translation>
    </message>
    <message>
        <source>Reason for the correction (&amp;X)</source>
        <translation>更正原因(&amp;X)</translation>
    </message>
    <message>
        <source>e.g. the customer&apos;s answer was taken down wrongly</source>
        <translation>例如：客户的回答记录错了</translation>
    </message>
    <message>
        <source>Service report fi&amp;led</source>
        <translation>服务报告单已归档(&amp;L)</translation>
    </message>
    <message>
        <source>Close ticket (&amp;Z)</source>
        <translation>消单(&amp;Z)</translation>
    </message>
    <message>
        <source>Parts %1 yuan · labour %2 yuan · total %3 yuan</source>
        <translation>配件 %1 元 · 人工 %2 元 · 合计 %3 元</translation>
    </message>
    <message>
        <source>Choose a rating from 1 to 5 for attitude, quality and timeliness.</source>
        <translation>请为服务态度、维修质量和及时性各选择 1 到 5 分。</translation>
    </message>
    <message>
        <source>The survey is already recorded: say why it is corrected.</source>
        <translation>满意度已经记录过：请填写更正原因。</translation>
    </message>
    <message>
        <source>Free: in warranty, quality problem</source>
        <translation>免费：在保修期内且属质量问题</translation>
    </message>
    <message>
        <source>Paid service: quote and consent first (a free redo is quoted 0 with its reason)</source>
        <translation>有偿服务：先报价并取得客户同意（免费返工报价 0 并写明原因）</translation>
    </message>
    <message>
        <source>Resume clock (&amp;J)</source>
        <translation>恢复计时(&amp;J)</translation>
    </message>
    <message>
        <source>Pause clock (&amp;J)</source>
        <translation>暂停计时(&amp;J)</translation>
    </message>
    <message>
        <source>To close, still missing: %1.</source>
        <translation>消单还缺：%1。</translation>
    </message>
    <message>
        <source>Everything is recorded: the ticket may be closed.</source>
        <translation>各项均已登记，可以消单。</translation>
    </message>
</context>
<context>
    <name>YearView</name>
    <message>
        <source>Working calendar</source>
        <translation>工作日历</translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <source>register calls and tickets</source>
        <translation>登记来电和工单</translation>
    </message>
    <message>
        <source>look up customers and sites</source>
        <translation>查询客户和工地</translation>
    </message>
    <message>
        <source>dispatch and close work orders</source>
        <translation>派工和消单</translation>
    </message>
    <message>
        <source>record work on an order</source>
        <translation>记录派工单的施工情况</translation>
    </message>
    <message>
        <source>record follow-up visits</source>
        <translation>记录回访</translation>
    </message>
    <message>
        <source>handle complaints</source>
        <translation>处理投诉</translation>
    </message>
    <message>
        <source>approve complaint plans</source>
        <translation>审批投诉处理方案</translation>
    </message>
    <message>
        <source>edit products, contract terms and patrols</source>
        <translation>修改产品、合同保修期和巡查记录</translation>
    </message>
    <message>
        <source>edit warranty terms</source>
        <translation>修改保修期限</translation>
    </message>
    <message>
        <source>view staff appraisals</source>
        <translation>查看人员考核</translation>
    </message>
    <message>
        <source>approve and correct appraisals</source>
        <translation>审批和更正考核</translation>
    </message>
    <message>
        <source>record penalties and rewards</source>
        <translation>登记处罚和奖励</translation>
    </message>
    <message>
        <source>record training</source>
        <translation>登记培训</translation>
    </message>
    <message>
        <source>export registers</source>
        <translation>导出登记表</translation>
    </message>
    <message>
        <source>export full phone numbers</source>
        <translation>导出完整电话号码</translation>
    </message>
    <message>
        <source>manage staff and passwords</source>
        <translation>管理人员和密码</translation>
    </message>
    <message>
        <source>change office settings</source>
        <translation>修改办公设置</translation>
    </message>
    <message>
        <source>view the audit trail</source>
        <translation>查看操作日志</translation>
    </message>
    <message>
        <source>back up and restore the office</source>
        <translation>备份和恢复数据</translation>
    </message>
    <message>
        <source>combine the branches&apos; monthly packs</source>
        <translation>合并各网点的月度资料</translation>
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
        <source>Filling the demo office…</source>
        <translation>正在填入演示数据…</translation>
    </message>
    <message>
        <source>The demo office could not be filled:
%1</source>
        <translation>演示数据未能填入：
%1</translation>
    </message>
    <message>
        <source>Already open</source>
        <translation>已打开</translation>
    </message>
    <message>
        <source>The program is already open on this computer; finish signing in there.</source>
        <translation>程序已在本电脑上打开；请在该窗口中完成登录。</translation>
    </message>
    <message>
        <source>Checking the office database…</source>
        <translation>正在检查办公室数据库…</translation>
    </message>
    <message>
        <source>The office is being backed up, one moment…</source>
        <translation>正在备份办公室数据，请稍候…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Service Office</source>
        <translation>售后服务台</translation>
    </message>
    <message>
        <source>New office?</source>
        <translation>新建网点？</translation>
    </message>
    <message>
        <source>There is no office database at %1.

Start a new office there? If you meant an existing office, answer No and check the path.</source>
        <translation>%1 处没有网点数据库。

要在那里新建一个网点吗？如果您要打开的是已有网点，请选“否”并检查路径。</translation>
    </message>
    <message>
        <source>The office database %1 is read-only (the file or its folder), so the program cannot save anything in it. It is not damaged. Make the file and its folder writable for you, or copy the office to a writable folder, then start the program again.</source>
        <translation>网点数据库 %1 是只读的（文件或其所在文件夹），程序无法在其中保存任何内容。它并没有损坏。请让该文件及其文件夹可写，或把网点数据复制到可写的文件夹，然后重新启动程序。</translation>
    </message>
    <message>
        <source>The office database %1 cannot be read with your permissions. Ask IT to check them, then start the program again.</source>
        <translation>以您的权限无法读取网点数据库 %1。请联系 IT 检查权限，然后重新启动程序。</translation>
    </message>
    <message>
        <source>%1 is not a database file. Check the path given with --db.</source>
        <translation>%1 不是数据库文件。请检查 --db 给出的路径。</translation>
    </message>
    <message>
        <source>A demo office is only made in a new, empty database, and this one is already in use. Nothing was changed. To try the demo, start the program with a new database file.</source>
        <translation>演示网点只能建在新的空数据库中，而此数据库已在使用。未作任何更改。如需试用演示，请用一个新的数据库文件启动程序。</translation>
    </message>
    <message>
        <source>Office busy</source>
        <translation>网点数据正被占用</translation>
    </message>
    <message>
        <source>A command (an export or import started outside the window) is working on the office right now. Start the program again in a minute.</source>
        <translation>有一条命令（在窗口之外启动的导出或导入）正在处理网点数据。请过一分钟再启动程序。</translation>
    </message>
</context>
<context>
    <name>appraisal</name>
    <message>
        <source>Jobs</source>
        <translation>维修单数</translation>
    </message>
    <message>
        <source>First-time fix</source>
        <translation>一次修复率</translation>
    </message>
    <message>
        <source>Time limits met</source>
        <translation>时限达标率</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>准时</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Valid complaints</source>
        <translation>有效投诉</translation>
    </message>
    <message>
        <source>Parts / job</source>
        <translation>配件/单</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>维修人员</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>NO</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Ticket no.</source>
        <translation>工单号</translation>
    </message>
    <message>
        <source>Accepted at</source>
        <translation>验收时间</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Repeat ticket (technician&apos;s fault)</source>
        <translation>返修工单（维修人员责任）</translation>
    </message>
    <message>
        <source>Repeat received at</source>
        <translation>返修受理时间</translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation>时限</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>达标</translation>
    </message>
    <message>
        <source>Appointment from</source>
        <translation>预约时间自</translation>
    </message>
    <message>
        <source>Arrived at</source>
        <translation>到场时间</translation>
    </message>
    <message>
        <source>Rated at</source>
        <translation>评价时间</translation>
    </message>
    <message>
        <source>Attitude</source>
        <translation>服务态度</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>维修质量</translation>
    </message>
    <message>
        <source>Timeliness</source>
        <translation>及时性</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>平均</translation>
    </message>
    <message>
        <source>Received at</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Why valid</source>
        <translation>有效理由</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>配件</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Time of this type</source>
        <translation>该类型时限</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>%1 = %2, from these %3 records.</source>
        <translation>%1 = %2，来自以下 %3 条记录。</translation>
    </message>
    <message>
        <source>As approved: later changes to the records do not change these.</source>
        <translation>审批时的数据：之后记录的变更不会影响这些数据。</translation>
    </message>
    <message>
        <source>Live: these follow the records until the month is approved.</source>
        <translation>实时：在该月审批之前，这些数据随记录变化。</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已审批</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Reward</source>
        <translation>奖励</translation>
    </message>
    <message>
        <source>Penalty</source>
        <translation>处罚</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>培训人</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>小时数</translation>
    </message>
    <message>
        <source>Outstanding performance</source>
        <translation>表现突出</translation>
    </message>
    <message>
        <source>Praised by a customer</source>
        <translation>客户表扬</translation>
    </message>
    <message>
        <source>Service attitude</source>
        <translation>服务态度</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>收费</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Penalties (yuan)</source>
        <translation>处罚（元）</translation>
    </message>
    <message>
        <source>Rewards (yuan)</source>
        <translation>奖励（元）</translation>
    </message>
    <message>
        <source>Dismissal review</source>
        <translation>辞退审查</translation>
    </message>
</context>
<context>
    <name>audit</name>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>the penalty amounts</source>
        <translation>处罚金额</translation>
    </message>
    <message>
        <source>the appraisal weights</source>
        <translation>考核权重</translation>
    </message>
    <message>
        <source>the grade bands</source>
        <translation>等级分段</translation>
    </message>
    <message>
        <source>the points of penalties and rewards</source>
        <translation>奖惩加减分</translation>
    </message>
    <message>
        <source>masking phone numbers in exports</source>
        <translation>导出时隐藏电话号码</translation>
    </message>
    <message>
        <source>the repeat-repair window (days)</source>
        <translation>返修判定期（天）</translation>
    </message>
    <message>
        <source>the default appointment length</source>
        <translation>默认预约时长</translation>
    </message>
    <message>
        <source>the warning before a time limit (hours)</source>
        <translation>时限到期前提醒（小时）</translation>
    </message>
    <message>
        <source>the office name</source>
        <translation>部门名称</translation>
    </message>
    <message>
        <source>the office address</source>
        <translation>部门地址</translation>
    </message>
    <message>
        <source>the office phone</source>
        <translation>部门电话</translation>
    </message>
    <message>
        <source>the backup folder</source>
        <translation>备份文件夹</translation>
    </message>
    <message>
        <source>the idle lock (minutes)</source>
        <translation>闲置锁定（分钟）</translation>
    </message>
    <message>
        <source>changed the %1 limit from %2 to %3</source>
        <translation>把“%1”的时限从 %2 改为 %3</translation>
    </message>
    <message>
        <source>changed %1 from %2 to %3</source>
        <translation>把%1从 %2 改为 %3</translation>
    </message>
    <message>
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>role</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>skills</source>
        <translation>技能</translation>
    </message>
    <message>
        <source>first working day</source>
        <translation>入职日期</translation>
    </message>
    <message>
        <source>last working day</source>
        <translation>离职日期</translation>
    </message>
    <message>
        <source>%1 from %2 to %3</source>
        <translation>%1从 %2 改为 %3</translation>
    </message>
    <message>
        <source>set %1 as a working day</source>
        <translation>把 %1 设为上班日</translation>
    </message>
    <message>
        <source>set %1 as a rest day</source>
        <translation>把 %1 设为休息日</translation>
    </message>
    <message>
        <source>imported the holiday schedule of %1 (%2 days) from %3</source>
        <translation>从 %3 导入 %1 年节假日安排（%2 天）</translation>
    </message>
    <message>
        <source>signed in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>a wrong password was typed for %1</source>
        <translation>%1 的密码输入错误</translation>
    </message>
    <message>
        <source>changed their own password</source>
        <translation>修改了自己的密码</translation>
    </message>
    <message>
        <source>set a new password for %1 (to be changed at the next sign-in)</source>
        <translation>为 %1 设置了新密码（下次登录时须修改）</translation>
    </message>
    <message>
        <source>made %1 active again</source>
        <translation>恢复 %1 在岗</translation>
    </message>
    <message>
        <source>added %1 as %2</source>
        <translation>添加 %1，岗位：%2</translation>
    </message>
    <message>
        <source>deactivated %1 (last working day %2)</source>
        <translation>停用 %1（最后工作日 %2）</translation>
    </message>
    <message>
        <source>changed %1: %2</source>
        <translation>修改 %1：%2</translation>
    </message>
    <message>
        <source>recorded a reward for %1: %2, %3 yuan, on %4</source>
        <translation>登记 %1 的奖励：%2，%3 元，日期 %4</translation>
    </message>
    <message>
        <source>(counts in %1: that month was approved)</source>
        <translation>（计入 %1：原月份已审批）</translation>
    </message>
    <message>
        <source>registered %1 (%2)</source>
        <translation>登记 %1（%2）</translation>
    </message>
    <message>
        <source>moved %1 from %2 to %3</source>
        <translation>%1 从“%2”变为“%3”</translation>
    </message>
    <message>
        <source>paused the time limits of %1: %2</source>
        <translation>暂停 %1 的时限：%2</translation>
    </message>
    <message>
        <source>resumed the time limits of %1</source>
        <translation>恢复 %1 的时限</translation>
    </message>
    <message>
        <source>marked %1 as a major complaint</source>
        <translation>把 %1 标为重大投诉</translation>
    </message>
    <message>
        <source>marked %1 as not major</source>
        <translation>把 %1 标为非重大投诉</translation>
    </message>
    <message>
        <source>escalated %1 to %2 as overdue</source>
        <translation>%1 超时，升级至%2</translation>
    </message>
    <message>
        <source>recorded the customer&apos;s rating of %1: %2</source>
        <translation>登记 %1 的客户评分：%2</translation>
    </message>
    <message>
        <source>corrected the customer&apos;s rating of %1 from %2 to %3: %4</source>
        <translation>更正 %1 的客户评分，从 %2 改为 %3：%4</translation>
    </message>
    <message>
        <source>could not reach the customer of %1 for the follow-up</source>
        <translation>回访 %1 的客户未联系上</translation>
    </message>
    <message>
        <source>met a time limit of %1</source>
        <translation>%1 达成一项时限</translation>
    </message>
    <message>
        <source>complaint %1: %2</source>
        <translation>投诉 %1：%2</translation>
    </message>
    <message>
        <source>dispatched %1</source>
        <translation>派工 %1</translation>
    </message>
    <message>
        <source>moved the appointment of %1</source>
        <translation>改约 %1</translation>
    </message>
    <message>
        <source>recorded the work done on %1</source>
        <translation>登记 %1 的维修内容</translation>
    </message>
    <message>
        <source>marked the service report of %1 done</source>
        <translation>%1 的服务报告单已完成</translation>
    </message>
    <message>
        <source>returned %1 to the dispatch queue: its technician left</source>
        <translation>%1 退回待派工队列：维修人员已离岗</translation>
    </message>
    <message>
        <source>took a leaving technician off %1</source>
        <translation>从 %1 撤下离岗的维修人员</translation>
    </message>
    <message>
        <source>approved the appraisal of %1</source>
        <translation>审批 %1 的考核</translation>
    </message>
    <message>
        <source>corrected the appraisal %1 by %2 points</source>
        <translation>更正考核 %1，分数变动 %2</translation>
    </message>
    <message>
        <source>added the department %1</source>
        <translation>添加部门 %1</translation>
    </message>
    <message>
        <source>renamed the department %1 to %2</source>
        <translation>把部门 %1 改名为 %2</translation>
    </message>
    <message>
        <source>retired the department %1</source>
        <translation>停用部门 %1</translation>
    </message>
    <message>
        <source>brought back the department %1</source>
        <translation>恢复部门 %1</translation>
    </message>
    <message>
        <source>deleted the department %1</source>
        <translation>删除部门 %1</translation>
    </message>
    <message>
        <source>changed which department handles each cause</source>
        <translation>修改了各类原因的责任部门</translation>
    </message>
    <message>
        <source>set up the office %1</source>
        <translation>建立部门 %1</translation>
    </message>
    <message>
        <source>exported %1 (%2 rows) to %3</source>
        <translation>导出 %1（%2 行）到 %3</translation>
    </message>
    <message>
        <source>printed %1 to %2</source>
        <translation>打印 %1 到 %2</translation>
    </message>
    <message>
        <source>recorded the training “%1” on %2</source>
        <translation>登记培训“%1”，日期 %2</translation>
    </message>
    <message>
        <source>changed the warranty term of %1 from %2 to %3 months</source>
        <translation>把%1的保修期从 %2 个月改为 %3 个月</translation>
    </message>
    <message>
        <source>replaced unit %1 by %2</source>
        <translation>更换设备 %1 为 %2</translation>
    </message>
    <message>
        <source>added product %1</source>
        <translation>添加产品 %1</translation>
    </message>
    <message>
        <source>recorded a patrol</source>
        <translation>登记巡查</translation>
    </message>
    <message>
        <source>changed a site&apos;s warranty: %1</source>
        <translation>修改工地保修：%1</translation>
    </message>
    <message>
        <source>wrote a warranty service summary</source>
        <translation>填写保修服务总结</translation>
    </message>
    <message>
        <source>restored the office from the backup %1</source>
        <translation>从备份 %1 恢复了网点数据</translation>
    </message>
    <message>
        <source>(the state before saved as %1)</source>
        <translation>（恢复前的状态已保存为 %1）</translation>
    </message>
    <message>
        <source>kept through a restore — entries written after the backup: %1, ticket counters: %2</source>
        <translation>恢复时保留：备份之后写入的记录 %1 条，工单编号计数 %2 个</translation>
    </message>
    <message>
        <source>imported %1 customers and sites from %2</source>
        <translation>从 %2 导入 %1 个客户和工地</translation>
    </message>
    <message>
        <source>(nobody signed in)</source>
        <translation>（未登录）</translation>
    </message>
</context>
<context>
    <name>background</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source> · about %1 min left</source>
        <translation> · 约剩 %1 分钟</translation>
    </message>
    <message>
        <source> · about %1 s left</source>
        <translation> · 约剩 %1 秒</translation>
    </message>
</context>
<context>
    <name>backup</name>
    <message>
        <source>The backup folder %1 cannot be written (is the USB drive plugged in?): %2</source>
        <translation>无法写入备份文件夹 %1（U 盘是否已插入？）：%2</translation>
    </message>
    <message>
        <source>The backup did not finish.</source>
        <translation>备份未完成。</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Making today&apos;s backup…</source>
        <translation>正在进行今日备份…</translation>
    </message>
    <message>
        <source>Backing up before closing…</source>
        <translation>正在关闭前备份…</translation>
    </message>
    <message>
        <source>No backup was made: %1</source>
        <translation>未进行备份：%1</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>已备份至 %1</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Office backups (*.db);;All files (*)</source>
        <translation>网点备份 (*.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>备份文件夹</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>数据库已损坏</translation>
    </message>
    <message>
        <source>The office database %1 is damaged and cannot be used safely.

The newest healthy backup is %2. Restore it? Whatever was entered after that backup will have to be entered again. The damaged file is kept beside the backups.</source>
        <translation>网点数据库 %1 已损坏，无法安全使用。

最新的完好备份为 %2。是否恢复？该备份之后录入的内容需要重新录入。损坏的文件将保留在备份所在的文件夹中。</translation>
    </message>
    <message>
        <source>Restore this backup</source>
        <translation>恢复此备份</translation>
    </message>
    <message>
        <source>Choose another backup…</source>
        <translation>选择其他备份…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>The office database %1 is damaged and cannot be used safely, and no healthy backup was found in %2.

Choose a backup file (for example on the USB drive), or quit and ask for help.</source>
        <translation>网点数据库 %1 已损坏，无法安全使用，且在 %2 中未找到完好的备份。

请选择一个备份文件（例如 U 盘上的备份），或退出并寻求帮助。</translation>
    </message>
    <message>
        <source>Choose a backup…</source>
        <translation>选择备份…</translation>
    </message>
    <message>
        <source>The backup was not restored: %1</source>
        <translation>备份未恢复：%1</translation>
    </message>
    <message>
        <source>The office was restored from %1. The damaged database was kept as %2.</source>
        <translation>网点数据已从 %1 恢复。损坏的数据库已保留为 %2。</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>{done} of {total} tickets…</source>
        <translation>已生成 {done} / {total} 张工单…</translation>
    </message>
    <message>
        <source>{sheet}: {rows} rows</source>
        <translation>{sheet}：{rows} 行</translation>
    </message>
    <message>
        <source>Written: {path}</source>
        <translation>已写入：{path}</translation>
    </message>
    <message>
        <source>Row {row}: {reason}</source>
        <translation>第 {row} 行：{reason}</translation>
    </message>
    <message>
        <source>{good} rows would be imported, {bad} not (dry run).</source>
        <translation>可导入 {good} 行，{bad} 行不能导入（仅检查，未导入）。</translation>
    </message>
    <message>
        <source>{good} rows imported, {bad} not.</source>
        <translation>已导入 {good} 行，{bad} 行未导入。</translation>
    </message>
    <message>
        <source>A demo office with {staff} staff, {customers} customers and {tickets} tickets is in {path}.</source>
        <translation>演示网点（{staff} 名员工、{customers} 位客户、{tickets} 张工单）已建在 {path}。</translation>
    </message>
    <message>
        <source>Every member of staff signs in with the password {password}.</source>
        <translation>每位员工都用密码 {password} 登录。</translation>
    </message>
    <message>
        <source>There is no office database at {path}. Check the path given with --db; a new office is only set up in the program window.</source>
        <translation>{path} 处没有网点数据库。请检查 --db 给出的路径；新网点只能在程序窗口中建立。</translation>
    </message>
    <message>
        <source>The database file {path} is empty (0 bytes) and holds no office. Start the program window, which offers to restore the newest backup.</source>
        <translation>数据库文件 {path} 是空的（0 字节），其中没有网点数据。请启动程序窗口，它会提供恢复最新备份。</translation>
    </message>
    <message>
        <source>{path} is not a database file. Check the path given with --db.</source>
        <translation>{path} 不是数据库文件。请检查 --db 给出的路径。</translation>
    </message>
    <message>
        <source>The database file {path} cannot be read with your permissions. Ask IT to check them.</source>
        <translation>以您的权限无法读取数据库文件 {path}。请联系 IT 检查权限。</translation>
    </message>
    <message>
        <source>The database file {path} (or its folder) is read-only, and signing in must write to it. Make the file and its folder writable for you, or copy the office to a writable folder.</source>
        <translation>数据库文件 {path}（或其所在文件夹）是只读的，而登录需要写入。请让该文件及其文件夹可写，或把网点数据复制到可写的文件夹。</translation>
    </message>
    <message>
        <source>The database file {path} is damaged; nothing was read from it. Start the program window, which offers to restore the newest backup.</source>
        <translation>数据库文件 {path} 已损坏；未从中读取任何内容。请启动程序窗口，它会提供恢复最新备份。</translation>
    </message>
    <message>
        <source>The office {path} is open in the program window on this computer, so the command did nothing. Close the window (File ▸ Quit) and run it again; a scheduled job should run while the window is closed.</source>
        <translation>网点 {path} 正在本机的程序窗口中打开，因此命令未执行任何操作。请关闭窗口（文件 ▸ 退出）后重新运行；定时任务应安排在窗口关闭时运行。</translation>
    </message>
    <message>
        <source>{url} is not a database this program can use: give a file path, sqlite:///PATH or postgresql://user@host/dbname.</source>
        <translation>{url} 不是本程序可用的数据库：请给出文件路径、sqlite:///路径 或 postgresql://用户@主机/数据库名。</translation>
    </message>
    <message>
        <source>The database {path} is on a network drive, where it could be damaged. Keep it on this computer&apos;s own disk, or use a database server for several desks.</source>
        <translation>数据库 {path} 位于网络驱动器上，可能因此损坏。请把它放在本机自己的磁盘上，多个工位请使用数据库服务器。</translation>
    </message>
    <message>
        <source>The disk is full; nothing was saved. Free some space and try again.</source>
        <translation>磁盘已满；未保存任何内容。请腾出空间后重试。</translation>
    </message>
    <message>
        <source>{name} cannot be written or read with your permissions; choose another place.</source>
        <translation>以您的权限无法读写 {name}；请换一个位置。</translation>
    </message>
    <message>
        <source>{name} does not exist; check the path.</source>
        <translation>{name} 不存在；请检查路径。</translation>
    </message>
    <message>
        <source>{name} is a folder; give a file name.</source>
        <translation>{name} 是文件夹；请给出文件名。</translation>
    </message>
    <message>
        <source>{name} could not be used: {detail}.</source>
        <translation>无法使用 {name}：{detail}。</translation>
    </message>
    <message>
        <source>{table}: {rows} rows, sha256 {checksum}… verified</source>
        <translation>{table}：{rows} 行，sha256 {checksum}… 已核对</translation>
    </message>
    <message>
        <source>Moved {rows} rows to {target}; {source} is unchanged.</source>
        <translation>已将 {rows} 行迁移到 {target}；{source} 保持不变。</translation>
    </message>
    <message>
        <source>The office database could not be used ({detail}); nothing was changed. If it is read-only or damaged, start the program window to have it explained.</source>
        <translation>无法使用网点数据库（{detail}）；未做任何更改。如果它是只读或已损坏的，请启动程序窗口查看说明。</translation>
    </message>
    <message>
        <source>The command failed ({reason}); the details are in {log}.</source>
        <translation>命令执行失败（{reason}）；详细信息见 {log}。</translation>
    </message>
</context>
<context>
    <name>complaints</name>
    <message>
        <source>Registered</source>
        <translation>已登记</translation>
    </message>
    <message>
        <source>Classified</source>
        <translation>已分类</translation>
    </message>
    <message>
        <source>Marked major / not major</source>
        <translation>已标记为重大/非重大</translation>
    </message>
    <message>
        <source>Responsible department named</source>
        <translation>已确定责任部门</translation>
    </message>
    <message>
        <source>Investigation recorded</source>
        <translation>已记录调查</translation>
    </message>
    <message>
        <source>Valid / invalid decided</source>
        <translation>已判定有效/无效</translation>
    </message>
    <message>
        <source>Handling plan entered</source>
        <translation>已填写处理方案</translation>
    </message>
    <message>
        <source>Plan approved</source>
        <translation>方案已审批</translation>
    </message>
    <message>
        <source>Customer answered</source>
        <translation>已答复客户</translation>
    </message>
    <message>
        <source>Result fed back</source>
        <translation>结果反馈</translation>
    </message>
    <message>
        <source>Followed up</source>
        <translation>已回访</translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation>状态已变更</translation>
    </message>
    <message>
        <source>Time limit met</source>
        <translation>符合时限</translation>
    </message>
    <message>
        <source>Plan sent back</source>
        <translation>方案被退回</translation>
    </message>
    <message>
        <source>Customer&apos;s acceptance</source>
        <translation>客户验收</translation>
    </message>
    <message>
        <source>Customer escalated to a higher level</source>
        <translation>客户越级投诉</translation>
    </message>
    <message>
        <source>Reported to the manager as a major complaint</source>
        <translation>作为重大投诉上报售后经理</translation>
    </message>
    <message>
        <source>Escalated as overdue</source>
        <translation>超时升级</translation>
    </message>
    <message>
        <source>major</source>
        <translation>重大</translation>
    </message>
    <message>
        <source>not major</source>
        <translation>非重大</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>无效</translation>
    </message>
    <message>
        <source>satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <source>not satisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <source>now %1</source>
        <translation>现为“%1”</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>error_dialog</name>
    <message>
        <source>The computer ran out of memory. Close other programs and try again.</source>
        <translation>电脑内存不足。请关闭其他程序后重试。</translation>
    </message>
    <message>
        <source>The disk is full. Free some space (or choose another folder) and try again.</source>
        <translation>磁盘已满。请腾出空间（或选择其他文件夹）后重试。</translation>
    </message>
    <message>
        <source>The program may not write there. Choose another folder, or ask IT for access.</source>
        <translation>程序无权写入该位置。请选择其他文件夹，或请IT开通权限。</translation>
    </message>
    <message>
        <source>A file could not be read or written. Check the disk or the folder and try again.</source>
        <translation>文件无法读取或写入。请检查磁盘或文件夹后重试。</translation>
    </message>
    <message>
        <source>Something went wrong that the program did not expect. What you were doing may not have been finished; please check it. If it happens again, copy the details and send them to IT.</source>
        <translation>程序遇到了意外错误，刚才的操作可能没有完成，请核对一下。如果再次出现，请复制详细信息发给IT。</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>复制详细信息(&amp;C)</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>The demo office is made in a new file on this computer, not on a server: give a file name such as demo.db.</source>
        <translation>演示网点只建在本机的新文件里，不建在服务器上：请给出文件名，例如 demo.db。</translation>
    </message>
    <message>
        <source>--tickets takes a whole number from 0 to {most}, e.g. --tickets 60000.</source>
        <translation>--tickets 需要 0 到 {most} 之间的整数，例如 --tickets 60000。</translation>
    </message>
    <message>
        <source>--years takes a number of years from 0.1 to {most}, e.g. --years 5.</source>
        <translation>--years 需要 0.1 到 {most} 之间的年数，例如 --years 5。</translation>
    </message>
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
        <source>The office closes after it opens: make the closing time later than the opening time.</source>
        <translation>下班时间须晚于上班时间，请调整。</translation>
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
    <message>
        <source>Type the project&apos;s contract no. first.</source>
        <translation>请先输入工程的合同号。</translation>
    </message>
    <message>
        <source>Choose at least one technician.</source>
        <translation>请至少选择一名维修人员。</translation>
    </message>
    <message>
        <source>The appointment must end after it starts.</source>
        <translation>预约结束时间须晚于开始时间。</translation>
    </message>
    <message>
        <source>Only active technicians can be dispatched.</source>
        <translation>只能派给在岗的维修人员。</translation>
    </message>
    <message>
        <source>{name} is not on the roster on {day}: choose another technician or another day.</source>
        <translation>{name} 在 {day} 不在岗：请选择其他维修人员或其他日期。</translation>
    </message>
    <message>
        <source>{name} already has ticket {number} in that time; choose another time or technician.</source>
        <translation>{name} 在该时段已有工单 {number}，请另选时间或维修人员。</translation>
    </message>
    <message>
        <source>Only a registered repair or complaint waits for dispatch.</source>
        <translation>只有已登记的报修或投诉才能派工。</translation>
    </message>
    <message>
        <source>Say why the appointment moves.</source>
        <translation>请说明改约原因。</translation>
    </message>
    <message>
        <source>Only an appointment not yet started can be moved.</source>
        <translation>只能改约尚未开始的预约。</translation>
    </message>
    <message>
        <source>This ticket is not a complaint.</source>
        <translation>此工单不是投诉。</translation>
    </message>
    <message>
        <source>This step cannot be recorded now; complete the steps before it first ({step}).</source>
        <translation>目前无法记录此步骤；请先完成之前的步骤（{step}）。</translation>
    </message>
    <message>
        <source>Choose the type of complaint.</source>
        <translation>请选择投诉类型。</translation>
    </message>
    <message>
        <source>Choose the responsible department.</source>
        <translation>请选择责任部门。</translation>
    </message>
    <message>
        <source>Choose a member of staff.</source>
        <translation>请选择一名员工。</translation>
    </message>
    <message>
        <source>Write down what the investigation found.</source>
        <translation>请填写调查结果。</translation>
    </message>
    <message>
        <source>Give the reason the complaint is valid or invalid.</source>
        <translation>请说明投诉有效或无效的理由。</translation>
    </message>
    <message>
        <source>The handling plan is already approved; the complaint stays valid.</source>
        <translation>处理方案已审批；该投诉仍为有效投诉。</translation>
    </message>
    <message>
        <source>Write the handling plan: the measures, by when, and who is in charge.</source>
        <translation>请填写处理方案：措施、完成期限及负责人。</translation>
    </message>
    <message>
        <source>Only a department head can approve a handling plan; ask the head of the responsible department to sign in and approve it.</source>
        <translation>只有部门负责人才能审批处理方案；请责任部门的负责人登录并审批。</translation>
    </message>
    <message>
        <source>There is no handling plan waiting for approval.</source>
        <translation>没有待审批的处理方案。</translation>
    </message>
    <message>
        <source>Write what the customer was told.</source>
        <translation>请填写答复客户的内容。</translation>
    </message>
    <message>
        <source>Write what the follow-up found.</source>
        <translation>请填写回访情况。</translation>
    </message>
    <message>
        <source>Rate the customer&apos;s satisfaction from 1 to 5.</source>
        <translation>请按 1 到 5 填写客户满意度。</translation>
    </message>
    <message>
        <source>Say to whom the customer escalated and why.</source>
        <translation>请说明客户向谁越级投诉及原因。</translation>
    </message>
    <message>
        <source>A customer escalates after being answered; record the answer first.</source>
        <translation>客户在得到答复后才会越级投诉；请先记录答复。</translation>
    </message>
    <message>
        <source>Only a major complaint is reported to the manager.</source>
        <translation>只有重大投诉才需上报售后经理。</translation>
    </message>
    <message>
        <source>Already reported to the manager.</source>
        <translation>已上报售后经理。</translation>
    </message>
    <message>
        <source>Only a completed ticket is followed up.</source>
        <translation>只有已完成的工单才能回访。</translation>
    </message>
    <message>
        <source>The appointment is already confirmed.</source>
        <translation>预约已确认。</translation>
    </message>
    <message>
        <source>The arrival time cannot be in the future.</source>
        <translation>到达时间不能晚于现在。</translation>
    </message>
    <message>
        <source>The arrival is already recorded.</source>
        <translation>已登记到达时间。</translation>
    </message>
    <message>
        <source>Confirm the appointment with the customer before recording the arrival.</source>
        <translation>请先与客户确认预约，再登记到达。</translation>
    </message>
    <message>
        <source>“{value}” is not an amount.</source>
        <translation>“{value}”不是有效金额。</translation>
    </message>
    <message>
        <source>An amount cannot be negative.</source>
        <translation>金额不能为负数。</translation>
    </message>
    <message>
        <source>Choose the member of staff.</source>
        <translation>请选择员工。</translation>
    </message>
    <message>
        <source>Choose penalty or reward.</source>
        <translation>请选择处罚或奖励。</translation>
    </message>
    <message>
        <source>Choose the type of incident.</source>
        <translation>请选择奖惩事项的类型。</translation>
    </message>
    <message>
        <source>The incident&apos;s date cannot be in the future.</source>
        <translation>奖惩事项的日期不能晚于今天。</translation>
    </message>
    <message>
        <source>Describe what happened.</source>
        <translation>请描述事情经过。</translation>
    </message>
    <message>
        <source>There is no ticket {number}; check the number or leave it empty.</source>
        <translation>工单 {number} 不存在；请检查编号或留空。</translation>
    </message>
    <message>
        <source>A part&apos;s quantity must be above 0.</source>
        <translation>配件数量须大于 0。</translation>
    </message>
    <message>
        <source>Record the arrival on site before the work.</source>
        <translation>请先登记到场，再登记维修内容。</translation>
    </message>
    <message>
        <source>Out of warranty or caused by the customer: give the customer a quote first.</source>
        <translation>已过保或属客户原因：请先向客户报价。</translation>
    </message>
    <message>
        <source>Paid work needs the customer&apos;s consent to the quote before it starts.</source>
        <translation>有偿维修须在开工前取得客户对报价的同意。</translation>
    </message>
    <message>
        <source>Record the arrival on site before finishing.</source>
        <translation>请先登记到场，再完工。</translation>
    </message>
    <message>
        <source>Record the work done before finishing.</source>
        <translation>请先填写维修内容，再完工。</translation>
    </message>
    <message>
        <source>Finish the work before the customer&apos;s acceptance.</source>
        <translation>请先完工，再由客户验收。</translation>
    </message>
    <message>
        <source>Enter the name of the customer who signed.</source>
        <translation>请填写签字客户的姓名。</translation>
    </message>
    <message>
        <source>Say why the customer did not accept.</source>
        <translation>请说明客户不验收的原因。</translation>
    </message>
    <message>
        <source>Rate from 1 (poor) to 5 (excellent).</source>
        <translation>请按 1（差）到 5（优）评分。</translation>
    </message>
    <message>
        <source>The ticket cannot be closed yet; missing: {missing}.</source>
        <translation>工单暂不能关闭；尚缺：{missing}。</translation>
    </message>
    <message>
        <source>Say why the ticket is cancelled.</source>
        <translation>请说明取消原因。</translation>
    </message>
    <message>
        <source>Only a ticket not yet completed can be cancelled; this one is completed or closed.</source>
        <translation>只有尚未完成的工单可以取消；此工单已完成或已关闭。</translation>
    </message>
    <message>
        <source>This work order is not assigned to you.</source>
        <translation>该派工单未派给您。</translation>
    </message>
    <message>
        <source>A password needs at least {n} characters.</source>
        <translation>密码至少需要 {n} 位。</translation>
    </message>
    <message>
        <source>The two passwords differ; type the same one twice.</source>
        <translation>两次输入的密码不一致，请重新输入。</translation>
    </message>
    <message>
        <source>Choose your name from the list.</source>
        <translation>请从列表中选择您的姓名。</translation>
    </message>
    <message>
        <source>Too many wrong passwords: wait {seconds} seconds and try again.</source>
        <translation>密码错误次数过多：请等待 {seconds} 秒后再试。</translation>
    </message>
    <message>
        <source>No password is set for you yet; ask the administrator to set one.</source>
        <translation>您尚未设置密码，请联系管理员设置。</translation>
    </message>
    <message>
        <source>Wrong password. Check Caps Lock and try again.</source>
        <translation>密码错误。请检查大写锁定键后重试。</translation>
    </message>
    <message>
        <source>The copy failed its integrity check: {detail}</source>
        <translation>副本未通过完整性检查：{detail}</translation>
    </message>
    <message>
        <source>There is no database file at {path} to back up.</source>
        <translation>{path} 处没有可备份的数据库文件。</translation>
    </message>
    <message>
        <source>The database could not be read for a backup: {detail}</source>
        <translation>无法读取数据库以进行备份：{detail}</translation>
    </message>
    <message>
        <source>The file {path} does not exist.</source>
        <translation>文件 {path} 不存在。</translation>
    </message>
    <message>
        <source>The file {path} cannot be opened: {detail}</source>
        <translation>无法打开文件 {path}：{detail}</translation>
    </message>
    <message>
        <source>The file {path} is not an office database.</source>
        <translation>文件 {path} 不是网点数据库。</translation>
    </message>
    <message>
        <source>The backup {path} is damaged and cannot be used.</source>
        <translation>备份 {path} 已损坏，无法使用。</translation>
    </message>
    <message>
        <source>The backup {path} was made by a newer version of the program (schema {version}); update the program first.</source>
        <translation>备份 {path} 由更新版本的程序创建（数据结构版本 {version}）；请先更新程序。</translation>
    </message>
    <message>
        <source>There are no work orders to print.</source>
        <translation>没有可打印的派工单。</translation>
    </message>
    <message>
        <source>Type the ticket&apos;s number first.</source>
        <translation>请先输入工单号。</translation>
    </message>
    <message>
        <source>No ticket has the number {number}.</source>
        <translation>没有编号为 {number} 的工单。</translation>
    </message>
    <message>
        <source>Ticket {number} has no work order yet: dispatch it first.</source>
        <translation>工单 {number} 尚无派工单：请先派工。</translation>
    </message>
    <message>
        <source>Choose at least one register to export.</source>
        <translation>请至少选择一个要导出的登记表。</translation>
    </message>
    <message>
        <source>Unknown register {code}. Known registers: {known}.</source>
        <translation>未知登记表 {code}。可用的登记表：{known}。</translation>
    </message>
    <message>
        <source>The period ends before it starts. Swap the two dates.</source>
        <translation>期间的结束日期早于开始日期。请交换这两个日期。</translation>
    </message>
    <message>
        <source>Unknown period {text}: write a month (2026-10), a quarter (2026-Q4) or a range (2026-10-01..2026-10-31).</source>
        <translation>无法识别的期间 {text}：请填写月份（2026-10）、季度（2026-Q4）或日期范围（2026-10-01..2026-10-31）。</translation>
    </message>
    <message>
        <source>The file {name} is open in another program (Excel?) and cannot be replaced. Close it there, or save under another name.</source>
        <translation>文件 {name} 已在其他程序（Excel？）中打开，无法替换。请在该程序中关闭它，或以其他文件名保存。</translation>
    </message>
    <message>
        <source>A month is written YYYY-MM, e.g. 2026-10.</source>
        <translation>月份格式为 YYYY-MM，例如 2026-10。</translation>
    </message>
    <message>
        <source>{month} is not over yet; approve it after its last day.</source>
        <translation>{month} 尚未结束；请在该月最后一天之后审批。</translation>
    </message>
    <message>
        <source>{month} is already approved; record a correction as an adjustment.</source>
        <translation>{month} 已审批；请以调整方式记录更正。</translation>
    </message>
    <message>
        <source>Enter the change of score as a number, e.g. -5 or 2.5.</source>
        <translation>请以数字输入分数变动，例如 -5 或 2.5。</translation>
    </message>
    <message>
        <source>The change of score is between -100 and 100, and not 0.</source>
        <translation>分数变动须在 -100 到 100 之间，且不能为 0。</translation>
    </message>
    <message>
        <source>Say why the appraisal is corrected.</source>
        <translation>请说明更正考核的原因。</translation>
    </message>
    <message>
        <source>Only an approved appraisal is adjusted; an unapproved month follows its records.</source>
        <translation>只有已审批的考核才需调整；未审批月份的数据随记录变化。</translation>
    </message>
    <message>
        <source>This technician has no score that month.</source>
        <translation>该维修人员当月没有得分。</translation>
    </message>
    <message>
        <source>Enter the date of the training.</source>
        <translation>请输入培训日期。</translation>
    </message>
    <message>
        <source>Enter the topic of the training.</source>
        <translation>请输入培训主题。</translation>
    </message>
    <message>
        <source>Enter who gave the training.</source>
        <translation>请输入培训人。</translation>
    </message>
    <message>
        <source>Enter the hours as a number, e.g. 2 or 1.5.</source>
        <translation>请以数字输入小时数，例如 2 或 1.5。</translation>
    </message>
    <message>
        <source>A session lasts more than 0 and at most 24 hours.</source>
        <translation>每次培训时长须大于 0 小时且不超过 24 小时。</translation>
    </message>
    <message>
        <source>Tick who attended.</source>
        <translation>请勾选参加人员。</translation>
    </message>
    <message>
        <source>Choose valid or invalid.</source>
        <translation>请选择有效或无效。</translation>
    </message>
    <message>
        <source>No project has the contract no. {number}.</source>
        <translation>没有合同编号为 {number} 的项目。</translation>
    </message>
    <message>
        <source>The ticket no longer exists.</source>
        <translation>该工单已不存在。</translation>
    </message>
    <message>
        <source>Ticket {number} is closed or cancelled: register the new call as a new ticket.</source>
        <translation>工单 {number} 已关闭或已取消：请将这次来电登记为新工单。</translation>
    </message>
    <message>
        <source>Write what the customer was told on the call.</source>
        <translation>请填写电话中告知客户的内容。</translation>
    </message>
    <message>
        <source>Shorten the caller&apos;s name to {max} characters.</source>
        <translation>来电人姓名请不超过 {max} 个字符。</translation>
    </message>
    <message>
        <source>Write what the caller said.</source>
        <translation>请填写来电人所说的内容。</translation>
    </message>
    <message>
        <source>Write the answer given to the customer.</source>
        <translation>请填写给客户的答复。</translation>
    </message>
    <message>
        <source>Only a consultation or a suggestion is answered and closed this way.</source>
        <translation>只有咨询或建议可以这样答复并关闭。</translation>
    </message>
    <message>
        <source>An appointment cannot be moved into the past ({now}); choose a later time.</source>
        <translation>预约不能改到过去的时间（现在是 {now}），请选择之后的时间。</translation>
    </message>
    <message>
        <source>The arrival cannot be before the order was dispatched ({sent}); check the date and time.</source>
        <translation>到场时间不能早于派工时间（{sent}），请检查日期和时间。</translation>
    </message>
    <message>
        <source>A quote of 0 needs a reason, e.g. a free redo after a rejected acceptance.</source>
        <translation>报价为 0 时须写明原因，例如验收未通过后的免费返工。</translation>
    </message>
    <message>
        <source>No monthly packs were given: name .xlsx files or a folder holding them.</source>
        <translation>没有给出月度数据包：请指定 .xlsx 文件或存放它们的文件夹。</translation>
    </message>
    <message>
        <source>The result {name} would replace one of the packs: choose another file name.</source>
        <translation>汇总结果 {name} 会覆盖其中一个数据包：请换一个文件名。</translation>
    </message>
    <message>
        <source>{name} is the office&apos;s only administrator. Make someone else administrator first.</source>
        <translation>{name} 是本部门唯一的系统管理员。请先让另一位员工成为管理员。</translation>
    </message>
    <message>
        <source>This plan belongs to {department}; only that department&apos;s head approves it or sends it back.</source>
        <translation>此方案属于{department}；只有该部门负责人可以审批或退回。</translation>
    </message>
    <message>
        <source>Say why the plan is sent back.</source>
        <translation>请说明退回方案的原因。</translation>
    </message>
    <message>
        <source>Write what was done to put it right.</source>
        <translation>请填写为解决问题做了什么。</translation>
    </message>
    <message>
        <source>Write what the customer is not satisfied with.</source>
        <translation>请填写客户对哪些方面不满意。</translation>
    </message>
    <message>
        <source>This work order is not of this ticket.</source>
        <translation>该派工单不属于此工单。</translation>
    </message>
    <message>
        <source>The customer&apos;s rating of this order is already recorded; to correct it, say why.</source>
        <translation>此派工单的客户评分已登记；如需更正，请说明原因。</translation>
    </message>
    <message>
        <source>Your role does not allow you to {action}. Ask a colleague whose role does.</source>
        <translation>您的岗位不能{action}。请由有权限的同事办理。</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>请先登录。</translation>
    </message>
    <message>
        <source>The current password is wrong. Check Caps Lock and try again.</source>
        <translation>当前密码不对。请检查大写锁定键后重试。</translation>
    </message>
    <message>
        <source>Choose a new password different from the current one.</source>
        <translation>新密码不能与当前密码相同。</translation>
    </message>
    <message>
        <source>Choose whether the customer is satisfied.</source>
        <translation>请选择客户是否满意。</translation>
    </message>
    <message>
        <source>The after-sales management department coordinates tickets; it cannot be retired.</source>
        <translation>售后管理部负责协调工单，不能停用。</translation>
    </message>
    <message>
        <source>The file {name} does not exist.</source>
        <translation>文件 {name} 不存在。</translation>
    </message>
    <message>
        <source>The file {name} cannot be read: check that you may open it.</source>
        <translation>无法读取文件 {name}：请检查您是否有权限打开它。</translation>
    </message>
    <message>
        <source>The file {name} is empty (0 bytes).</source>
        <translation>文件 {name} 是空的（0 字节）。</translation>
    </message>
    <message>
        <source>The file {name} is {size} MB, more than the {limit} MB an import may be: split the list into smaller files.</source>
        <translation>文件 {name} 有 {size} MB，超过导入上限 {limit} MB：请把名单拆成几个较小的文件。</translation>
    </message>
    <message>
        <source>The file {name} is protected by a password: open it in Excel, remove the password and save it again.</source>
        <translation>文件 {name} 设有密码保护：请在 Excel 中打开，取消密码后重新保存。</translation>
    </message>
    <message>
        <source>The file {name} is an old Excel 97–2003 workbook (.xls): open it in Excel and save it as an Excel workbook (.xlsx).</source>
        <translation>文件 {name} 是旧版 Excel 97–2003 工作簿（.xls）：请在 Excel 中打开，另存为 Excel 工作簿（.xlsx）。</translation>
    </message>
    <message>
        <source>The file {name} is not an Excel workbook (.xlsx) — perhaps a CSV or text file: open it in Excel and save it as an Excel workbook (.xlsx).</source>
        <translation>文件 {name} 不是 Excel 工作簿（.xlsx），可能是 CSV 或文本文件：请在 Excel 中打开，另存为 Excel 工作簿（.xlsx）。</translation>
    </message>
    <message>
        <source>The file {name} is damaged or incomplete (perhaps copied before it was fully written): ask for it again.</source>
        <translation>文件 {name} 已损坏或不完整（可能在写完之前就被复制了）：请重新索取该文件。</translation>
    </message>
    <message>
        <source>The sheet in {name} has {rows} rows, more than the {limit} an import may have: split the list, or delete the empty rows below it.</source>
        <translation>{name} 中的工作表有 {rows} 行，超过导入上限 {limit} 行：请拆分名单，或删除名单下方的空行。</translation>
    </message>
    <message>
        <source>No header row found: save the import template and copy the rows into it.</source>
        <translation>找不到表头行：请保存导入模板，再把各行数据复制进去。</translation>
    </message>
    <message>
        <source>{column} is missing.</source>
        <translation>缺少{column}。</translation>
    </message>
    <message>
        <source>{column} is {length} characters long; it may have at most {limit}.</source>
        <translation>{column}有 {length} 个字符，最多只能有 {limit} 个。</translation>
    </message>
    <message>
        <source>{phone} is not a phone number (mobile or landline with area code).</source>
        <translation>{phone} 不是电话号码（请填写手机号，或带区号的固定电话）。</translation>
    </message>
    <message>
        <source>{value} is not a date; write it as 2024-05-01.</source>
        <translation>{value} 不是日期；请按 2024-05-01 的格式填写。</translation>
    </message>
    <message>
        <source>{column} {value} is not between {earliest} and {latest}: check the year.</source>
        <translation>{column} {value} 不在 {earliest} 至 {latest} 之间：请检查年份。</translation>
    </message>
    <message>
        <source>Unknown work category {category}.</source>
        <translation>未知的工程类别“{category}”。</translation>
    </message>
    <message>
        <source>Contract no. {number} is already in row {row} of this file.</source>
        <translation>合同号 {number} 已出现在本文件第 {row} 行。</translation>
    </message>
    <message>
        <source>The same customer and address are already in row {row} of this file.</source>
        <translation>相同的客户和地址已出现在本文件第 {row} 行。</translation>
    </message>
    <message>
        <source>Contract no. {number} is already in the database; row skipped.</source>
        <translation>合同号 {number} 已在系统中，跳过此行。</translation>
    </message>
    <message>
        <source>This customer and address are already in the database; row skipped.</source>
        <translation>该客户和地址已在系统中，跳过此行。</translation>
    </message>
    <message>
        <source>This text is too long: at most {limit} characters (it has {length}).</source>
        <translation>这段文字太长：最多 {limit} 个字符（现在有 {length} 个）。</translation>
    </message>
    <message>
        <source>{tool} was not found. Install the PostgreSQL client tools of the server&apos;s version (Windows: the PostgreSQL installer&apos;s &apos;Command Line Tools&apos;; Debian/Ubuntu: postgresql-client) and start the program again.</source>
        <translation>未找到 {tool}。请安装与服务器版本相同的 PostgreSQL 客户端工具（Windows：PostgreSQL 安装程序中的“Command Line Tools”；Debian/Ubuntu：postgresql-client），然后重新启动程序。</translation>
    </message>
    <message>
        <source>The database server did not answer in time; nothing was changed.</source>
        <translation>数据库服务器未及时响应；没有做任何更改。</translation>
    </message>
    <message>
        <source>The database tool reported a problem: {reason}</source>
        <translation>数据库工具报告了问题：{reason}</translation>
    </message>
    <message>
        <source>This file is not a backup of an office database.</source>
        <translation>该文件不是网点数据库的备份。</translation>
    </message>
    <message>
        <source>Could not connect to the target database: {reason}</source>
        <translation>无法连接目标数据库：{reason}</translation>
    </message>
    <message>
        <source>The target database already holds an office; choose a new, empty database.</source>
        <translation>目标数据库中已有网点数据；请选择一个新的空数据库。</translation>
    </message>
    <message>
        <source>The copy of table {table} does not match the original ({want} rows, {got} copied); nothing was switched — try again.</source>
        <translation>表 {table} 的副本与原表不一致（原有 {want} 行，复制了 {got} 行）；没有切换——请重试。</translation>
    </message>
    <message>
        <source>The copy has broken references; nothing was switched.</source>
        <translation>副本中有失效的引用；没有切换。</translation>
    </message>
    <message>
        <source>The points of a penalty or a reward are 0 to 100.</source>
        <translation>每次处罚或奖励的分数为 0 到 100。</translation>
    </message>
    <message>
        <source>{name} is one of the office&apos;s own files (the database, its backups or the program&apos;s data folder) and is never written over. Save under another name or in another folder.</source>
        <translation>{name} 是网点自身的文件（数据库、其备份或程序的数据文件夹），绝不会被覆盖。请换一个文件名或文件夹保存。</translation>
    </message>
    <message>
        <source>{path} is a folder; give a file name, e.g. {example}.</source>
        <translation>{path} 是文件夹；请给出文件名，例如 {example}。</translation>
    </message>
    <message>
        <source>{name} does not end in {suffix}, but the file written is a {suffix} file. Give a name ending in {suffix}, e.g. {example}.</source>
        <translation>{name} 不以 {suffix} 结尾，而写出的是 {suffix} 文件。请给出以 {suffix} 结尾的文件名，例如 {example}。</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist; choose a folder that does.</source>
        <translation>文件夹 {folder} 不存在；请选择一个已有的文件夹。</translation>
    </message>
    <message>
        <source>The folder {folder} cannot be written to; choose another folder, e.g. Documents.</source>
        <translation>无法写入文件夹 {folder}；请选择其他文件夹，例如“文档”。</translation>
    </message>
    <message>
        <source>A demo office is only made in a new, empty database, and this one already holds data. Nothing was changed; to try the demo, start with a new database file.</source>
        <translation>演示网点只能建在新的空数据库中，而此数据库已有数据。未作任何更改；如需试用演示，请使用一个新的数据库文件。</translation>
    </message>
    <message>
        <source>{path} already exists; the demo office is only made in a new file. Choose another name.</source>
        <translation>{path} 已存在；演示网点只能建在新文件中。请换一个文件名。</translation>
    </message>
    <message>
        <source>The credential file {path} cannot be read: {detail}</source>
        <translation>无法读取凭据文件 {path}：{detail}</translation>
    </message>
    <message>
        <source>The credential file {path} can be read by other users, so it is not used. Make it yours and readable only by you: chmod 600 {path}</source>
        <translation>凭据文件 {path} 可被其他用户读取，因此不予使用。请使其归您所有且仅您可读：chmod 600 {path}</translation>
    </message>
    <message>
        <source>Sign in first: give your name with --user NAME (see the README for scheduled jobs).</source>
        <translation>请先登录：用 --user 姓名 给出您的姓名（定时任务请参阅 README）。</translation>
    </message>
    <message>
        <source>No active member of staff is called {name}. Give your name as the sign-in list shows it.</source>
        <translation>没有名为 {name} 的在岗员工。请按登录列表中显示的写法给出姓名。</translation>
    </message>
    <message>
        <source>Several members of staff are called {name}; the administrator must make the names different (Office ▸ Staff roster) before this name can sign in here.</source>
        <translation>有多名员工叫 {name}；须由管理员先把姓名区分开（办公设置 ▸ 员工名册），此姓名才能在此登录。</translation>
    </message>
    <message>
        <source>No password was given for {name}. Type it when asked, or for a scheduled job put it in the credential file {path} (see the README).</source>
        <translation>未给出 {name} 的密码。请在提示时输入；定时任务请把密码写入凭据文件 {path}（参阅 README）。</translation>
    </message>
    <message>
        <source>The backup was restored, but what was entered after it could not be carried over ({reason}); the state before the restore is saved as {saved}.</source>
        <translation>备份已恢复，但备份之后录入的内容未能保留下来（{reason}）；恢复前的状态已保存为 {saved}。</translation>
    </message>
    <message>
        <source>Other desks are connected to the office database ({desks}); close the program there first, then restore.</source>
        <translation>还有其他工位连接着网点数据库（{desks}）；请先在那里关闭程序，再进行恢复。</translation>
    </message>
</context>
<context>
    <name>formatting</name>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
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
    <message>
        <source>paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>%1 office d %2h</source>
        <translation>%1个工作日%2小时</translation>
    </message>
</context>
<context>
    <name>forms</name>
    <message>
        <source>statutory term</source>
        <translation>法定保修期</translation>
    </message>
    <message>
        <source>contract term</source>
        <translation>合同保修期</translation>
    </message>
    <message>
        <source>product term</source>
        <translation>产品保修期</translation>
    </message>
    <message>
        <source>repair warranty</source>
        <translation>维修保修期</translation>
    </message>
    <message>
        <source>Service report sheet</source>
        <translation>售后服务报告单</translation>
    </message>
    <message>
        <source>Dispatch slip</source>
        <translation>派工单</translation>
    </message>
    <message>
        <source>Satisfaction survey</source>
        <translation>售后服务满意度检查表</translation>
    </message>
    <message>
        <source>Warranty service card</source>
        <translation>维修服务卡</translation>
    </message>
    <message>
        <source>Unknown: no start date or term recorded</source>
        <translation>未知：未登记起始日期或保修期限</translation>
    </message>
    <message>
        <source>In warranty until {end} ({source}, {days} days left)</source>
        <translation>在保修期内，至 {end}（{source}，剩余 {days} 天）</translation>
    </message>
    <message>
        <source>Not yet started: from {start}</source>
        <translation>保修期尚未开始：自 {start} 起</translation>
    </message>
    <message>
        <source>Out of warranty since {end} ({source})</source>
        <translation>已于 {end} 过保（{source}）</translation>
    </message>
    <message>
        <source>Ticket no.</source>
        <translation>工单号</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>来电类型</translation>
    </message>
    <message>
        <source>URGENT</source>
        <translation>紧急</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>预约时间</translation>
    </message>
    <message>
        <source>Technicians</source>
        <translation>维修人员</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Site address</source>
        <translation>工地地址</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Product model</source>
        <translation>产品型号</translation>
    </message>
    <message>
        <source>Warranty status</source>
        <translation>保修状态</translation>
    </message>
    <message>
        <source>Problem reported</source>
        <translation>报修问题</translation>
    </message>
    <message>
        <source>Dispatched by</source>
        <translation>派工人</translation>
    </message>
    <message>
        <source>Dispatched at</source>
        <translation>派工时间</translation>
    </message>
    <message>
        <source>On site</source>
        <translation>现场情况</translation>
    </message>
    <message>
        <source>Arrived at</source>
        <translation>到场时间</translation>
    </message>
    <message>
        <source>Finished at</source>
        <translation>完工时间</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>故障诊断</translation>
    </message>
    <message>
        <source>Work done</source>
        <translation>维修内容</translation>
    </message>
    <message>
        <source>Paid work or a change of scope needs the customer&apos;s consent first:</source>
        <translation>收费维修或变更维修范围须先征得客户同意：</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>维修人员</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Return this slip to the supervisor with the service report sheet.</source>
        <translation>完工后请将本单连同售后服务报告单交回主管。</translation>
    </message>
    <message>
        <source>Document no.: {number}</source>
        <translation>单据编号：{number}</translation>
    </message>
    <message>
        <source>{label}:</source>
        <translation>{label}：</translation>
    </message>
    <message>
        <source>Received at</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <source>Contract no.</source>
        <translation>合同号</translation>
    </message>
    <message>
        <source>Problem and work</source>
        <translation>问题与处理</translation>
    </message>
    <message>
        <source>Parts and charges</source>
        <translation>材料与费用</translation>
    </message>
    <message>
        <source>Labour</source>
        <translation>人工费</translation>
    </message>
    <message>
        <source>Part or material</source>
        <translation>配件或材料</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Total cost</source>
        <translation>总费用</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务性质</translation>
    </message>
    <message>
        <source>Paid service</source>
        <translation>有偿服务</translation>
    </message>
    <message>
        <source>Free repair in warranty</source>
        <translation>保修期内免费维修</translation>
    </message>
    <message>
        <source>Charged to customer</source>
        <translation>向客户收费</translation>
    </message>
    <message>
        <source>Customer consent at</source>
        <translation>客户同意时间</translation>
    </message>
    <message>
        <source>Technician and times</source>
        <translation>维修人员与时间</translation>
    </message>
    <message>
        <source>Customer satisfaction (5 = very satisfied)</source>
        <translation>客户满意度（5 = 非常满意）</translation>
    </message>
    <message>
        <source>Service attitude</source>
        <translation>服务态度</translation>
    </message>
    <message>
        <source>Quality of work</source>
        <translation>维修质量</translation>
    </message>
    <message>
        <source>Timeliness</source>
        <translation>及时性</translation>
    </message>
    <message>
        <source>Customer comments</source>
        <translation>客户意见</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已验收</translation>
    </message>
    <message>
        <source>Not accepted</source>
        <translation>未验收</translation>
    </message>
    <message>
        <source>Acceptance</source>
        <translation>验收</translation>
    </message>
    <message>
        <source>Accepted at</source>
        <translation>验收时间</translation>
    </message>
    <message>
        <source>Keep this sheet with the work order; it is needed to close the order.</source>
        <translation>本单随派工单存档，结单时须凭本单办理。</translation>
    </message>
    <message>
        <source>Service date</source>
        <translation>服务日期</translation>
    </message>
    <message>
        <source>Please rate our service (5 = very satisfied, 1 = very dissatisfied)</source>
        <translation>请为我们的服务评分（5 = 非常满意，1 = 非常不满意）</translation>
    </message>
    <message>
        <source>Cleanliness of the site</source>
        <translation>现场清洁</translation>
    </message>
    <message>
        <source>Explanation of the work</source>
        <translation>维修情况说明</translation>
    </message>
    <message>
        <source>Did the technician ask for money or gifts? (yes / no)</source>
        <translation>维修人员是否向您索要钱物？（是 / 否）</translation>
    </message>
    <message>
        <source>Your comments and suggestions</source>
        <translation>您的意见和建议</translation>
    </message>
    <message>
        <source>Thank you. Your answers are used only to improve our service.</source>
        <translation>谢谢！您的回答仅用于改进我们的服务。</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>工程项目</translation>
    </message>
    <message>
        <source>Completion acceptance date</source>
        <translation>竣工验收日期</translation>
    </message>
    <message>
        <source>Warranty by work category (from the completion acceptance date)</source>
        <translation>各类工程保修期（自竣工验收之日起计算）</translation>
    </message>
    <message>
        <source>Work category</source>
        <translation>工程类别</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Installed products</source>
        <translation>安装的产品</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>型号</translation>
    </message>
    <message>
        <source>Serial no.</source>
        <translation>序列号</translation>
    </message>
    <message>
        <source>Our promise</source>
        <translation>服务承诺</translation>
    </message>
    <message>
        <source>A quality problem in warranty is repaired free of charge, materials included. Damage caused by use or by others, and problems after the warranty, are repaired for a fee agreed with you before work starts. Every repair carries its own warranty of at least 30 days. We contact you within 24 hours of your call; urgent problems (leaks near electrics, gas, falling parts, no water or power) at once.</source>
        <translation>保修期内的质量问题免费维修（含材料）。因使用不当或他人造成的损坏，以及保修期满后的问题，实行有偿维修，费用在开工前与您商定。每次维修另享不少于 30 天的维修保修。接到您的来电后 24 小时内与您联系；紧急情况（电器附近漏水、燃气、部件脱落、停水停电）立即处理。</translation>
    </message>
    <message>
        <source>Service phone</source>
        <translation>服务电话</translation>
    </message>
    <message>
        <source>Service address</source>
        <translation>服务地址</translation>
    </message>
    <message>
        <source>Handed over by</source>
        <translation>移交人</translation>
    </message>
    <message>
        <source>Keep this card: quote its number when you call us.</source>
        <translation>请妥善保管本卡，来电报修时请提供卡号。</translation>
    </message>
</context>
<context>
    <name>head_office</name>
    <message>
        <source>Company total</source>
        <translation>全公司合计</translation>
    </message>
    <message>
        <source>Comparison {period}</source>
        <translation>分支机构对比 {period}</translation>
    </message>
    <message>
        <source>Branches compared — {period}</source>
        <translation>各分支机构对比 — {period}</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>趋势</translation>
    </message>
    <message>
        <source>{figure} (%)</source>
        <translation>{figure}（%）</translation>
    </message>
    <message>
        <source>Branches across months</source>
        <translation>各分支机构逐月趋势</translation>
    </message>
    <message>
        <source>consolidated</source>
        <translation>已汇总</translation>
    </message>
    <message>
        <source>{branch}: no pack for {period}</source>
        <translation>{branch}：缺少 {period} 的数据包</translation>
    </message>
    <message>
        <source>{packs} of {given} packs consolidated, {rows} rows: {path}</source>
        <translation>已汇总 {given} 个数据包中的 {packs} 个，共 {rows} 行：{path}</translation>
    </message>
    <message>
        <source>No pack could be consolidated.</source>
        <translation>没有可以汇总的数据包。</translation>
    </message>
    <message>
        <source>no pack for {period} (the branch sent other months)</source>
        <translation>缺少 {period} 的数据包（该分支机构报送了其他月份）</translation>
    </message>
    <message>
        <source>All branches</source>
        <translation>全部分支机构</translation>
    </message>
    <message>
        <source>Packs</source>
        <translation>数据包清单</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>正确</translation>
    </message>
    <message>
        <source>not OK</source>
        <translation>不符</translation>
    </message>
    <message>
        <source>Monthly packs consolidated</source>
        <translation>已汇总的月度数据包</translation>
    </message>
    <message>
        <source>not an Excel workbook, or damaged</source>
        <translation>不是 Excel 工作簿，或已损坏</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <source>not a monthly pack of this program (no pack sheet)</source>
        <translation>不是本程序导出的月度数据包（没有数据包工作表）</translation>
    </message>
    <message>
        <source>pack format {version} is not known to this program</source>
        <translation>本程序不认识数据包格式 {version}</translation>
    </message>
    <message>
        <source>the pack sheet names no branch or period</source>
        <translation>数据包工作表没有写明分支机构或期间</translation>
    </message>
    <message>
        <source>the sheet {sheet} is missing</source>
        <translation>缺少工作表 {sheet}</translation>
    </message>
    <message>
        <source>the sheet {sheet} was changed after export</source>
        <translation>工作表 {sheet} 在导出后被修改过</translation>
    </message>
    <message>
        <source>the sheet {sheet} is cut short: {rows} of {expected} rows</source>
        <translation>工作表 {sheet} 被截短：只有 {rows} 行，应有 {expected} 行</translation>
    </message>
    <message>
        <source>the columns of the sheet {sheet} are not those of a pack</source>
        <translation>工作表 {sheet} 的列与数据包不符</translation>
    </message>
    <message>
        <source>replaced by the newer export {file}</source>
        <translation>已被较新的导出 {file} 取代</translation>
    </message>
</context>
<context>
    <name>importing</name>
    <message>
        <source>Customers and sites</source>
        <translation>客户及工地</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>导入报告</translation>
    </message>
    <message>
        <source>duplicate, skipped</source>
        <translation>重复，已跳过</translation>
    </message>
    <message>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>客户姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Other phone</source>
        <translation>其他电话</translation>
    </message>
    <message>
        <source>Site address</source>
        <translation>工地地址</translation>
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
        <source>Completion acceptance date</source>
        <translation>竣工验收日期</translation>
    </message>
    <message>
        <source>Work categories</source>
        <translation>工程类别</translation>
    </message>
    <message>
        <source>The customer&apos;s name, as on the contract.</source>
        <translation>客户姓名，与合同上一致。</translation>
    </message>
    <message>
        <source>A mobile number, or a landline with its area code.</source>
        <translation>手机号码，或带区号的固定电话。</translation>
    </message>
    <message>
        <source>A second number, if the customer has one.</source>
        <translation>客户的第二个电话（如有）。</translation>
    </message>
    <message>
        <source>The full address of the site (house or flat).</source>
        <translation>工地（房屋）的详细地址。</translation>
    </message>
    <message>
        <source>The district of the site.</source>
        <translation>工地所在区。</translation>
    </message>
    <message>
        <source>The contract number; a contract already in the office is skipped.</source>
        <translation>合同编号；系统中已有的合同会被跳过。</translation>
    </message>
    <message>
        <source>What was built or renovated.</source>
        <translation>施工或装修的项目内容。</translation>
    </message>
    <message>
        <source>The date of the completion acceptance, e.g. 2024-05-01; warranties run from it.</source>
        <translation>竣工验收日期，如 2024-05-01；保修期自该日起计算。</translation>
    </message>
    <message>
        <source>The work categories done on the site, separated by commas; see the list below.</source>
        <translation>该工地施工的工程类别，用逗号或顿号分隔；可用类别见下表。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>How to fill in</source>
        <translation>填写说明</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>必填</translation>
    </message>
    <message>
        <source>What to write</source>
        <translation>填写内容</translation>
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
        <source>Work categories allowed</source>
        <translation>可用的工程类别</translation>
    </message>
    <message>
        <source>Code (also accepted)</source>
        <translation>代码（也可填写）</translation>
    </message>
    <message>
        <source>will be imported</source>
        <translation>将导入</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
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
        <source>Manager (major complaint)</source>
        <translation>售后经理（重大投诉）</translation>
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
    <message>
        <source>Plumbing</source>
        <translation>水管</translation>
    </message>
    <message>
        <source>Electrical</source>
        <translation>电工</translation>
    </message>
    <message>
        <source>Carpentry</source>
        <translation>木工</translation>
    </message>
    <message>
        <source>Waterproofing</source>
        <translation>防水</translation>
    </message>
    <message>
        <source>Tiling</source>
        <translation>瓦工</translation>
    </message>
    <message>
        <source>Painting</source>
        <translation>油漆</translation>
    </message>
    <message>
        <source>Appliances</source>
        <translation>电器</translation>
    </message>
    <message>
        <source>All contacts, not urgent</source>
        <translation>全部来电（非紧急）</translation>
    </message>
    <message>
        <source>Urgent contacts</source>
        <translation>紧急来电</translation>
    </message>
    <message>
        <source>Urgent repairs and complaints</source>
        <translation>紧急报修和投诉</translation>
    </message>
    <message>
        <source>Repairs and complaints</source>
        <translation>报修和投诉</translation>
    </message>
    <message>
        <source>Repairs, after forwarding</source>
        <translation>报修（转达后）</translation>
    </message>
    <message>
        <source>Complaints, after forwarding</source>
        <translation>投诉（转达后）</translation>
    </message>
    <message>
        <source>Simple repairs</source>
        <translation>简单维修</translation>
    </message>
    <message>
        <source>Complex repairs</source>
        <translation>复杂维修</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Complaints, not major</source>
        <translation>一般投诉</translation>
    </message>
    <message>
        <source>Major complaints</source>
        <translation>重大投诉</translation>
    </message>
    <message>
        <source>After completion</source>
        <translation>完工后</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>小时</translation>
    </message>
    <message>
        <source>working days</source>
        <translation>工作日</translation>
    </message>
    <message>
        <source>same day</source>
        <translation>当天</translation>
    </message>
    <message>
        <source>Working day</source>
        <translation>工作日</translation>
    </message>
    <message>
        <source>Weekend</source>
        <translation>周末</translation>
    </message>
    <message>
        <source>Public holiday or day off</source>
        <translation>法定节假日或休息日</translation>
    </message>
    <message>
        <source>Adjusted working weekend (调休)</source>
        <translation>调休上班的周末</translation>
    </message>
    <message>
        <source>Arguing with or insulting a customer</source>
        <translation>与客户争吵或辱骂客户</translation>
    </message>
    <message>
        <source>Asking a customer for money or gifts</source>
        <translation>向客户索要钱物</translation>
    </message>
    <message>
        <source>Service delayed for personal reasons</source>
        <translation>因个人原因延误服务</translation>
    </message>
    <message>
        <source>Repeat repair by personal fault</source>
        <translation>因个人过失造成重复维修</translation>
    </message>
    <message>
        <source>Late arrival (per time)</source>
        <translation>迟到（每次）</translation>
    </message>
    <message>
        <source>Disobeying dispatch or leaving the post (per time)</source>
        <translation>不服从派工或擅离岗位（每次）</translation>
    </message>
    <message>
        <source>False expense claim</source>
        <translation>虚假报销</translation>
    </message>
    <message>
        <source>Jobs completed</source>
        <translation>完成工单数</translation>
    </message>
    <message>
        <source>First-time-fix rate</source>
        <translation>一次修复率</translation>
    </message>
    <message>
        <source>Time limits met</source>
        <translation>时限达标率</translation>
    </message>
    <message>
        <source>On-time arrival</source>
        <translation>准时到达率</translation>
    </message>
    <message>
        <source>Average satisfaction</source>
        <translation>平均满意度</translation>
    </message>
    <message>
        <source>Valid complaints (fewer is better)</source>
        <translation>有效投诉（越少越好）</translation>
    </message>
    <message>
        <source>Parts cost per job (lower is better)</source>
        <translation>单均配件成本（越低越好）</translation>
    </message>
</context>
<context>
    <name>operations</name>
    <message>
        <source>Nothing was saved: the office database is busy (another desk is saving or a backup is running). Wait a moment and try again.</source>
        <translation>未保存任何内容：网点数据库正忙（其他工位正在保存或正在备份）。请稍等片刻再试。</translation>
    </message>
    <message>
        <source>Nothing was saved: the connection to the office database was lost. Check the network or that the database server is running, then try again.</source>
        <translation>未保存任何内容：与网点数据库的连接已断开。请检查网络或数据库服务器是否在运行，然后重试。</translation>
    </message>
    <message>
        <source>Nothing was saved: the disk holding the office database is full. Free some space, then try again.</source>
        <translation>未保存任何内容：存放网点数据库的磁盘已满。请腾出空间后重试。</translation>
    </message>
    <message>
        <source>Nothing was saved: the office database could not be written (a disk or file problem). Try again; if it keeps failing, restore the latest backup or call IT.</source>
        <translation>未保存任何内容：网点数据库无法写入（磁盘或文件问题）。请重试；如果一直失败，请恢复最近的备份或联系IT。</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
</context>
<context>
    <name>registers</name>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>维修人员</translation>
    </message>
    <message>
        <source>Jobs completed</source>
        <translation>完成工单数</translation>
    </message>
    <message>
        <source>First-time-fix rate</source>
        <translation>一次修复率</translation>
    </message>
    <message>
        <source>Time limits met</source>
        <translation>时限达标率</translation>
    </message>
    <message>
        <source>On-time arrival</source>
        <translation>准时到达率</translation>
    </message>
    <message>
        <source>Average satisfaction</source>
        <translation>平均满意度</translation>
    </message>
    <message>
        <source>Valid complaints</source>
        <translation>有效投诉</translation>
    </message>
    <message>
        <source>Parts cost per job</source>
        <translation>每单配件费用</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Penalties</source>
        <translation>处罚</translation>
    </message>
    <message>
        <source>Penalty amount</source>
        <translation>处罚金额</translation>
    </message>
    <message>
        <source>Rewards</source>
        <translation>奖励</translation>
    </message>
    <message>
        <source>Reward amount</source>
        <translation>奖励金额</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>审批人</translation>
    </message>
    <message>
        <source>Approved at</source>
        <translation>审批时间</translation>
    </message>
    <message>
        <source>Appraisal records</source>
        <translation>售后人员考核记录表</translation>
    </message>
    <message>
        <source>Complaints received</source>
        <translation>收到投诉数</translation>
    </message>
    <message>
        <source>Invalid complaints</source>
        <translation>无效投诉</translation>
    </message>
    <message>
        <source>Major complaints</source>
        <translation>重大投诉</translation>
    </message>
    <message>
        <source>Escalated by the customer</source>
        <translation>客户越级投诉</translation>
    </message>
    <message>
        <source>Answered on time</source>
        <translation>按时答复</translation>
    </message>
    <message>
        <source>On-time rate (result fed back in time)</source>
        <translation>准时率（按时反馈结果）</translation>
    </message>
    <message>
        <source>By complaint type</source>
        <translation>按投诉类型</translation>
    </message>
    <message>
        <source>By cause</source>
        <translation>按原因</translation>
    </message>
    <message>
        <source>By responsible department</source>
        <translation>按责任部门</translation>
    </message>
    <message>
        <source>By result</source>
        <translation>按结果</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>本期间</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>上一期间</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变动</translation>
    </message>
    <message>
        <source>Monthly complaint analysis</source>
        <translation>客户投诉分析报告</translation>
    </message>
    <message>
        <source>Ticket no.</source>
        <translation>工单号</translation>
    </message>
    <message>
        <source>Received at</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Complaint type</source>
        <translation>投诉类型</translation>
    </message>
    <message>
        <source>Investigation</source>
        <translation>调查</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>有效性</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Handling plan</source>
        <translation>处理方案</translation>
    </message>
    <message>
        <source>Answer to the customer</source>
        <translation>答复客户</translation>
    </message>
    <message>
        <source>Answered at</source>
        <translation>答复时间</translation>
    </message>
    <message>
        <source>Result due</source>
        <translation>结果期限</translation>
    </message>
    <message>
        <source>Result fed back at</source>
        <translation>结果反馈时间</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>准时</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Customer escalated at</source>
        <translation>客户越级投诉时间</translation>
    </message>
    <message>
        <source>Escalation note</source>
        <translation>升级说明</translation>
    </message>
    <message>
        <source>Complaint follow-up</source>
        <translation>投诉回访</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Site address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Complaint about</source>
        <translation>投诉对象</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Responsible department</source>
        <translation>责任部门</translation>
    </message>
    <message>
        <source>Responsible person</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>Major complaint</source>
        <translation>重大投诉</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>受理人</translation>
    </message>
    <message>
        <source>Complaint register</source>
        <translation>客户投诉登记表</translation>
    </message>
    <message>
        <source>Finished at</source>
        <translation>完工时间</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Technicians</source>
        <translation>维修人员</translation>
    </message>
    <message>
        <source>Paid service</source>
        <translation>有偿服务</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>配件</translation>
    </message>
    <message>
        <source>Labour</source>
        <translation>人工费</translation>
    </message>
    <message>
        <source>Total cost</source>
        <translation>总费用</translation>
    </message>
    <message>
        <source>Charged to customer</source>
        <translation>向客户收费</translation>
    </message>
    <message>
        <source>Borne by the company</source>
        <translation>公司承担</translation>
    </message>
    <message>
        <source>Cost report</source>
        <translation>费用报表</translation>
    </message>
    <message>
        <source>Appointment from</source>
        <translation>预约时间自</translation>
    </message>
    <message>
        <source>Appointment to</source>
        <translation>预约时间至</translation>
    </message>
    <message>
        <source>Arrived at</source>
        <translation>到场时间</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Order status</source>
        <translation>派工单状态</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已验收</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>签字人</translation>
    </message>
    <message>
        <source>Repeat repair</source>
        <translation>返修</translation>
    </message>
    <message>
        <source>Dispatched by</source>
        <translation>派工人</translation>
    </message>
    <message>
        <source>Dispatch log</source>
        <translation>派工记录</translation>
    </message>
    <message>
        <source>Visited at</source>
        <translation>回访时间</translation>
    </message>
    <message>
        <source>Completed at</source>
        <translation>完成时间</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>已联系上</translation>
    </message>
    <message>
        <source>Satisfaction (1–5)</source>
        <translation>满意度（1–5）</translation>
    </message>
    <message>
        <source>Visited by</source>
        <translation>回访人</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Follow-up visit register</source>
        <translation>客户回访记录表</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Contract no.</source>
        <translation>合同号</translation>
    </message>
    <message>
        <source>Product model</source>
        <translation>产品型号</translation>
    </message>
    <message>
        <source>Purchase or completion date</source>
        <translation>购买或竣工日期</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题描述</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>紧急</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Intake register</source>
        <translation>来电登记表</translation>
    </message>
    <message>
        <source>Service attitude</source>
        <translation>服务态度</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>维修质量</translation>
    </message>
    <message>
        <source>Timeliness</source>
        <translation>及时性</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>收费</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>已预约</translation>
    </message>
    <message>
        <source>On site</source>
        <translation>到场</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Not accepted</source>
        <translation>未验收</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>电话回访</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>上门回访</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>无效</translation>
    </message>
    <message>
        <source>Not yet decided</source>
        <translation>尚未判定</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>未办结</translation>
    </message>
    <message>
        <source>Invalid (refused)</source>
        <translation>无效（已拒绝）</translation>
    </message>
    <message>
        <source>Penalty</source>
        <translation>处罚</translation>
    </message>
    <message>
        <source>Reward</source>
        <translation>奖励</translation>
    </message>
    <message>
        <source>Patrol date</source>
        <translation>巡查日期</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>工程项目</translation>
    </message>
    <message>
        <source>Completion date</source>
        <translation>竣工日期</translation>
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
        <source>Follow-up ticket</source>
        <translation>回访工单</translation>
    </message>
    <message>
        <source>Patrol records</source>
        <translation>项目巡查记录表</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>培训人</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>小时数</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>参加人员</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Training records</source>
        <translation>售后人员培训记录表</translation>
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
        <source>Branch</source>
        <translation>分支机构</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Branch code</source>
        <translation>分支机构代码</translation>
    </message>
    <message>
        <source>Exported at</source>
        <translation>导出时间</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>Checksum</source>
        <translation>校验和</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>工单数</translation>
    </message>
    <message>
        <source>Repair requests</source>
        <translation>报修</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Consultations</source>
        <translation>咨询</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>Complaints per 100 tickets</source>
        <translation>每百工单投诉数</translation>
    </message>
    <message>
        <source>Met: first response</source>
        <translation>按时首次响应</translation>
    </message>
    <message>
        <source>Met: urgent dispatch</source>
        <translation>按时紧急派工</translation>
    </message>
    <message>
        <source>Met: forward to department</source>
        <translation>按时转达责任部门</translation>
    </message>
    <message>
        <source>Met: handling plan</source>
        <translation>按时提出处理方案</translation>
    </message>
    <message>
        <source>Met: repair done</source>
        <translation>按时完成维修</translation>
    </message>
    <message>
        <source>Met: answer to customer</source>
        <translation>按时答复客户</translation>
    </message>
    <message>
        <source>Met: result fed back</source>
        <translation>按时反馈结果</translation>
    </message>
    <message>
        <source>Met: follow-up visit</source>
        <translation>按时回访</translation>
    </message>
    <message>
        <source>Average first response (hours)</source>
        <translation>平均首次响应（小时）</translation>
    </message>
    <message>
        <source>Repeat repairs</source>
        <translation>重复维修率</translation>
    </message>
    <message>
        <source>Average satisfaction (1–5)</source>
        <translation>平均满意度（1–5）</translation>
    </message>
    <message>
        <source>Follow-ups done on time</source>
        <translation>按时完成的回访</translation>
    </message>
    <message>
        <source>Pack</source>
        <translation>数据包</translation>
    </message>
    <message>
        <source>Program version</source>
        <translation>程序版本</translation>
    </message>
    <message>
        <source>Exported by</source>
        <translation>导出人</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Monthly pack for head office</source>
        <translation>报送总部的月度数据包</translation>
    </message>
    <message>
        <source>Checksum of the figures</source>
        <translation>指标校验和</translation>
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
        <source>Role</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>操作记录</translation>
    </message>
    <message>
        <source>Compared with {previous}</source>
        <translation>与 {previous} 对比</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>第 {page} 页，共 {pages} 页</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Total ({count} rows)</source>
        <translation>合计（{count} 行）</translation>
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
        <translation>型号</translation>
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
        <translation>受理时间</translation>
    </message>
    <message>
        <source>Ticket no.</source>
        <translation>工单号</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题描述</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
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
        <translation>客户</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>地址</translation>
    </message>
</context>
</TS>
