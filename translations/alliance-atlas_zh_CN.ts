<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
    <name>AnimationPlan</name>
    <message>
        <source>the animation needs a valid start and end date</source>
        <translation>动画需要有效的开始日期和结束日期</translation>
    </message>
    <message>
        <source>the start date %1 is after the end date %2</source>
        <translation>开始日期 %1 晚于结束日期 %2</translation>
    </message>
    <message>
        <source>frame rate %1 is out of range (1 to 120 frames per second)</source>
        <translation>帧率 %1 超出范围（每秒 1 至 120 帧）</translation>
    </message>
    <message>
        <source>hold of %1 seconds is out of range (0 to 60)</source>
        <translation>停留 %1 秒超出范围（0 至 60）</translation>
    </message>
    <message>
        <source>transition of %1 seconds is out of range (more than 0, at most 60)</source>
        <translation>过渡 %1 秒超出范围（大于 0，至多 60）</translation>
    </message>
    <message>
        <source>the animation would have more than %1 frames; choose a larger step or a shorter period</source>
        <translation>动画将超过 %1 帧；请选择更大的步长或更短的时段</translation>
    </message>
</context>
<context>
    <name>AnimationWriter</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>%1: unknown animation format (expected .mp4, .webm or .gif)</source>
        <translation>%1：未知的动画格式（应为 .mp4、.webm 或 .gif）</translation>
    </message>
    <message>
        <source>the animation has no frames</source>
        <translation>动画没有帧</translation>
    </message>
    <message>
        <source>the frames are too large (%1×%2 pixels)</source>
        <translation>帧过大（%1×%2 像素）</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>AtopImporter</name>
    <message>
        <source>%1 &quot;%2&quot; is not a whole number</source>
        <translation>%1“%2”不是整数</translation>
    </message>
    <message>
        <source>%1 %2 is out of range (%3 to %4)</source>
        <translation>%1 %2 超出范围（%3 至 %4）</translation>
    </message>
    <message>
        <source>%1 %2 given without a year</source>
        <translation>给出了%1 %2，但缺少年份</translation>
    </message>
    <message>
        <source>%1 %2 is out of range (1000 to 9999)</source>
        <translation>%1 %2 超出范围（1000 至 9999）</translation>
    </message>
    <message>
        <source>%1 %2 given without a month</source>
        <translation>给出了%1 %2，但缺少月份</translation>
    </message>
    <message>
        <source>impossible date %1-%2-%3 (%4, %5, %6)</source>
        <translation>不存在的日期 %1-%2-%3（%4、%5、%6）</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <source>missing column &quot;%1&quot;</source>
        <translation>缺少列“%1”</translation>
    </message>
    <message>
        <source>end %1 is before begin %2</source>
        <translation>结束日期 %1 早于开始日期 %2</translation>
    </message>
    <message>
        <source>duplicate atopid %1 (first on line %2)</source>
        <translation>重复的 atopid %1（首次出现在第 %2 行）</translation>
    </message>
    <message>
        <source>exit %1 is before entry %2</source>
        <translation>退出日期 %1 早于加入日期 %2</translation>
    </message>
    <message>
        <source>alliance %1 is not in %2; row skipped</source>
        <translation>同盟 %1 不在 %2 中；已跳过该行</translation>
    </message>
    <message>
        <source>unknown COW state code %1; row skipped</source>
        <translation>未知的 COW 国家代码 %1；已跳过该行</translation>
    </message>
    <message>
        <source>no capital or map position for %1 (COW %2); row skipped</source>
        <translation>%1（COW %2）没有首都或地图位置；已跳过该行</translation>
    </message>
    <message>
        <source>membership lies outside ATOP %1&apos;s dates (%2 to %3); row skipped</source>
        <translation>成员资格不在 ATOP %1 的起止日期内（%2 至 %3）；已跳过该行</translation>
    </message>
    <message>
        <source>in force</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>entry %1 is before ATOP %2 begins (%3); the alliance&apos;s begin is used</source>
        <translation>加入日期 %1 早于 ATOP %2 的开始日期（%3）；改用该同盟的开始日期</translation>
    </message>
    <message>
        <source>exit %1 is after ATOP %2 ends (%3); the alliance&apos;s end is used</source>
        <translation>退出日期 %1 晚于 ATOP %2 的结束日期（%3）；改用该同盟的结束日期</translation>
    </message>
    <message numerus="yes">
        <source>COW %1 (%2) has no ISO 3166 successor code; %n membership row(s) skipped (ATOP %3)</source>
        <translation>
            <numerusform>COW %1（%2）没有对应的 ISO 3166 继承代码；已跳过 %n 行成员资格记录（ATOP %3）</numerusform>
        </translation>
    </message>
    <message>
        <source>ATOP %1 has no member rows in %2; not imported</source>
        <translation>ATOP %1 在 %2 中没有成员行；未导入</translation>
    </message>
    <message>
        <source>ATOP %1 has fewer than two members with an ISO 3166 code; not imported</source>
        <translation>ATOP %1 中具有 ISO 3166 代码的成员少于两个；未导入</translation>
    </message>
</context>
<context>
    <name>ChangeList</name>
    <message>
        <source>Added: %1</source>
        <translation>新增：%1</translation>
    </message>
    <message>
        <source>Ended: %1</source>
        <translation>终止：%1</translation>
    </message>
    <message>
        <source>%1 joined %2</source>
        <translation>%1 加入%2</translation>
    </message>
    <message>
        <source>%1 left %2</source>
        <translation>%1 退出%2</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Dataset file (default: the built-in dataset).</source>
        <translation>数据集文件（默认：内置数据集）。</translation>
    </message>
    <message>
        <source>alliance-atlas: --hide: unknown actor &quot;%1&quot; in the dataset</source>
        <translation>alliance-atlas: --hide: 数据集中没有行为体“%1”</translation>
    </message>
    <message>
        <source>Date YYYY-MM-DD (a year or month means its first day).</source>
        <translation>日期 YYYY-MM-DD（只给出年或月时，指该年或该月的第一天）。</translation>
    </message>
    <message>
        <source>Actors to hide, comma-separated ISO3 codes.</source>
        <translation>要隐藏的行为体，以逗号分隔的 ISO3 代码。</translation>
    </message>
    <message>
        <source>json or table (default).</source>
        <translation>json 或 table（默认）。</translation>
    </message>
    <message>
        <source>Only the evidence about this tie.</source>
        <translation>只输出关于此关系的证据。</translation>
    </message>
    <message>
        <source>json (the input of verify-quotes).</source>
        <translation>json（verify-quotes 的输入）。</translation>
    </message>
    <message>
        <source>First year (default 1945).</source>
        <translation>起始年份（默认 1945）。</translation>
    </message>
    <message>
        <source>Last year (default: this year).</source>
        <translation>终止年份（默认：今年）。</translation>
    </message>
    <message>
        <source>year (1 January of each year, default) or month (the first of each month).</source>
        <translation>year（每年 1 月 1 日，默认）或 month（每月第一天）。</translation>
    </message>
    <message>
        <source>csv (default) or json.</source>
        <translation>csv（默认）或 json。</translation>
    </message>
    <message>
        <source>Date YYYY-MM-DD of the figure.</source>
        <translation>图的日期 YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>First date of a frame sequence.</source>
        <translation>帧序列的起始日期。</translation>
    </message>
    <message>
        <source>Last date of a frame sequence.</source>
        <translation>帧序列的终止日期。</translation>
    </message>
    <message>
        <source>Output file, or directory for frames.</source>
        <translation>输出文件，或帧序列的输出目录。</translation>
    </message>
    <message>
        <source>png, svg or pdf (default: from the file name; png for frames).</source>
        <translation>png、svg 或 pdf（默认：根据文件名判断；帧序列为 png）。</translation>
    </message>
    <message>
        <source>a4-landscape (default), a4-portrait, letter-landscape, letter-portrait, slide or WxH pixels.</source>
        <translation>a4-landscape（默认）、a4-portrait、letter-landscape、letter-portrait、slide 或 WxH 像素。</translation>
    </message>
    <message>
        <source>Resolution of PNG output (default 300).</source>
        <translation>PNG 输出的分辨率（默认 300）。</translation>
    </message>
    <message>
        <source>Language of the figure: en or zh_CN.</source>
        <translation>图的语言：en 或 zh_CN。</translation>
    </message>
    <message>
        <source>Title of the figure (default: generated).</source>
        <translation>图的标题（默认：自动生成）。</translation>
    </message>
    <message>
        <source>Caption of the figure (default: date, toggles and sources).</source>
        <translation>图注（默认：日期、成员开关和来源）。</translation>
    </message>
    <message>
        <source>Typology scheme (default %1).</source>
        <translation>类型学方案（默认 %1）。</translation>
    </message>
    <message>
        <source>Print what was written and how long it took.</source>
        <translation>输出写入的内容及耗时。</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>多余的参数“%1”</translation>
    </message>
    <message>
        <source>--out is required</source>
        <translation>必须指定 --out</translation>
    </message>
    <message>
        <source>give either --at DATE or --from DATE --to DATE</source>
        <translation>请指定 --at DATE，或 --from DATE --to DATE</translation>
    </message>
    <message>
        <source>invalid --dpi &quot;%1&quot; (expected 30 to 1200)</source>
        <translation>无效的 --dpi“%1”（应为 30 至 1200）</translation>
    </message>
    <message>
        <source>invalid --size &quot;%1&quot;</source>
        <translation>无效的 --size“%1”</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot; (expected png, svg or pdf)</source>
        <translation>未知格式“%1”（应为 png、svg 或 pdf）</translation>
    </message>
    <message>
        <source>cannot tell the format of &quot;%1&quot;: use --format png|svg|pdf</source>
        <translation>无法判断“%1”的格式：请使用 --format png|svg|pdf</translation>
    </message>
    <message>
        <source>unknown language &quot;%1&quot; (expected en or zh_CN)</source>
        <translation>未知语言“%1”（应为 en 或 zh_CN）</translation>
    </message>
    <message>
        <source>invalid --from or --to date (expected YYYY-MM-DD)</source>
        <translation>无效的 --from 或 --to 日期（应为 YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>--to is before --from</source>
        <translation>--to 早于 --from</translation>
    </message>
    <message>
        <source>the output directory %1 does not exist</source>
        <translation>输出目录 %1 不存在</translation>
    </message>
    <message>
        <source>invalid date &quot;%1&quot; (expected YYYY-MM-DD)</source>
        <translation>无效日期“%1”（应为 YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>unknown typology scheme &quot;%1&quot;</source>
        <translation>未知的类型学方案“%1”</translation>
    </message>
    <message>
        <source>wrote %1 (%2)</source>
        <translation>已写入 %1（%2）</translation>
    </message>
    <message>
        <source>%1 figure(s) in %2 ms</source>
        <translation>%1 幅图，耗时 %2 ms</translation>
    </message>
    <message>
        <source>ATOP member-level CSV file.</source>
        <translation>ATOP 成员层级 CSV 文件。</translation>
    </message>
    <message>
        <source>ATOP alliance-level CSV file.</source>
        <translation>ATOP 同盟层级 CSV 文件。</translation>
    </message>
    <message>
        <source>Dataset file to write.</source>
        <translation>要写入的数据集文件。</translation>
    </message>
    <message>
        <source>Wrote %1: %2 ties, %3 actors, %4 membership spells (warnings: %5)</source>
        <translation>已写入 %1：%2 项关系、%3 个行为体、%4 段成员资格期（警告：%5）</translation>
    </message>
    <message>
        <source>alliance-atlas: unknown command &quot;%1&quot;</source>
        <translation>alliance-atlas: 未知命令“%1”</translation>
    </message>
    <message>
        <source>Dataset file to open.</source>
        <translation>要打开的数据集文件。</translation>
    </message>
    <message>
        <source>User interface language: en or zh_CN.</source>
        <translation>用户界面语言：en 或 zh_CN。</translation>
    </message>
    <message>
        <source>alliance-atlas: --lang: unknown language &quot;%1&quot; (expected en or zh_CN)</source>
        <translation>alliance-atlas: --lang: 未知语言“%1”（应为 en 或 zh_CN）</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot; (expected %2)</source>
        <translation>未知格式“%1”（应为 %2）</translation>
    </message>
    <message>
        <source> or </source>
        <translation> 或 </translation>
    </message>
    <message>
        <source>unknown tie &quot;%1&quot;</source>
        <translation>未知关系“%1”</translation>
    </message>
    <message>
        <source>--%1 FILE is required</source>
        <translation>必须指定 --%1 FILE</translation>
    </message>
    <message>
        <source>nothing written (errors: %1)</source>
        <translation>未写入任何内容（错误：%1）</translation>
    </message>
    <message>
        <source>invalid year &quot;%1&quot; (expected YYYY)</source>
        <translation>无效年份“%1”（应为 YYYY）</translation>
    </message>
    <message>
        <source>--from %1 is after --to %2</source>
        <translation>--from %1 晚于 --to %2</translation>
    </message>
    <message>
        <source>unknown step &quot;%1&quot; (expected year or month)</source>
        <translation>未知步长“%1”（应为 year 或 month）</translation>
    </message>
    <message>
        <source>--at DATE is required</source>
        <translation>必须指定 --at DATE</translation>
    </message>
    <message>
        <source>no file given</source>
        <translation>未指定文件</translation>
    </message>
    <message>
        <source>invalid --step &quot;%1&quot; (expected 1d, 1m, 1y, 5y, ... or events)</source>
        <translation>无效的 --step“%1”（应为 1d、1m、1y、5y 等，或 events）</translation>
    </message>
    <message>
        <source>invalid --fps &quot;%1&quot; or --hold-events &quot;%2&quot;</source>
        <translation>无效的 --fps“%1”或 --hold-events“%2”</translation>
    </message>
    <message>
        <source>wrote %1: %2 frames in %3 s (%4 frames/s)</source>
        <translation>已写入 %1：%2 帧，耗时 %3 秒（每秒 %4 帧）</translation>
    </message>
    <message>
        <source>Frame step: 1y or 1m (also 5y, 6m, ...); animations also 1d and events.</source>
        <translation>帧步长：1y 或 1m（也可为 5y、6m 等）；动画还可为 1d 和 events。</translation>
    </message>
    <message>
        <source>Animation: frames per second (default 30).</source>
        <translation>动画：每秒帧数（默认 30）。</translation>
    </message>
    <message>
        <source>Animation: seconds to hold on each event and bookmark, with a caption (default 0).</source>
        <translation>动画：在每个事件和书签处停留的秒数，并显示说明（默认 0）。</translation>
    </message>
    <message>
        <source>Highlight this tie in the figure (off by default).</source>
        <translation>在图中突出显示此关系（默认关闭）。</translation>
    </message>
    <message>
        <source>Write the figure&apos;s regions, labels (with point sizes) and ties to FILE.json.</source>
        <translation>将图的各区域、标签（含字号磅值）和关系写入 FILE.json。</translation>
    </message>
    <message>
        <source>unknown tie &quot;%1&quot; for --highlight</source>
        <translation>--highlight 的关系“%1”不存在</translation>
    </message>
    <message>
        <source>--layout-report needs a single figure (--at DATE)</source>
        <translation>--layout-report 只适用于单张图（--at DATE）</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>First date YYYY-MM-DD (a year or month means its first day).</source>
        <translation>第一个日期 YYYY-MM-DD（只给年份或月份时取其第一天）。</translation>
    </message>
    <message>
        <source>Second date YYYY-MM-DD, not before the first.</source>
        <translation>第二个日期 YYYY-MM-DD，不得早于第一个日期。</translation>
    </message>
    <message>
        <source>--from DATE and --to DATE are required</source>
        <translation>必须指定 --from DATE 和 --to DATE</translation>
    </message>
    <message>
        <source>map, timeline, typology, network, figure or compare.</source>
        <translation>map、timeline、typology、network、figure 或 compare。</translation>
    </message>
    <message>
        <source>--view is required (map, timeline, typology, network, figure or compare)</source>
        <translation>必须指定 --view（map、timeline、typology、network、figure 或 compare）</translation>
    </message>
    <message>
        <source>unknown view &quot;%1&quot; (expected map, timeline, typology, network, figure or compare)</source>
        <translation>未知视图“%1”（应为 map、timeline、typology、network、figure 或 compare）</translation>
    </message>
    <message>
        <source>--view compare needs --from DATE and --to DATE</source>
        <translation>--view compare 需要 --from DATE 和 --to DATE</translation>
    </message>
    <message>
        <source>--view compare makes one figure: --step does not apply</source>
        <translation>--view compare 只生成一幅图：不能使用 --step</translation>
    </message>
    <message>
        <source>Where sources disagree: each note with what each source says, the better-attested value and the records.</source>
        <translation>来源分歧之处：每条说明及各来源的说法、更可靠的取值和相关记录。</translation>
    </message>
    <message>
        <source>all (default), asia-pacific or euro-atlantic: the network of the region&apos;s actors and the hub.</source>
        <translation>all（默认）、asia-pacific 或 euro-atlantic：由该地区行为体与轴心国构成的网络。</translation>
    </message>
    <message>
        <source>unknown region &quot;%1&quot; (expected all, asia-pacific or euro-atlantic)</source>
        <translation>未知地区“%1”（应为 all、asia-pacific 或 euro-atlantic）</translation>
    </message>
    <message>
        <source>Usage:
  alliance-atlas [--dataset FILE] [--lang en|zh_CN] [FILE.atlasview]   start the GUI
  alliance-atlas --version | --help
  alliance-atlas validate FILE...
  alliance-atlas query --at DATE [--dataset FILE] [--hide ISO3,...] [--format json|table]
  alliance-atlas evidence [--dataset FILE] [--tie ID] [--disagreements] --format json
  alliance-atlas metrics --from YEAR --to YEAR [--step year|month] [--region all|asia-pacific|euro-atlantic]
      [--hide ISO3,...] [--dataset FILE] --format csv|json
  alliance-atlas diff --from DATE --to DATE [--region REGION] [--hide ISO3,...] [--dataset FILE] [--format json|table]
  alliance-atlas export --view map|timeline|typology|network|figure --at DATE --out FILE
      [--highlight TIE] [--layout-report FILE.json]
      [--format png|svg|pdf] [--size a4-landscape|a4-portrait|letter-landscape|slide|WxH] [--dpi N]
      [--lang en|zh_CN] [--hide ISO3,...] [--dataset FILE] [--title TEXT] [--caption TEXT] [--verbose]
  alliance-atlas export --view ... --from DATE --to DATE --step 1y|1m --out DIR   (numbered frames)
  alliance-atlas export --view ... --from DATE --to DATE --step 1d|1m|1y|events [--fps N] [--hold-events SECONDS]
      [--size WxH] --out FILE.mp4|FILE.webm|FILE.gif   (animation)
  alliance-atlas export --view compare --from DATE --to DATE --out FILE.png|svg|pdf [--size ...] [--lang en|zh_CN]
  alliance-atlas import-atop --members FILE --alliances FILE --out FILE.json
</source>
        <translation>用法：
  alliance-atlas [--dataset FILE] [--lang en|zh_CN] [FILE.atlasview]   启动图形界面
  alliance-atlas --version | --help
  alliance-atlas validate FILE...
  alliance-atlas query --at DATE [--dataset FILE] [--hide ISO3,...] [--format json|table]
  alliance-atlas evidence [--dataset FILE] [--tie ID] [--disagreements] --format json
  alliance-atlas metrics --from YEAR --to YEAR [--step year|month] [--region all|asia-pacific|euro-atlantic]
      [--hide ISO3,...] [--dataset FILE] --format csv|json
  alliance-atlas diff --from DATE --to DATE [--region REGION] [--hide ISO3,...] [--dataset FILE] [--format json|table]
  alliance-atlas export --view map|timeline|typology|network|figure --at DATE --out FILE
      [--highlight TIE] [--layout-report FILE.json]
      [--format png|svg|pdf] [--size a4-landscape|a4-portrait|letter-landscape|slide|WxH] [--dpi N]
      [--lang en|zh_CN] [--hide ISO3,...] [--dataset FILE] [--title TEXT] [--caption TEXT] [--verbose]
  alliance-atlas export --view ... --from DATE --to DATE --step 1y|1m --out DIR   （编号帧序列）
  alliance-atlas export --view ... --from DATE --to DATE --step 1d|1m|1y|events [--fps N] [--hold-events SECONDS]
      [--size WxH] --out FILE.mp4|FILE.webm|FILE.gif   （动画）
  alliance-atlas export --view compare --from DATE --to DATE --out FILE.png|svg|pdf [--size ...] [--lang en|zh_CN]
  alliance-atlas import-atop --members FILE --alliances FILE --out FILE.json
</translation>
    </message>
</context>
<context>
    <name>CompareLayer</name>
    <message>
        <source>Added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>终止</translation>
    </message>
    <message>
        <source>Membership or status changed</source>
        <translation>成员或状态变化</translation>
    </message>
    <message>
        <source>Continuing</source>
        <translation>延续</translation>
    </message>
    <message>
        <source>Ties, %1 → %2</source>
        <translation>关系，%1 → %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Role changed (ringed)</source>
        <translation>角色变化（圆圈标出）</translation>
    </message>
    <message>
        <source>Countries on %1</source>
        <translation>%1的国家</translation>
    </message>
</context>
<context>
    <name>ComparisonFormat</name>
    <message>
        <source>From %1 to %2: %3 added, %4 ended, %5 continuing (%6 changed)</source>
        <translation>从 %1 到 %2：新增 %3，终止 %4，延续 %5（其中 %6 有变化）</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>quoted field is not closed before the end of the file</source>
        <translation>带引号的字段直到文件末尾仍未闭合</translation>
    </message>
    <message>
        <source>unexpected text after the closing quote of a field</source>
        <translation>字段的闭合引号之后出现了多余的文本</translation>
    </message>
    <message>
        <source>quote character inside an unquoted field (kept as text)</source>
        <translation>未加引号的字段中出现引号字符（按文本保留）</translation>
    </message>
    <message>
        <source>the file is not valid UTF-8; invalid bytes were replaced</source>
        <translation>文件不是有效的 UTF-8；无效字节已被替换</translation>
    </message>
    <message>
        <source>duplicate column name &quot;%1&quot; (the first one is used)</source>
        <translation>重复的列名“%1”（使用第一个）</translation>
    </message>
    <message>
        <source>row has %1 fields, the header has %2</source>
        <translation>该行有 %1 个字段，而表头有 %2 个</translation>
    </message>
</context>
<context>
    <name>DatasetOpener</name>
    <message>
        <source>Opening Dataset</source>
        <translation>正在打开数据集</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>DatasetReader</name>
    <message numerus="yes">
        <source>and %n more problem(s)</source>
        <translation>
            <numerusform>另有 %n 个问题未列出</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot; ignored</source>
        <translation>已忽略未知字段“%1”</translation>
    </message>
    <message>
        <source>missing required field &quot;%1&quot;</source>
        <translation>缺少必需字段“%1”</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string, not %2</source>
        <translation>“%1”必须是字符串，而不是%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must not be empty</source>
        <translation>“%1”不能为空</translation>
    </message>
    <message>
        <source>duplicate %1 &quot;%2&quot;</source>
        <translation>重复的%1“%2”</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an object {&quot;en&quot;, &quot;zh&quot;}, not %2</source>
        <translation>“%1”必须是对象 {&quot;en&quot;, &quot;zh&quot;}，而不是%2</translation>
    </message>
    <message>
        <source>invalid date &quot;%1&quot; (expected YYYY, YYYY-MM or YYYY-MM-DD)</source>
        <translation>无效日期“%1”（应为 YYYY、YYYY-MM 或 YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a number, not %2</source>
        <translation>“%1”必须是数字，而不是%2</translation>
    </message>
    <message>
        <source>must be a string, not %1</source>
        <translation>必须是字符串，而不是%1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an array, not %2</source>
        <translation>“%1”必须是数组，而不是%2</translation>
    </message>
    <message>
        <source>must be an object, not %1</source>
        <translation>必须是对象，而不是%1</translation>
    </message>
    <message>
        <source>unknown %1 &quot;%2&quot; (expected one of: %3)</source>
        <translation>未知的%1“%2”（应为以下之一：%3）</translation>
    </message>
    <message>
        <source>source key</source>
        <translation>来源键</translation>
    </message>
    <message>
        <source>actor id</source>
        <translation>行为体 ID</translation>
    </message>
    <message>
        <source>unknown country code &quot;%1&quot; (expected ISO 3166-1 alpha-3)</source>
        <translation>未知的国家代码“%1”（应为 ISO 3166-1 alpha-3）</translation>
    </message>
    <message>
        <source>longitude %1 is outside -180..180</source>
        <translation>经度 %1 超出 -180..180 范围</translation>
    </message>
    <message>
        <source>latitude %1 is outside -90..90</source>
        <translation>纬度 %1 超出 -90..90 范围</translation>
    </message>
    <message>
        <source>tie id</source>
        <translation>关系 ID</translation>
    </message>
    <message>
        <source>end %1 is before start %2</source>
        <translation>结束日期 %1 早于开始日期 %2</translation>
    </message>
    <message>
        <source>status &quot;ended&quot; needs an end date</source>
        <translation>状态为“ended”时需要结束日期</translation>
    </message>
    <message>
        <source>unknown actor &quot;%1&quot;</source>
        <translation>未知行为体“%1”</translation>
    </message>
    <message>
        <source>a membership status is &quot;in-force&quot; or &quot;suspended&quot;, not &quot;%1&quot;</source>
        <translation>成员资格状态应为“in-force”或“suspended”，而不是“%1”</translation>
    </message>
    <message>
        <source>left %1 is before joined %2</source>
        <translation>退出日期 %1 早于加入日期 %2</translation>
    </message>
    <message>
        <source>the membership of &quot;%1&quot; lies outside the tie&apos;s life (%2 to %3)</source>
        <translation>“%1”的成员资格超出了该关系的存续期（%2 至 %3）</translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation>持续中</translation>
    </message>
    <message>
        <source>a tie needs at least two members</source>
        <translation>一项关系至少需要两个成员</translation>
    </message>
    <message>
        <source>phase ends before it starts</source>
        <translation>阶段的结束早于开始</translation>
    </message>
    <message>
        <source>event id</source>
        <translation>事件 ID</translation>
    </message>
    <message>
        <source>unknown tie &quot;%1&quot;</source>
        <translation>未知关系“%1”</translation>
    </message>
    <message>
        <source>evidence id</source>
        <translation>证据 ID</translation>
    </message>
    <message>
        <source>unknown event &quot;%1&quot;</source>
        <translation>未知事件“%1”</translation>
    </message>
    <message>
        <source>unknown source &quot;%1&quot;</source>
        <translation>未知来源“%1”</translation>
    </message>
    <message>
        <source>typology id</source>
        <translation>类型学 ID</translation>
    </message>
    <message>
        <source>cell id</source>
        <translation>象限 ID</translation>
    </message>
    <message>
        <source>a cell&apos;s %1 is &quot;low&quot; or &quot;high&quot;, not &quot;%2&quot;</source>
        <translation>象限的 %1 应为“low”或“high”，而不是“%2”</translation>
    </message>
    <message>
        <source>two cells share the corner x=%1, y=%2</source>
        <translation>两个象限共用角点 x=%1, y=%2</translation>
    </message>
    <message>
        <source>a scheme has exactly four cells, not %1</source>
        <translation>一个方案必须恰好有四个象限，而不是 %1 个</translation>
    </message>
    <message>
        <source>unknown evidence &quot;%1&quot;</source>
        <translation>未知证据“%1”</translation>
    </message>
    <message>
        <source>unknown typology &quot;%1&quot;</source>
        <translation>未知类型学“%1”</translation>
    </message>
    <message>
        <source>typology &quot;%1&quot; has no cell &quot;%2&quot;</source>
        <translation>类型学“%1”中没有象限“%2”</translation>
    </message>
    <message>
        <source>tie &quot;%1&quot; is placed twice in typology &quot;%2&quot;</source>
        <translation>关系“%1”在类型学“%2”中被归类了两次</translation>
    </message>
    <message>
        <source>a placement needs at least one evidence item</source>
        <translation>每项归类至少需要一条证据</translation>
    </message>
    <message>
        <source>bookmark id</source>
        <translation>关键日期 ID</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <source>malformed JSON: %1</source>
        <translation>JSON 格式错误：%1</translation>
    </message>
    <message>
        <source>a dataset is a JSON object, not %1</source>
        <translation>数据集应为 JSON 对象，而不是%1</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>数组</translation>
    </message>
    <message>
        <source>a scalar</source>
        <translation>标量</translation>
    </message>
    <message>
        <source>not an Alliance Atlas dataset (format must be &quot;alliance-atlas-dataset&quot;)</source>
        <translation>不是 Alliance Atlas 数据集（format 必须为 &quot;alliance-atlas-dataset&quot;）</translation>
    </message>
    <message>
        <source>unsupported format version %1 (this program reads version 1)</source>
        <translation>不支持的格式版本 %1（本程序读取版本 1）</translation>
    </message>
    <message>
        <source>no &quot;%1&quot; field: assumed false</source>
        <translation>缺少“%1”字段：按 false 处理</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false, not %2</source>
        <translation>“%1”必须是 true 或 false，而不是%2</translation>
    </message>
    <message>
        <source>a tie cannot supersede itself</source>
        <translation>关系不能取代其自身</translation>
    </message>
    <message>
        <source>tie &quot;%1&quot; is superseded twice</source>
        <translation>关系“%1”被取代了两次</translation>
    </message>
    <message>
        <source>the successor must start after &quot;%1&quot; starts (%2)</source>
        <translation>后继关系的起始日期必须晚于“%1”的起始日期（%2）</translation>
    </message>
    <message>
        <source>control character U+%1 at character %2 (only tab and newline are allowed)</source>
        <translation>第 %2 个字符是控制字符 U+%1（只允许制表符和换行符）</translation>
    </message>
    <message>
        <source>year %1 is not a whole number from 1 to 9999</source>
        <translation>年份 %1 不是 1 到 9999 之间的整数</translation>
    </message>
    <message>
        <source>compare_from %1 is after the bookmark&apos;s date %2</source>
        <translation>compare_from %1 晚于该关键日期的日期 %2</translation>
    </message>
    <message>
        <source>&quot;between&quot; names two different members of the tie</source>
        <translation>“between”须列出该关系的两个不同成员</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a member of the tie</source>
        <translation>“%1”不是该关系的成员</translation>
    </message>
</context>
<context>
    <name>DateComparison</name>
    <message>
        <source>two valid dates are needed to compare</source>
        <translation>比较需要两个有效日期</translation>
    </message>
    <message>
        <source>the first date %1 is after the second date %2</source>
        <translation>第一个日期 %1 晚于第二个日期 %2</translation>
    </message>
</context>
<context>
    <name>FigureCaption</name>
    <message>
        <source>Ties in force on %1.</source>
        <translation>%1 有效的同盟关系。</translation>
    </message>
    <message>
        <source>Hidden: %1.</source>
        <translation>已隐藏：%1。</translation>
    </message>
    <message>
        <source>Filter: %1.</source>
        <translation>筛选：%1。</translation>
    </message>
    <message>
        <source>Sources: %1.</source>
        <translation>来源：%1。</translation>
    </message>
    <message>
        <source>Made with Alliance Atlas.</source>
        <translation>由 Alliance Atlas 制作。</translation>
    </message>
    <message>
        <source>Ties from %1 to %2: %3 added, %4 ended, %5 with members or status changed.</source>
        <translation>从%1到%2的关系：新增 %3 项，终止 %4 项，%5 项成员或状态发生变化。</translation>
    </message>
</context>
<context>
    <name>FigureRenderer</name>
    <message>
        <source>US alliance ties in the Asia-Pacific and the Euro-Atlantic, %1</source>
        <translation>美国在亚太和欧洲—大西洋地区的同盟关系，%1</translation>
    </message>
    <message>
        <source>Timeline of US alliance ties</source>
        <translation>美国同盟关系时间轴</translation>
    </message>
    <message>
        <source>Typology of minilateral security cooperation, %1</source>
        <translation>小多边安全合作类型学，%1</translation>
    </message>
    <message>
        <source>Network of alliance ties, %1</source>
        <translation>同盟关系网络，%1</translation>
    </message>
    <message>
        <source>US alliance ties in the Asia-Pacific and the Euro-Atlantic</source>
        <translation>美国在亚太和欧洲—大西洋地区的同盟关系</translation>
    </message>
    <message>
        <source>US alliance ties: what changed from %1 to %2</source>
        <translation>美国同盟关系：从%1到%2的变化</translation>
    </message>
</context>
<context>
    <name>FigureWriter</name>
    <message>
        <source>no output file given</source>
        <translation>未指定输出文件</translation>
    </message>
    <message>
        <source>%1 is a directory</source>
        <translation>%1 是目录</translation>
    </message>
    <message>
        <source>the directory %1 does not exist</source>
        <translation>目录 %1 不存在</translation>
    </message>
    <message>
        <source>the figure is too large (%1×%2 pixels)</source>
        <translation>图过大（%1×%2 像素）</translation>
    </message>
    <message>
        <source>painting the figure failed</source>
        <translation>绘制图失败</translation>
    </message>
    <message>
        <source>painting the figure failed: the painter could not finish the %1×%2 pixel image</source>
        <translation>绘制图失败：无法完成 %1×%2 像素的图像</translation>
    </message>
    <message>
        <source>encoding the PNG failed: %1</source>
        <translation>PNG 编码失败：%1</translation>
    </message>
</context>
<context>
    <name>FrameDates</name>
    <message>
        <source>invalid --step &quot;%1&quot; (expected 1y or 1m)</source>
        <translation>无效的 --step“%1”（应为 1y 或 1m）</translation>
    </message>
    <message>
        <source>invalid --from or --to date</source>
        <translation>无效的 --from 或 --to 日期</translation>
    </message>
    <message>
        <source>more than %1 frames from %2 to %3 every %4</source>
        <translation>从 %2 到 %3 每 %4 一帧，超过 %1 帧</translation>
    </message>
    <message>
        <source>the step &quot;%1&quot; leaves the calendar after %2</source>
        <translation>步长“%1”在 %2 之后超出了日历范围</translation>
    </message>
</context>
<context>
    <name>InputFile</name>
    <message>
        <source>file is larger than %1 MiB; refused</source>
        <translation>文件大于 %1 MiB，已拒绝</translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation>无法打开：%1</translation>
    </message>
    <message>
        <source>is a directory</source>
        <translation>是目录</translation>
    </message>
    <message>
        <source>is not a regular file (a device, pipe or socket); refused</source>
        <translation>不是普通文件（而是设备、管道或套接字），已拒绝</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>无法读取：%1</translation>
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
    <message>
        <source>%1 (inferred)</source>
        <translation>%1（推断）</translation>
    </message>
    <message>
        <source>Inferred (the source does not place this tie itself): %1</source>
        <translation>推断（来源本身未对此关系归类）：%1</translation>
    </message>
    <message>
        <source>Undated</source>
        <translation>日期不详</translation>
    </message>
    <message>
        <source>%1 · %2: %3</source>
        <translation>%1 · %2：%3</translation>
    </message>
    <message>
        <source>Not in force (fewer than two members)</source>
        <translation>未生效（成员不足两个）</translation>
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
    <message>
        <source>Legend ▸</source>
        <translation>图例 ▸</translation>
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
    <message>
        <source>NATO Europe (%1)</source>
        <translation>北约欧洲（%1国）</translation>
    </message>
    <message>
        <source>NATO&apos;s European members, drawn as one node: %1</source>
        <translation>北约欧洲成员国（画为一个节点）：%1</translation>
    </message>
    <message>
        <source>Untick &quot;Group NATO Europe&quot; to see each of them. The metrics count every member.</source>
        <translation>取消勾选“合并北约欧洲成员”即可逐一显示。各项指标计入每个成员。</translation>
    </message>
</context>
<context>
    <name>RegionScope</name>
    <message>
        <source>Asia-Pacific</source>
        <translation>亚太</translation>
    </message>
    <message>
        <source>Euro-Atlantic</source>
        <translation>欧洲—大西洋</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>全部地区</translation>
    </message>
</context>
<context>
    <name>ReportFigure</name>
    <message>
        <source>Countries</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Minilateral: %1</source>
        <translation>小多边机制：%1</translation>
    </message>
    <message>
        <source>Minilateral (not placed)</source>
        <translation>小多边机制（未归类）</translation>
    </message>
    <message>
        <source>Ties in force</source>
        <translation>有效的关系</translation>
    </message>
    <message>
        <source>Line styles</source>
        <translation>线型</translation>
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
        <source>Alliance (members outlined)</source>
        <translation>同盟（成员国加框）</translation>
    </message>
</context>
<context>
    <name>SafeWriter</name>
    <message>
        <source>no output file given</source>
        <translation>未指定输出文件</translation>
    </message>
    <message>
        <source>%1 is a directory</source>
        <translation>%1 是目录</translation>
    </message>
    <message>
        <source>cannot write %1: the directory %2 does not exist</source>
        <translation>无法写入 %1：目录 %2 不存在</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>cannot write %1: not a regular file</source>
        <translation>无法写入 %1：不是普通文件</translation>
    </message>
</context>
<context>
    <name>ScreenshotCommand</name>
    <message>
        <source>Usage: alliance-atlas screenshot [--dataset FILE] [--at DATE] --size WxH [--lang en|zh_CN] [--select TIE]
                                 [--present N] [--text-size normal|large|projector] --out FILE.png
                                 [--layout-report FILE.json]
</source>
        <translation>用法：alliance-atlas screenshot [--dataset FILE] [--at DATE] --size WxH [--lang en|zh_CN] [--select TIE]
                                 [--present N] [--text-size normal|large|projector] --out FILE.png
                                 [--layout-report FILE.json]
</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>多余的参数“%1”</translation>
    </message>
    <message>
        <source>--out FILE.png is required</source>
        <translation>必须指定 --out FILE.png</translation>
    </message>
    <message>
        <source>--size must be WxH, e.g. 1366x768</source>
        <translation>--size 必须为 WxH，例如 1366x768</translation>
    </message>
    <message>
        <source>unknown language &quot;%1&quot; (expected en or zh_CN)</source>
        <translation>未知语言“%1”（应为 en 或 zh_CN）</translation>
    </message>
    <message>
        <source>--text-size must be normal, large or projector</source>
        <translation>--text-size 必须为 normal、large 或 projector</translation>
    </message>
    <message>
        <source>--at must be a date YYYY-MM-DD</source>
        <translation>--at 必须为日期 YYYY-MM-DD</translation>
    </message>
    <message>
        <source>--present must be a bookmark number from 1</source>
        <translation>--present 必须为从 1 开始的关键日期编号</translation>
    </message>
    <message>
        <source>--present %1: the dataset has %2 bookmark(s)</source>
        <translation>--present %1：数据集只有 %2 个关键日期</translation>
    </message>
    <message>
        <source>--select: no tie &quot;%1&quot; in the dataset</source>
        <translation>--select：数据集中没有关系“%1”</translation>
    </message>
    <message>
        <source>alliance-atlas screenshot: the animation did not end</source>
        <translation>alliance-atlas screenshot：动画未能结束</translation>
    </message>
    <message>
        <source>alliance-atlas screenshot: could not write %1</source>
        <translation>alliance-atlas screenshot：无法写入 %1</translation>
    </message>
    <message>
        <source>Wrote %1 (%2×%3)</source>
        <translation>已写入 %1（%2×%3）</translation>
    </message>
</context>
<context>
    <name>SnapshotFormat</name>
    <message>
        <source>In force on %1 (ties: %2)</source>
        <translation>%1 有效的关系（%2 项）</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>Asia-Pacific bilateral alliances</source>
        <translation>亚太双边同盟</translation>
    </message>
    <message>
        <source>Asia-Pacific minilaterals and multilaterals</source>
        <translation>亚太小多边与多边机制</translation>
    </message>
    <message>
        <source>Euro-Atlantic</source>
        <translation>欧洲—大西洋</translation>
    </message>
    <message>
        <source>Cross-regional links</source>
        <translation>跨地区联系</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>倡议</translation>
    </message>
    <message>
        <source>All dates</source>
        <translation>全部日期</translation>
    </message>
    <message>
        <source>Cold War (1945–1991)</source>
        <translation>冷战（1945–1991）</translation>
    </message>
    <message>
        <source>Since 1991</source>
        <translation>1991 年以来</translation>
    </message>
    <message>
        <source>Last decade</source>
        <translation>最近十年</translation>
    </message>
</context>
<context>
    <name>TopoJson</name>
    <message>
        <source>the transform needs a scale and a translate of two numbers each</source>
        <translation>transform 需要 scale 和 translate，且各含两个数字</translation>
    </message>
    <message>
        <source>arc %1 has a position with fewer than two coordinates</source>
        <translation>弧段 %1 中有位置的坐标少于两个</translation>
    </message>
    <message>
        <source>arc %1 has a coordinate that is not a finite number</source>
        <translation>弧段 %1 中有坐标不是有限数值</translation>
    </message>
    <message>
        <source>an arc index is not a number</source>
        <translation>弧段索引不是数字</translation>
    </message>
    <message>
        <source>arc index %1 is out of range (the topology has %2 arcs)</source>
        <translation>弧段索引 %1 超出范围（该拓扑共有 %2 条弧段）</translation>
    </message>
    <message>
        <source>not valid JSON at offset %1: %2</source>
        <translation>偏移量 %1 处的 JSON 无效：%2</translation>
    </message>
    <message>
        <source>not a TopoJSON topology</source>
        <translation>不是 TopoJSON 拓扑</translation>
    </message>
    <message>
        <source>the topology has no object &quot;%1&quot;</source>
        <translation>该拓扑中没有对象“%1”</translation>
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
    <message numerus="yes">
        <source>Not classified by this source: %n in force on %1.</source>
        <translation>
            <numerusform>该来源未予归类的安排：%1有%n项生效。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VideoEncoder</name>
    <message>
        <source>encoding a frame failed: %1</source>
        <translation>编码帧失败：%1</translation>
    </message>
    <message>
        <source>writing the video failed: %1</source>
        <translation>写入视频失败：%1</translation>
    </message>
    <message>
        <source>frame rate %1 is out of range (1 to 120 frames per second)</source>
        <translation>帧率 %1 超出范围（每秒 1 至 120 帧）</translation>
    </message>
    <message>
        <source>frame rate %1 is out of range for GIF (1 to 50 frames per second)</source>
        <translation>帧率 %1 超出 GIF 的范围（每秒 1 至 50 帧）</translation>
    </message>
    <message>
        <source>video size %1×%2 is out of range (16×16 to 7680×4320)</source>
        <translation>视频尺寸 %1×%2 超出范围（16×16 至 7680×4320）</translation>
    </message>
    <message>
        <source>this installation of FFmpeg cannot write %1 (formats that work: %2)</source>
        <translation>此 FFmpeg 安装无法写入 %1（可用格式：%2）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>preparing the video failed: %1</source>
        <translation>准备视频失败：%1</translation>
    </message>
    <message>
        <source>preparing the video failed: out of memory</source>
        <translation>准备视频失败：内存不足</translation>
    </message>
    <message>
        <source>opening the %1 encoder failed: %2</source>
        <translation>打开 %1 编码器失败：%2</translation>
    </message>
    <message>
        <source>preparing the video failed: no colour converter</source>
        <translation>准备视频失败：没有颜色转换器</translation>
    </message>
    <message>
        <source>writing the video header failed: %1</source>
        <translation>写入视频文件头失败：%1</translation>
    </message>
    <message>
        <source>the video is not open</source>
        <translation>视频未打开</translation>
    </message>
    <message>
        <source>the video has no frames</source>
        <translation>视频没有帧</translation>
    </message>
    <message>
        <source>finishing the video failed: %1</source>
        <translation>完成视频失败：%1</translation>
    </message>
    <message>
        <source>video support is not installed (%1)</source>
        <translation>未安装视频支持（%1）</translation>
    </message>
    <message>
        <source>video support %1 belongs to another version of Alliance Atlas</source>
        <translation>视频支持 %1 属于另一个版本的 Alliance Atlas</translation>
    </message>
</context>
<context>
    <name>ViewFile</name>
    <message>
        <source>malformed JSON: %1</source>
        <translation>JSON 格式错误：%1</translation>
    </message>
    <message>
        <source>not an Alliance Atlas view file</source>
        <translation>不是 Alliance Atlas 视图文件</translation>
    </message>
    <message>
        <source>invalid date (expected YYYY-MM-DD)</source>
        <translation>无效日期（应为 YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>must be an array of actor ids</source>
        <translation>必须是行为体 ID 数组</translation>
    </message>
    <message>
        <source>zoom must be a number between 0 and 1000</source>
        <translation>zoom 必须是 0 到 1000 之间的数字</translation>
    </message>
    <message>
        <source>language is &quot;en&quot; or &quot;zh_CN&quot;, not &quot;%1&quot;</source>
        <translation>语言应为“en”或“zh_CN”，而不是“%1”</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Bilateral treaty alliance</source>
        <translation>双边条约同盟</translation>
    </message>
    <message>
        <source>Multilateral alliance</source>
        <translation>多边同盟</translation>
    </message>
    <message>
        <source>Minilateral</source>
        <translation>小多边</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>伙伴关系</translation>
    </message>
    <message>
        <source>Dialogue</source>
        <translation>对话</translation>
    </message>
    <message>
        <source>Intelligence sharing</source>
        <translation>情报共享</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>演习</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>协定</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>倡议</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>中止</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>终止</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>提议中</translation>
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
        <source>Cross-regional</source>
        <translation>跨地区</translation>
    </message>
    <message>
        <source>North America</source>
        <translation>北美</translation>
    </message>
    <message>
        <source>Europe</source>
        <translation>欧洲</translation>
    </message>
    <message>
        <source>East Asia</source>
        <translation>东亚</translation>
    </message>
    <message>
        <source>Southeast Asia</source>
        <translation>东南亚</translation>
    </message>
    <message>
        <source>South Asia</source>
        <translation>南亚</translation>
    </message>
    <message>
        <source>Oceania</source>
        <translation>大洋洲</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>WorldMap</name>
    <message>
        <source>not a world map of this version</source>
        <translation>不是此版本的世界地图数据</translation>
    </message>
    <message>
        <source>the world map data is truncated</source>
        <translation>世界地图数据不完整</translation>
    </message>
</context>
<context>
    <name>atlas::AnimationDialog</name>
    <message>
        <source>Export Animation</source>
        <translation>导出动画</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>地图</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间轴</translation>
    </message>
    <message>
        <source>Report figure</source>
        <translation>报告图</translation>
    </message>
    <message>
        <source>&amp;View:</source>
        <translation>视图(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>起始(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>终止(&amp;T)：</translation>
    </message>
    <message>
        <source>One frame per month</source>
        <translation>每月一帧</translation>
    </message>
    <message>
        <source>One frame per year</source>
        <translation>每年一帧</translation>
    </message>
    <message>
        <source>From event to event (eased)</source>
        <translation>逐个事件（缓动过渡）</translation>
    </message>
    <message>
        <source>&amp;Steps:</source>
        <translation>步长(&amp;S)：</translation>
    </message>
    <message>
        <source> frames/s</source>
        <translation> 帧/秒</translation>
    </message>
    <message>
        <source>&amp;Speed:</source>
        <translation>速度(&amp;P)：</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Seconds to stay on each event and bookmark, with a caption of what happened.</source>
        <translation>在每个事件和书签处停留的秒数，并显示所发生事件的说明。</translation>
    </message>
    <message>
        <source>&amp;Hold on events:</source>
        <translation>事件停留(&amp;H)：</translation>
    </message>
    <message>
        <source>Si&amp;ze:</source>
        <translation>尺寸(&amp;Z)：</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>格式(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>First frame</source>
        <translation>第一帧</translation>
    </message>
    <message>
        <source>Last frame</source>
        <translation>最后一帧</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message numerus="yes">
        <source>%n frame(s), %1 s of film</source>
        <translation>
            <numerusform>%n 帧，影片时长 %1 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 video (*.%2)</source>
        <translation>%1 视频 (*.%2)</translation>
    </message>
    <message numerus="yes">
        <source>About %n second(s) left</source>
        <translation>
            <numerusform>约剩 %n 秒</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>atlas::ComparePanel</name>
    <message>
        <source>%1 added, %2 ended, %3 with members or status changed</source>
        <translation>新增 %1 项，终止 %2 项，%3 项成员或状态发生变化</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>无日期</translation>
    </message>
    <message>
        <source>no evidence recorded</source>
        <translation>未记录证据</translation>
    </message>
    <message>
        <source>Compare Dates</source>
        <translation>比较日期</translation>
    </message>
    <message>
        <source>&amp;Compare Dates</source>
        <translation>比较日期(&amp;C)</translation>
    </message>
    <message>
        <source>Show what changed between two dates on the map, the timeline and a list</source>
        <translation>在地图、时间轴和列表中显示两个日期之间的变化</translation>
    </message>
    <message>
        <source>From (A):</source>
        <translation>起（A）：</translation>
    </message>
    <message>
        <source>The first date; Shift-drag on the timeline to move it</source>
        <translation>第一个日期；在时间轴上按住 Shift 拖动可移动它</translation>
    </message>
    <message>
        <source>To (B):</source>
        <translation>止（B）：</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
</context>
<context>
    <name>atlas::DateEntry</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Type a date (YYYY, YYYY-MM or YYYY-MM-DD) and press Enter</source>
        <translation>输入日期（YYYY、YYYY-MM 或 YYYY-MM-DD）后按 Enter</translation>
    </message>
    <message>
        <source>Current date</source>
        <translation>当前日期</translation>
    </message>
</context>
<context>
    <name>atlas::DisagreementList</name>
    <message>
        <source>Recorded (better attested): %1</source>
        <translation>记录值（更可靠）：%1</translation>
    </message>
    <message>
        <source>see the note</source>
        <translation>见说明</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>说明：%1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Excerpt: %1</source>
        <translation>摘录：%1</translation>
    </message>
    <message>
        <source>Section: %1</source>
        <translation>章节：%1</translation>
    </message>
</context>
<context>
    <name>atlas::ExportDialog</name>
    <message>
        <source>Export failed: %1</source>
        <translation>导出失败：%1</translation>
    </message>
    <message>
        <source>Export Figure</source>
        <translation>导出图</translation>
    </message>
    <message>
        <source>&amp;View:</source>
        <translation>视图(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>尺寸(&amp;S)：</translation>
    </message>
    <message>
        <source>Custom size:</source>
        <translation>自定义尺寸：</translation>
    </message>
    <message>
        <source>&amp;Resolution (dpi):</source>
        <translation>分辨率（dpi）(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Caption:</source>
        <translation>图注(&amp;C)：</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>文件(&amp;I)：</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>地图</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间轴</translation>
    </message>
    <message>
        <source>Typology matrix</source>
        <translation>类型学矩阵</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>Report figure (map, timeline, legend, caption)</source>
        <translation>报告用图（地图、时间轴、图例、图注）</translation>
    </message>
    <message>
        <source>A4 landscape</source>
        <translation>A4 横向</translation>
    </message>
    <message>
        <source>A4 portrait</source>
        <translation>A4 纵向</translation>
    </message>
    <message>
        <source>Letter landscape</source>
        <translation>Letter 横向</translation>
    </message>
    <message>
        <source>Letter portrait</source>
        <translation>Letter 纵向</translation>
    </message>
    <message>
        <source>Slide 16:9 (1920×1080)</source>
        <translation>幻灯片 16:9（1920×1080）</translation>
    </message>
    <message>
        <source>Custom (pixels)</source>
        <translation>自定义（像素）</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>%1 文件 (*.%2)</translation>
    </message>
    <message>
        <source>&amp;Highlight the selection</source>
        <translation>突出显示选中项(&amp;H)</translation>
    </message>
    <message>
        <source>Draw the selected tie highlighted in the figure</source>
        <translation>在图中突出显示选中的关系</translation>
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
    <message>
        <source>Export failed: %1
Any existing file was left unchanged.</source>
        <translation>导出失败：%1
原有文件保持不变。</translation>
    </message>
    <message numerus="yes">
        <source>Membership records (%n)</source>
        <translation>
            <numerusform>成员资格记录（%n条）</numerusform>
        </translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Sources disagree (%1)</source>
        <translation>来源分歧（%1）</translation>
    </message>
</context>
<context>
    <name>atlas::IssuesPanel</name>
    <message>
        <source>Issues</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>the built-in dataset</source>
        <translation>内置数据集</translation>
    </message>
    <message>
        <source>No problems found in %1.</source>
        <translation>%1中未发现问题。</translation>
    </message>
</context>
<context>
    <name>atlas::MainWindow</name>
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
    <message>
        <source>Alliance Atlas</source>
        <translation>联盟图谱</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Open Dataset…</source>
        <translation>打开数据集(&amp;O)…</translation>
    </message>
    <message>
        <source>Import &amp;ATOP…</source>
        <translation>导入 ATOP(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间轴</translation>
    </message>
    <message>
        <source>Open Dataset</source>
        <translation>打开数据集</translation>
    </message>
    <message>
        <source>Alliance Atlas datasets (*.json);;All files (*)</source>
        <translation>Alliance Atlas 数据集 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Import ATOP: Member-Level File</source>
        <translation>导入 ATOP：成员层级文件</translation>
    </message>
    <message>
        <source>Import ATOP: Alliance-Level File</source>
        <translation>导入 ATOP：同盟层级文件</translation>
    </message>
    <message>
        <source>Could not import ATOP (problems: %1); the current dataset stays open.</source>
        <translation>无法导入 ATOP（问题：%1）；当前数据集保持打开。</translation>
    </message>
    <message numerus="yes">
        <source>Imported ATOP: %n alliance(s), warnings: %1</source>
        <translation>
            <numerusform>已导入 ATOP：%n 个同盟，警告：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not open %1 (problems: %2); the current dataset stays open.</source>
        <translation>无法打开 %1（问题：%2）；当前数据集保持打开。</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>已打开 %1</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>Open &amp;View File…</source>
        <translation>打开视图文件(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Save View File…</source>
        <translation>保存视图文件(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Export Figure…</source>
        <translation>导出图(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Copy Figure</source>
        <translation>复制图(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>演示(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>Figure exported</source>
        <translation>图已导出</translation>
    </message>
    <message>
        <source>Could not open the view file %1</source>
        <translation>无法打开视图文件 %1</translation>
    </message>
    <message>
        <source>Opened view %1</source>
        <translation>已打开视图 %1</translation>
    </message>
    <message>
        <source>Save View File</source>
        <translation>保存视图文件</translation>
    </message>
    <message>
        <source>Alliance Atlas views (*.atlasview)</source>
        <translation>Alliance Atlas 视图 (*.atlasview)</translation>
    </message>
    <message>
        <source>Saved view %1</source>
        <translation>已保存视图 %1</translation>
    </message>
    <message>
        <source>Could not save the view: %1</source>
        <translation>无法保存视图：%1</translation>
    </message>
    <message>
        <source>Open View File</source>
        <translation>打开视图文件</translation>
    </message>
    <message>
        <source>Alliance Atlas views (*.atlasview);;All files (*)</source>
        <translation>Alliance Atlas 视图 (*.atlasview);;所有文件 (*)</translation>
    </message>
    <message>
        <source>&amp;Dark Theme</source>
        <translation>深色主题(&amp;D)</translation>
    </message>
    <message>
        <source>World map of the ties in force</source>
        <translation>有效关系的世界地图</translation>
    </message>
    <message>
        <source>Typology matrix</source>
        <translation>类型学矩阵</translation>
    </message>
    <message>
        <source>Network of ties</source>
        <translation>关系网络</translation>
    </message>
    <message>
        <source>Network metrics over time</source>
        <translation>网络指标的变化</translation>
    </message>
    <message>
        <source>The figure is on the clipboard (1920×1080)</source>
        <translation>图已复制到剪贴板（1920×1080）</translation>
    </message>
    <message>
        <source>Animation exported</source>
        <translation>动画已导出</translation>
    </message>
    <message>
        <source>Export &amp;Animation…</source>
        <translation>导出动画(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Focus Map</source>
        <translation>聚焦地图(&amp;F)</translation>
    </message>
    <message>
        <source>Hide every panel but the map; again to bring them back</source>
        <translation>隐藏地图以外的所有面板；再次执行即可恢复</translation>
    </message>
    <message>
        <source>Reset &amp;Layout</source>
        <translation>重置布局(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Text Size</source>
        <translation>文字大小(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Normal</source>
        <translation>正常(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Large</source>
        <translation>大(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Projector</source>
        <translation>投影仪(&amp;P)</translation>
    </message>
    <message>
        <source>L&amp;arger Text</source>
        <translation>放大文字(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Smaller Text</source>
        <translation>缩小文字(&amp;S)</translation>
    </message>
    <message>
        <source>Opening %1 cancelled; the current dataset stays open.</source>
        <translation>已取消打开 %1；当前数据集保持打开。</translation>
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
    <message>
        <source>Hub&apos;s share of betweenness: the part of all shortest paths between two actors that runs through the hub (the United States); 1 is a pure hub-and-spoke star.</source>
        <translation>轴心的中介中心性占比：行为体之间所有最短路径中经过轴心（美国）的比例；1 表示纯粹的轴辐式星形结构。</translation>
    </message>
    <message>
        <source>Spoke-to-spoke share of edges: the part of the tied pairs that link two of the hub&apos;s allies or partners directly, without the hub; it rises as the spokes tie up with each other.</source>
        <translation>辐条之间连接的占比：在所有相连的行为体对中，不经轴心、直接连接轴心的两个盟友或伙伴的比例；辐条之间相互联结越多，该值越高。</translation>
    </message>
    <message>
        <source>Density: the tied pairs over all possible pairs of the actors in the network; how closely knit it is.</source>
        <translation>密度：网络中相连的行为体对占全部可能行为体对的比例，反映网络的紧密程度。</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>地区(&amp;R)：</translation>
    </message>
    <message>
        <source>The network of the region&apos;s actors and the hub: a tie counts with its pairs inside the region, so NATO&apos;s European pairs do not weigh on the Asia-Pacific series.</source>
        <translation>由该地区行为体与轴心构成的网络：一项关系只计入其位于该地区内的行为体对，因此北约欧洲成员之间的连接不会影响亚太序列。</translation>
    </message>
    <message>
        <source>Changed on %1 by:</source>
        <translation>%1 的变化来自：</translation>
    </message>
    <message>
        <source>  %1: +%2 / −%3 pairs</source>
        <translation>  %1：+%2 / −%3 对</translation>
    </message>
    <message>
        <source>  … and %1 more ties</source>
        <translation>  ……另有 %1 项关系</translation>
    </message>
    <message>
        <source>A %1 → B %2 (%3):</source>
        <translation>A %1 → B %2（%3）：</translation>
    </message>
    <message>
        <source>%1: %2 → %3 (%4)</source>
        <translation>%1：%2 → %3（%4）</translation>
    </message>
</context>
<context>
    <name>atlas::NetworkView</name>
    <message>
        <source>Group NATO Europe</source>
        <translation>合并北约欧洲成员</translation>
    </message>
    <message>
        <source>Draw NATO&apos;s European members as one node; the metrics still count each of them</source>
        <translation>将北约欧洲成员国画为一个节点；各项指标仍逐一计入每个成员</translation>
    </message>
    <message>
        <source>Show the network of one region&apos;s actors and the hub</source>
        <translation>显示某一地区行为体与轴心构成的网络</translation>
    </message>
</context>
<context>
    <name>atlas::PresentationWindow</name>
    <message>
        <source>← → key dates · Esc leaves presentation</source>
        <translation>← → 切换关键日期 · Esc 退出演示</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>演示模式</translation>
    </message>
    <message>
        <source>Key dates</source>
        <translation>关键日期</translation>
    </message>
    <message>
        <source>This dataset has no bookmarks; drag the timeline to move through time.</source>
        <translation>此数据集没有关键日期；拖动时间轴即可在时间中移动。</translation>
    </message>
    <message>
        <source>Press → to go to the first of %1 key dates.</source>
        <translation>按 → 转到 %1 个关键日期中的第一个。</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>来源：%1</translation>
    </message>
</context>
<context>
    <name>atlas::RecentFilesMenu</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
</context>
<context>
    <name>atlas::TieTableModel</name>
    <message>
        <source>%1 (suspended)</source>
        <translation>%1（中止）</translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation>持续中</translation>
    </message>
    <message>
        <source>Tie</source>
        <translation>关系</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>End</source>
        <translation>结束</translation>
    </message>
</context>
<context>
    <name>atlas::TiesPanel</name>
    <message>
        <source>Ties in Force</source>
        <translation>有效的关系</translation>
    </message>
    <message>
        <source>Ties in force</source>
        <translation>有效的关系</translation>
    </message>
    <message>
        <source>A date known only to the year or month counts as in force for that whole year or month.</source>
        <translation>仅知年份或月份的日期，在该整年或整月内均视为有效。</translation>
    </message>
</context>
<context>
    <name>atlas::TimelineControls</name>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>Play or pause the timeline (Space)</source>
        <translation>播放或暂停时间轴（空格键）</translation>
    </message>
    <message>
        <source>1 year/s</source>
        <translation>1 年/秒</translation>
    </message>
    <message>
        <source>%1 years/s</source>
        <translation>%1 年/秒</translation>
    </message>
    <message>
        <source>Playback speed in years per second</source>
        <translation>播放速度（年/秒）</translation>
    </message>
    <message>
        <source>Loop</source>
        <translation>循环</translation>
    </message>
    <message>
        <source>Previous event (Page Up)</source>
        <translation>上一个事件（Page Up）</translation>
    </message>
    <message>
        <source>Next event (Page Down)</source>
        <translation>下一个事件（Page Down）</translation>
    </message>
    <message>
        <source>Show one era of the timeline</source>
        <translation>显示时间轴的一个时期</translation>
    </message>
    <message>
        <source>Fit lanes</source>
        <translation>全部泳道</translation>
    </message>
    <message>
        <source>Show every lane in the height there is; off: readable rows with a scroll bar</source>
        <translation>在现有高度内显示所有泳道；关闭时：行高便于阅读，并带滚动条</translation>
    </message>
    <message>
        <source>Reset zoom</source>
        <translation>重置缩放</translation>
    </message>
    <message>
        <source>Show the whole period again</source>
        <translation>重新显示整个时期</translation>
    </message>
    <message>
        <source>Drag to move the date · wheel zooms · right-drag pans</source>
        <translation>拖动以移动日期 · 滚轮缩放 · 右键拖动平移</translation>
    </message>
    <message>
        <source>Left drag on the plot: move the date. Wheel: zoom the dates. Right or middle drag, or a drag on the date axis: pan. Shift+wheel or wheel over the names: scroll the lanes.
Keys: ←/→ a day, Shift+←/→ a month, Ctrl+←/→ a year, Page Up/Down the previous/next event, Home/End the first/last date, Space play/pause.</source>
        <translation>在图上左键拖动：移动日期。滚轮：缩放日期。右键或中键拖动，或在日期轴上拖动：平移。Shift+滚轮或在名称上滚动滚轮：滚动各泳道。
按键：←/→ 一天，Shift+←/→ 一个月，Ctrl+←/→ 一年，Page Up/Down 上一个/下一个事件，Home/End 第一个/最后一个日期，空格 播放/暂停。</translation>
    </message>
</context>
<context>
    <name>atlas::TimelineWidget</name>
    <message>
        <source>ongoing</source>
        <translation>持续中</translation>
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
