<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>atlas::MainWindow</name>
    <message>
        <source>Ties in Force</source>
        <translation>有效的关系</translation>
    </message>
    <message>
        <source>&amp;Reset Map View</source>
        <translation>重置地图视图(&amp;R)</translation>
    </message>
    <message>
        <source>Typology</source>
        <translation>类型学</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>Network Metrics</source>
        <translation>网络指标</translation>
    </message>
</context>
<context>
    <name>MapRenderer</name>
    <message>
        <source>Countries</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Hub (%1)</source>
        <translation>轴心（%1）</translation>
    </message>
    <message>
        <source>Switched off in the member panel</source>
        <translation>已在成员面板中关闭</translation>
    </message>
    <message>
        <source>Ties in force</source>
        <translation>有效的关系</translation>
    </message>
    <message>
        <source>Alliance (members outlined)</source>
        <translation>同盟（成员国加框）</translation>
    </message>
    <message>
        <source>Small multilateral alliance</source>
        <translation>小型多边同盟</translation>
    </message>
    <message>
        <source>Minilaterals</source>
        <translation>小多边机制</translation>
    </message>
    <message>
        <source>Minilaterals (%1)</source>
        <translation>小多边机制（%1）</translation>
    </message>
    <message>
        <source>not placed</source>
        <translation>未归类</translation>
    </message>
    <message>
        <source>Line styles</source>
        <translation>线型</translation>
    </message>
    <message>
        <source>Cross-regional link (double line)</source>
        <translation>跨区域联系（双线）</translation>
    </message>
    <message>
        <source>Proposed (dashed)</source>
        <translation>倡议中（虚线）</translation>
    </message>
    <message>
        <source>Suspended (faded)</source>
        <translation>中止（淡色）</translation>
    </message>
    <message>
        <source>Ties at this date:</source>
        <translation>此日期的关系：</translation>
    </message>
    <message>
        <source>%1 (suspended)</source>
        <translation>%1（中止）</translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation>至今</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Members:</source>
        <translation>成员：</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>ActorRoles</name>
    <message>
        <source>Hub of the alliance system</source>
        <translation>同盟体系的轴心</translation>
    </message>
    <message>
        <source>Treaty ally</source>
        <translation>条约盟国</translation>
    </message>
    <message>
        <source>Minilateral partner</source>
        <translation>小多边伙伴</translation>
    </message>
    <message>
        <source>Security partner outside the alliances</source>
        <translation>同盟之外的安全伙伴</translation>
    </message>
    <message>
        <source>No tie in force</source>
        <translation>无有效关系</translation>
    </message>
</context>
<context>
    <name>MemberPresets</name>
    <message>
        <source>All members</source>
        <translation>全部成员</translation>
    </message>
    <message>
        <source>Asia-Pacific (with %1)</source>
        <translation>亚太（含%1）</translation>
    </message>
    <message>
        <source>Asia-Pacific</source>
        <translation>亚太</translation>
    </message>
    <message>
        <source>Euro-Atlantic</source>
        <translation>欧洲—大西洋</translation>
    </message>
    <message>
        <source>%1 and its treaty allies only</source>
        <translation>仅%1及其条约盟国</translation>
    </message>
    <message>
        <source>Hide %1 (spoke-to-spoke ties)</source>
        <translation>隐藏%1（辐条之间的关系）</translation>
    </message>
    <message>
        <source>%1 members</source>
        <translation>%1成员</translation>
    </message>
</context>
<context>
    <name>atlas::MemberModel</name>
    <message>
        <source>Organisations</source>
        <translation>国际组织</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>atlas::MemberPanel</name>
    <message>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>显示(&amp;S)：</translation>
    </message>
    <message>
        <source>Custom selection</source>
        <translation>自定义选择</translation>
    </message>
    <message>
        <source>Switch on exactly these members; everyone else is hidden on every view.</source>
        <translation>只显示这些成员；其他成员在所有视图中隐藏。</translation>
    </message>
    <message>
        <source>Search members…</source>
        <translation>搜索成员…</translation>
    </message>
    <message>
        <source>Unchecked members are removed from every tie, on every view and at every date.</source>
        <translation>未勾选的成员将从所有关系中移除，适用于所有视图和所有日期。</translation>
    </message>
    <message>
        <source>%1 of %2 members shown</source>
        <translation>显示 %2 个成员中的 %1 个</translation>
    </message>
</context>
<context>
    <name>atlas::MapView</name>
    <message>
        <source>World map</source>
        <translation>世界地图</translation>
    </message>
    <message>
        <source>Zoom in (+, wheel or pinch)</source>
        <translation>放大（+、滚轮或双指）</translation>
    </message>
    <message>
        <source>Zoom out (−)</source>
        <translation>缩小（−）</translation>
    </message>
    <message>
        <source>Reset view</source>
        <translation>重置视图</translation>
    </message>
    <message>
        <source>Show the whole map (0 or Home)</source>
        <translation>显示整幅地图（0 或 Home）</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>图例</translation>
    </message>
    <message>
        <source>Show or hide the legend</source>
        <translation>显示或隐藏图例</translation>
    </message>
</context>
<context>
    <name>NetworkRenderer</name>
    <message>
        <source>Degree: %1</source>
        <translation>度数：%1</translation>
    </message>
    <message>
        <source>Betweenness: %1 (normalised)</source>
        <translation>中介中心性：%1（归一化）</translation>
    </message>
    <message>
        <source>spoke to spoke</source>
        <translation>辐条之间</translation>
    </message>
    <message>
        <source>No ties in force at this date.</source>
        <translation>此日期没有生效的关系。</translation>
    </message>
    <message>
        <source>Minilateral, not placed</source>
        <translation>小多边（未归类）</translation>
    </message>
</context>
<context>
    <name>atlas::MetricsChart</name>
    <message>
        <source>Hub&apos;s share of betweenness</source>
        <translation>轴心的中介中心性占比</translation>
    </message>
    <message>
        <source>Spoke-to-spoke share of edges</source>
        <translation>辐条之间连接的占比</translation>
    </message>
    <message>
        <source>Density</source>
        <translation>密度</translation>
    </message>
    <message>
        <source>%1, all actors shown</source>
        <translation>%1（显示全部行为体）</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>比例</translation>
    </message>
    <message>
        <source>&amp;Overlay without toggles (dashed)</source>
        <translation>叠加不切换成员的序列（虚线）(&amp;O)</translation>
    </message>
    <message>
        <source>Also draw the series with no actor hidden, to compare with the current member toggles.</source>
        <translation>同时绘制不隐藏任何行为体的序列，以便与当前的成员切换比较。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: %2 (%3 of %4 edges)</source>
        <translation>%1：%2（%4 条连接中的 %3 条）</translation>
    </message>
    <message>
        <source>Actors: %1, ties: %2, components: %3</source>
        <translation>行为体：%1，关系：%2，连通分量：%3</translation>
    </message>
    <message>
        <source>All actors shown: hub share %1, spoke-to-spoke %2, density %3</source>
        <translation>显示全部行为体时：轴心占比 %1，辐条之间 %2，密度 %3</translation>
    </message>
</context>
<context>
    <name>InspectorContent</name>
    <message>
        <source>%1 (known to the year)</source>
        <translation>%1（仅知年份）</translation>
    </message>
    <message>
        <source>%1 (known to the month)</source>
        <translation>%1（仅知月份）</translation>
    </message>
    <message>
        <source>signature</source>
        <translation>签署</translation>
    </message>
    <message>
        <source>entry into force</source>
        <translation>生效</translation>
    </message>
    <message>
        <source>announcement</source>
        <translation>宣布</translation>
    </message>
    <message>
        <source>first meeting</source>
        <translation>首次会议</translation>
    </message>
    <message>
        <source>proposal</source>
        <translation>提议</translation>
    </message>
    <message>
        <source>termination</source>
        <translation>终止</translation>
    </message>
    <message>
        <source>replaced</source>
        <translation>被取代</translation>
    </message>
    <message>
        <source>lapsed</source>
        <translation>失效</translation>
    </message>
    <message>
        <source>withdrawal</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Founded</source>
        <translation>成立</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>签署</translation>
    </message>
    <message>
        <source>Entry into force</source>
        <translation>生效</translation>
    </message>
    <message>
        <source>Summit</source>
        <translation>峰会</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>声明</translation>
    </message>
    <message>
        <source>Accession</source>
        <translation>加入</translation>
    </message>
    <message>
        <source>Withdrawal</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Suspension</source>
        <translation>中止</translation>
    </message>
    <message>
        <source>Revival</source>
        <translation>重启</translation>
    </message>
    <message>
        <source>Termination</source>
        <translation>终止</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>演习</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>协议</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>提议</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Existence</source>
        <translation>存在</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>起始</translation>
    </message>
    <message>
        <source>End</source>
        <translation>终止</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Member: %1</source>
        <translation>成员：%1</translation>
    </message>
    <message>
        <source>Typology: %1</source>
        <translation>类型学：%1</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1—%2</translation>
    </message>
    <message>
        <source>now</source>
        <translation>至今</translation>
    </message>
    <message>
        <source>Not yet proposed</source>
        <translation>尚未提出</translation>
    </message>
    <message>
        <source>Not yet in force</source>
        <translation>尚未生效</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>名称（英文）</translation>
    </message>
    <message>
        <source>Name (Chinese)</source>
        <translation>名称（中文）</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Status on this date</source>
        <translation>此日期的状态</translation>
    </message>
    <message>
        <source>Status in the latest record</source>
        <translation>最新记录的状态</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>In force from</source>
        <translation>生效起始</translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation>持续至今</translation>
    </message>
    <message>
        <source>In force until</source>
        <translation>生效截止</translation>
    </message>
    <message>
        <source>Not classified by this source</source>
        <translation>该来源未予归类</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>组织</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>%1 (suspended)</source>
        <translation>%1（中止）</translation>
    </message>
    <message>
        <source>Membership suspended</source>
        <translation>成员资格中止</translation>
    </message>
    <message>
        <source>Not a member on this date</source>
        <translation>该日期不是成员</translation>
    </message>
    <message>
        <source>Ties in force on this date</source>
        <translation>此日期生效的关系</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Relative to this date</source>
        <translation>相对于此日期</translation>
    </message>
    <message>
        <source>after this date</source>
        <translation>晚于此日期</translation>
    </message>
</context>
<context>
    <name>TypologyMatrixRenderer</name>
    <message>
        <source>This dataset has no typology schemes.</source>
        <translation>此数据集没有类型学方案。</translation>
    </message>
    <message>
        <source>No typology scheme chosen.</source>
        <translation>未选择类型学方案。</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <source>Solid labels: in force on %1; grey dashed labels: not in force on that date.</source>
        <translation>实心标签：%1生效；灰色虚线标签：该日期未生效。</translation>
    </message>
    <message>
        <source>Not classified by this source: none in force on %1.</source>
        <translation>该来源未予归类的安排：%1无生效者。</translation>
    </message>
    <message>
        <source>Not classified by this source (in force on %1):</source>
        <translation>该来源未予归类的安排（%1生效）：</translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>另有%n项</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>atlas::InspectorDock</name>
    <message>
        <source>On %1</source>
        <translation>日期：%1</translation>
    </message>
    <message>
        <source>BibTeX (*.bib)</source>
        <translation>BibTeX (*.bib)</translation>
    </message>
    <message>
        <source>RIS (*.ris)</source>
        <translation>RIS (*.ris)</translation>
    </message>
    <message>
        <source>Export Sources</source>
        <translation>导出文献</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Could not write %1: %2
Any existing file was left unchanged.</source>
        <translation>无法写入%1：%2
原有文件未被改动。</translation>
    </message>
    <message>
        <source>Copy citation</source>
        <translation>复制引文</translation>
    </message>
    <message>
        <source>GB/T 7714-2015</source>
        <translation>GB/T 7714-2015</translation>
    </message>
    <message>
        <source>Chicago (author-date)</source>
        <translation>芝加哥格式（作者—日期）</translation>
    </message>
    <message>
        <source>BibTeX</source>
        <translation>BibTeX</translation>
    </message>
    <message>
        <source>Open link</source>
        <translation>打开链接</translation>
    </message>
    <message>
        <source>Open %1 in the web browser</source>
        <translation>在浏览器中打开%1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · after this date</source>
        <translation>%1 · 晚于此日期</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <source>Section: %1</source>
        <translation>章节：%1</translation>
    </message>
    <message>
        <source>Primary document cited: %1</source>
        <translation>所引原始文献：%1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>注：%1</translation>
    </message>
    <message>
        <source>Select a tie, a country or an event (on the map, the timeline, the table or the typology matrix) to see its details here.</source>
        <translation>在地图、时间轴、表格或类型矩阵中选择一项关系、一个国家或一个事件，即可在此查看详情。</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>加入</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>On this date</source>
        <translation>此日期</translation>
    </message>
    <message>
        <source>not a member</source>
        <translation>非成员</translation>
    </message>
    <message>
        <source>suspended</source>
        <translation>中止</translation>
    </message>
    <message>
        <source>member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Ties over time</source>
        <translation>历年关系</translation>
    </message>
    <message>
        <source>Ties</source>
        <translation>关系</translation>
    </message>
    <message>
        <source>Tie</source>
        <translation>关系</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>时期</translation>
    </message>
    <message>
        <source>Bold: in force on this date. Click a tie to inspect it.</source>
        <translation>粗体：此日期生效。点击关系可查看详情。</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>%1 · %2: %3</source>
        <translation>%1 · %2：%3</translation>
    </message>
    <message>
        <source>%1 (after this date)</source>
        <translation>%1（晚于此日期）</translation>
    </message>
    <message>
        <source>Click to move the date to %1</source>
        <translation>点击将日期移至%1</translation>
    </message>
    <message>
        <source>Typology placements</source>
        <translation>类型学归类</translation>
    </message>
    <message>
        <source>Reasoning: %1</source>
        <translation>理由：%1</translation>
    </message>
    <message>
        <source>Scheme: %1</source>
        <translation>方案：%1</translation>
    </message>
    <message>
        <source>Evidence up to this date</source>
        <translation>截至此日期的证据</translation>
    </message>
    <message>
        <source>No evidence recorded for dates up to this one.</source>
        <translation>截至此日期没有记录的证据。</translation>
    </message>
    <message>
        <source>After this date</source>
        <translation>晚于此日期</translation>
    </message>
    <message>
        <source>Evidence about dates later than the one shown.</source>
        <translation>涉及晚于所示日期的证据。</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>文献</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Export sources…</source>
        <translation>导出文献…</translation>
    </message>
    <message>
        <source>Save every source of the selection as BibTeX (.bib) or RIS (.ris)</source>
        <translation>将所选项的全部文献保存为 BibTeX (.bib) 或 RIS (.ris)</translation>
    </message>
</context>
<context>
    <name>atlas::TypologyView</name>
    <message>
        <source>The map, the table and the timeline show only: %1. Click the cell again to show all.</source>
        <translation>地图、表格和时间轴仅显示：%1。再次点击该格可显示全部。</translation>
    </message>
    <message>
        <source>Not classified by this source</source>
        <translation>该来源未予归类</translation>
    </message>
    <message>
        <source>In force on this date.</source>
        <translation>此日期生效。</translation>
    </message>
    <message>
        <source>Not in force on this date.</source>
        <translation>此日期未生效。</translation>
    </message>
    <message>
        <source>Click to show all types again.</source>
        <translation>点击以重新显示全部类型。</translation>
    </message>
    <message>
        <source>Click to show only this type on the map and timeline.</source>
        <translation>点击以在地图和时间轴上仅显示此类型。</translation>
    </message>
    <message>
        <source>&amp;Scheme:</source>
        <translation>方案(&amp;S)：</translation>
    </message>
    <message>
        <source>Show all types</source>
        <translation>显示全部类型</translation>
    </message>
</context>
</TS>
