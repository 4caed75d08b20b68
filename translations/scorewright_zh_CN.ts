<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>QObject</name>
    <message>
        <source>Export Finished</source>
        <translation>导出完成</translation>
    </message>
</context>
<context>
    <name>sw::devices</name>
    <message>
        <source>Recorded melody</source>
        <translation>录制的旋律</translation>
    </message>
    <message>
        <source>the MIDI port &quot;%1&quot; is not there (was the device unplugged or the program closed?)</source>
        <translation>MIDI 端口“%1”不存在（设备是否已拔出或程序已关闭？）</translation>
    </message>
    <message>
        <source>no MIDI system is available (%1); MIDI devices cannot be used, everything else works</source>
        <translation>没有可用的 MIDI 系统（%1）；无法使用 MIDI 设备，其他功能不受影响</translation>
    </message>
    <message>
        <source>the ALSA sequencer, /dev/snd/seq, cannot be opened</source>
        <translation>无法打开 ALSA 音序器 /dev/snd/seq</translation>
    </message>
</context>
<context>
    <name>sw::engine</name>
    <message>
        <source>the plan has no bars: there is nothing to compose (is the timeline empty?)</source>
        <translation>计划中没有小节：没有可作曲的内容（时间线是空的吗？）</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>the plan has no bars: there is nothing to regenerate</source>
        <translation>计划中没有小节：没有可重新生成的内容</translation>
    </message>
    <message>
        <source>bars %1-%2 are outside the plan&apos;s %3 bars</source>
        <translation>第 %1-%2 小节超出了计划的 %3 个小节</translation>
    </message>
    <message>
        <source>no track chosen to regenerate</source>
        <translation>未选择要重新生成的音轨</translation>
    </message>
    <message>
        <source>line %1 is not in the lyrics (%2 lines)</source>
        <translation>歌词中没有第 %1 行（共 %2 行）</translation>
    </message>
    <message>
        <source>the lyrics have no syllables to sing</source>
        <translation>歌词中没有可演唱的音节</translation>
    </message>
    <message>
        <source>the melody has %1 notes for %2 syllables: it was not written for these lyrics</source>
        <translation>旋律有 %1 个音符对应 %2 个音节：它不是为这段歌词写的</translation>
    </message>
    <message>
        <source>the voice range must span at least a fifth</source>
        <translation>音域必须至少跨越五度</translation>
    </message>
    <message>
        <source>no pitch of the key fits the voice range</source>
        <translation>调内没有音高适合该音域</translation>
    </message>
    <message>
        <source>%1: the %2&apos;s model card is missing; the weights cannot be checked</source>
        <translation>%1：%2 的模型卡缺失；无法校验权重</translation>
    </message>
    <message>
        <source>%1: the model card gives no sha256 for the weights</source>
        <translation>%1：模型卡没有给出权重的 sha256</translation>
    </message>
    <message>
        <source>%1: the %2&apos;s weights file is missing (%3); restore models/ from the repository or run `scorewright-cli train %2`</source>
        <translation>%1：%2 的权重文件缺失（%3）；请从代码库恢复 models/，或运行 `scorewright-cli train %2`</translation>
    </message>
    <message>
        <source>%1: the weights do not match the SHA-256 of the model card %2 (damaged, or from another model version)</source>
        <translation>%1：权重与模型卡 %2 的 SHA-256 不符（文件损坏，或来自其他模型版本）</translation>
    </message>
    <message>
        <source>the lyric clips have no syllables to sing</source>
        <translation>歌词片段中没有可演唱的音节</translation>
    </message>
    <message>
        <source>key %1 from the pinned melody</source>
        <translation>调性 %1 取自固定的旋律</translation>
    </message>
    <message>
        <source>the melody to arrange around has no notes</source>
        <translation>要围绕编配的旋律没有音符</translation>
    </message>
    <message>
        <source>the vocal line has %1 notes but the lyrics now have %2 syllables; write the melody to the lyrics again</source>
        <translation>人声旋律有 %1 个音符，但歌词现在有 %2 个音节；请重新为歌词写旋律</translation>
    </message>
    <message>
        <source>choose a sung note of the vocal line</source>
        <translation>请选择人声旋律中的一个演唱音符</translation>
    </message>
    <message>
        <source>the take has no vocal line yet</source>
        <translation>该版本还没有人声旋律</translation>
    </message>
    <message>
        <source>between beats (bar %1)</source>
        <translation>在拍与拍之间（第 %1 小节）</translation>
    </message>
    <message>
        <source>on beat %1 of bar %2</source>
        <translation>在第 %2 小节第 %1 拍</translation>
    </message>
    <message>
        <source>%1 syllables in %2 s, %3 a second: more than a singer says clearly (about %4); lengthen the clip or cut words</source>
        <translation>%2 秒内 %1 个音节，每秒 %3 个：超过歌手能清楚唱出的速度（约 %4 个）；请加长片段或删减词语</translation>
    </message>
    <message>
        <source>line %1: &quot;%2&quot; is stressed but sung %3, where &quot;%4&quot; beside it has the stronger beat</source>
        <translation>第 %1 行：“%2”是重读音节，却唱在%3，而旁边的“%4”处于更强的拍上</translation>
    </message>
</context>
<context>
    <name>sw::jobs::Task</name>
    <message>
        <source>Unexpected error: %1</source>
        <translation>意外错误：%1</translation>
    </message>
    <message>
        <source>Unexpected error.</source>
        <translation>意外错误。</translation>
    </message>
    <message>
        <source>%1 failed without saying why.</source>
        <translation>%1 失败，未给出原因。</translation>
    </message>
</context>
<context>
    <name>sw::media</name>
    <message>
        <source>has no audio stream</source>
        <translation>没有音频流</translation>
    </message>
    <message>
        <source>%1: no decoder for this codec is installed</source>
        <translation>%1：未安装此编解码器的解码器</translation>
    </message>
    <message>
        <source>%1: cannot open the decoder (%2)</source>
        <translation>%1：无法打开解码器（%2）</translation>
    </message>
    <message>
        <source>decoding was cancelled</source>
        <translation>解码已取消</translation>
    </message>
    <message>
        <source>%1: cannot convert this sample format</source>
        <translation>%1：无法转换此采样格式</translation>
    </message>
    <message>
        <source>%1: longer than the %2 hours Scorewright decodes at once</source>
        <translation>%1：超过了 Scorewright 一次可解码的 %2 小时</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>不是普通文件</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <source>not a media file FFmpeg can read (%1)</source>
        <translation>不是 FFmpeg 可读取的媒体文件（%1）</translation>
    </message>
    <message>
        <source>cannot read the streams (%1)</source>
        <translation>无法读取数据流（%1）</translation>
    </message>
    <message>
        <source>no %1 encoder is installed</source>
        <translation>未安装 %1 编码器</translation>
    </message>
    <message>
        <source>the %1 encoder takes no sample format Scorewright writes</source>
        <translation>%1 编码器不支持 Scorewright 写入的任何采样格式</translation>
    </message>
    <message>
        <source>cannot start the %1 encoder (%2)</source>
        <translation>无法启动 %1 编码器（%2）</translation>
    </message>
    <message>
        <source>there is no soundtrack to put under the video</source>
        <translation>没有可配到视频下的音轨</translation>
    </message>
    <message>
        <source>%1: has no video stream</source>
        <translation>%1：没有视频流</translation>
    </message>
    <message>
        <source>cannot create a %1 file</source>
        <translation>无法创建 %1 文件</translation>
    </message>
    <message>
        <source>the folder cannot be written</source>
        <translation>无法写入该文件夹</translation>
    </message>
    <message>
        <source>cannot write the file header</source>
        <translation>无法写入文件头</translation>
    </message>
    <message>
        <source>%1: cannot convert frames of this pixel format</source>
        <translation>%1：无法转换此像素格式的画面</translation>
    </message>
    <message>
        <source>has no video stream</source>
        <translation>没有视频流</translation>
    </message>
    <message>
        <source>%1: frames of %2 x %3 pixels are larger than Scorewright reads</source>
        <translation>%1：%2 x %3 像素的画面超出了 Scorewright 可读取的大小</translation>
    </message>
    <message>
        <source>no video is open</source>
        <translation>没有打开的视频</translation>
    </message>
    <message>
        <source>%1: too many frames cannot be decoded (%2)</source>
        <translation>%1：过多画面无法解码（%2）</translation>
    </message>
    <message>
        <source>%1: the video data is damaged (%2)</source>
        <translation>%1：视频数据已损坏（%2）</translation>
    </message>
    <message>
        <source>%1: cannot seek to %2 s (%3)</source>
        <translation>%1：无法跳转到 %2 秒（%3）</translation>
    </message>
    <message>
        <source>a video is written as .mp4, .mov or .mkv</source>
        <translation>视频只能写为 .mp4、.mov 或 .mkv</translation>
    </message>
    <message>
        <source>%1: the picture size cannot be read (the file is damaged or not a picture)</source>
        <translation>%1：无法读取画面尺寸（文件已损坏或不是图像）</translation>
    </message>
    <message>
        <source>no temporary file can be made in %1 (%2): long audio is rendered there; set TMPDIR to a folder with room</source>
        <translation>无法在 %1 中创建临时文件（%2）：较长的音频在那里渲染；请把 TMPDIR 设为有足够空间的文件夹</translation>
    </message>
    <message>
        <source>writing audio to the temporary folder %1 failed: %2</source>
        <translation>向临时文件夹 %1 写入音频失败：%2</translation>
    </message>
    <message>
        <source>reading audio back from the temporary folder %1 failed: %2</source>
        <translation>从临时文件夹 %1 读回音频失败：%2</translation>
    </message>
    <message>
        <source>the temporary folder %1 is full (%2 free): long audio is rendered there; free some space or set TMPDIR to a folder with room</source>
        <translation>临时文件夹 %1 已满（剩余 %2）：较长的音频在那里渲染；请释放空间或把 TMPDIR 设为有足够空间的文件夹</translation>
    </message>
    <message>
        <source>finishing the file failed</source>
        <translation>无法完成文件</translation>
    </message>
</context>
<context>
    <name>sw::music</name>
    <message>
        <source>is not a regular file and cannot be replaced</source>
        <translation>不是普通文件，无法替换</translation>
    </message>
    <message>
        <source>is read-only or belongs to another user, so it was not replaced; choose another name</source>
        <translation>是只读文件或属于其他用户，因此未被替换；请换一个名称</translation>
    </message>
    <message>
        <source>the folder cannot be written (%1)</source>
        <translation>无法写入该文件夹（%1）</translation>
    </message>
    <message>
        <source>the finished file could not be put in place (%1)</source>
        <translation>无法把完成的文件放到目标位置（%1）</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>the disk is full: %1 free in %2, the file needs %3</source>
        <translation>磁盘已满：%2 中剩余 %1，该文件需要 %3</translation>
    </message>
    <message>
        <source>the disk is full: %1 free in %2</source>
        <translation>磁盘已满：%2 中剩余 %1</translation>
    </message>
</context>
<context>
    <name>sw::project</name>
    <message>
        <source>cannot create the recovery folder %1</source>
        <translation>无法创建恢复文件夹 %1</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <source>not a readable project file (%1 at byte %2); it may be truncated or damaged</source>
        <translation>不是可读取的项目文件（%1，位于第 %2 字节）；文件可能被截断或已损坏</translation>
    </message>
    <message>
        <source>not a Scorewright project (the format field is missing)</source>
        <translation>不是 Scorewright 项目（缺少 format 字段）</translation>
    </message>
    <message>
        <source>saved by a newer version of Scorewright (project format %1; this version reads formats %2 to %3); open it with a newer Scorewright</source>
        <translation>由较新版本的 Scorewright 保存（项目格式 %1；此版本可读取格式 %2 到 %3）；请用较新版本的 Scorewright 打开</translation>
    </message>
    <message>
        <source>unknown project format version %1</source>
        <translation>未知的项目格式版本 %1</translation>
    </message>
    <message>
        <source>the project is inconsistent: %1</source>
        <translation>项目内容不一致：%1</translation>
    </message>
    <message>
        <source>Media file not found: %1. Its clips stay on the timeline, offline, until the file is relinked.</source>
        <translation>找不到媒体文件：%1。其片段将以离线状态保留在时间线上，直到重新链接该文件。</translation>
    </message>
    <message>
        <source>%1 was not saved: the project is inconsistent (%2). The file on disk is unchanged.</source>
        <translation>%1 未保存：项目内容不一致（%2）。磁盘上的文件未被更改。</translation>
    </message>
    <message>
        <source>%1 could not be saved: %2. The file on disk is unchanged; choose another folder with Save As.</source>
        <translation>%1 无法保存：%2。磁盘上的文件未被更改；请用“另存为”选择其他文件夹。</translation>
    </message>
    <message>
        <source>%1: the file does not exist</source>
        <translation>%1：文件不存在</translation>
    </message>
    <message>
        <source>%1: is a folder, not a project file</source>
        <translation>%1：是文件夹，不是项目文件</translation>
    </message>
    <message>
        <source>%1: cannot be opened (%2)</source>
        <translation>%1：无法打开（%2）</translation>
    </message>
    <message>
        <source>%1: %2 MB is larger than any project file can be (%3 MB)</source>
        <translation>%1：%2 MB 超出了项目文件的最大大小（%3 MB）</translation>
    </message>
    <message>
        <source>the folder cannot be written (%1)</source>
        <translation>无法写入该文件夹（%1）</translation>
    </message>
    <message>
        <source>writing failed (%1); the disk may be full</source>
        <translation>写入失败（%1）；磁盘可能已满</translation>
    </message>
    <message>
        <source>the written file did not read back identically</source>
        <translation>写入的文件读回时内容不一致</translation>
    </message>
    <message>
        <source>the new file could not replace the old one (%1)</source>
        <translation>新文件无法替换旧文件（%1）</translation>
    </message>
    <message>
        <source>converted times from seconds (format 1) to microseconds (format 2)</source>
        <translation>已将时间从秒（格式 1）换算为微秒（格式 2）</translation>
    </message>
    <message>
        <source>format 3 adds the plan&apos;s pins; none were set</source>
        <translation>格式 3 增加了计划的固定项；此前未设置任何固定项</translation>
    </message>
    <message>
        <source>format 4 adds controllers (pan, sends, pedal, bends) to tracks; none were set</source>
        <translation>格式 4 为音轨增加了控制器（声像、发送、踏板、弯音）；此前未设置任何控制器</translation>
    </message>
    <message>
        <source>no migration from project format %1</source>
        <translation>没有从项目格式 %1 的迁移</translation>
    </message>
    <message>
        <source>format 5 adds locked notes; none were locked</source>
        <translation>格式 5 增加了锁定音符；此前没有锁定的音符</translation>
    </message>
    <message>
        <source>%1: is not a regular file</source>
        <translation>%1：不是普通文件</translation>
    </message>
</context>
<context>
    <name>sw::project::Project</name>
    <message>
        <source>An element with this id is already in the project.</source>
        <translation>项目中已有使用此 ID 的元素。</translation>
    </message>
    <message>
        <source>Rename project</source>
        <translation>重命名项目</translation>
    </message>
    <message>
        <source>The source audio gain must lie between -96 dB and +24 dB.</source>
        <translation>原声增益必须在 -96 dB 到 +24 dB 之间。</translation>
    </message>
    <message>
        <source>Change source audio</source>
        <translation>更改原声</translation>
    </message>
    <message>
        <source>Change plan</source>
        <translation>更改计划</translation>
    </message>
    <message>
        <source>Add %1 clip</source>
        <translation>添加%1片段</translation>
    </message>
    <message>
        <source>The clip no longer exists.</source>
        <translation>该片段已不存在。</translation>
    </message>
    <message>
        <source>A clip cannot start before the beginning of the timeline.</source>
        <translation>片段不能早于时间线的开头。</translation>
    </message>
    <message>
        <source>Move clip</source>
        <translation>移动片段</translation>
    </message>
    <message>
        <source>A clip cannot be trimmed to nothing.</source>
        <translation>片段不能被修剪为空。</translation>
    </message>
    <message>
        <source>The clip cannot start before the beginning of its media.</source>
        <translation>片段不能早于其媒体的开头。</translation>
    </message>
    <message>
        <source>Trim clip</source>
        <translation>修剪片段</translation>
    </message>
    <message>
        <source>The split point must lie inside the clip.</source>
        <translation>分割点必须位于片段内。</translation>
    </message>
    <message>
        <source>Split clip</source>
        <translation>分割片段</translation>
    </message>
    <message>
        <source>Only prompt and lyric clips hold text.</source>
        <translation>只有提示词片段和歌词片段包含文本。</translation>
    </message>
    <message>
        <source>A prompt cannot be empty.</source>
        <translation>提示词不能为空。</translation>
    </message>
    <message>
        <source>A lyric line cannot be empty.</source>
        <translation>歌词行不能为空。</translation>
    </message>
    <message>
        <source>Edit prompt</source>
        <translation>编辑提示词</translation>
    </message>
    <message>
        <source>Edit lyrics</source>
        <translation>编辑歌词</translation>
    </message>
    <message>
        <source>Choose the file to use instead.</source>
        <translation>请选择用来替代的文件。</translation>
    </message>
    <message>
        <source>No clip uses %1.</source>
        <translation>没有片段使用 %1。</translation>
    </message>
    <message>
        <source>Relink media</source>
        <translation>重新链接媒体</translation>
    </message>
    <message>
        <source>Add hit point</source>
        <translation>添加击点</translation>
    </message>
    <message>
        <source>Add marker</source>
        <translation>添加标记</translation>
    </message>
    <message>
        <source>The marker no longer exists.</source>
        <translation>该标记已不存在。</translation>
    </message>
    <message>
        <source>Move marker</source>
        <translation>移动标记</translation>
    </message>
    <message>
        <source>Add music region</source>
        <translation>添加音乐区域</translation>
    </message>
    <message>
        <source>The music region no longer exists.</source>
        <translation>该音乐区域已不存在。</translation>
    </message>
    <message>
        <source>Move music</source>
        <translation>移动音乐</translation>
    </message>
    <message>
        <source>Take %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <source>Add take</source>
        <translation>添加版本</translation>
    </message>
    <message>
        <source>There is no take %1 in this region.</source>
        <translation>此区域中没有版本 %1。</translation>
    </message>
    <message>
        <source>Choose take</source>
        <translation>选择版本</translation>
    </message>
    <message>
        <source>An element to delete no longer exists.</source>
        <translation>要删除的元素已不存在。</translation>
    </message>
    <message>
        <source>Delete item</source>
        <translation>删除项目</translation>
    </message>
    <message>
        <source>Delete %1 items</source>
        <translation>删除 %1 个项目</translation>
    </message>
    <message>
        <source>The music region has no take to edit.</source>
        <translation>该音乐区域没有可编辑的版本。</translation>
    </message>
    <message>
        <source>The take has no track %1.</source>
        <translation>该版本没有音轨 %1。</translation>
    </message>
    <message>
        <source>A note cannot go beyond the MIDI range (C-1 to G9).</source>
        <translation>音符不能超出 MIDI 音域（C-1 到 G9）。</translation>
    </message>
    <message>
        <source>A note cannot start before the beginning of the take.</source>
        <translation>音符不能早于版本的开头。</translation>
    </message>
    <message>
        <source>A note cannot be shortened to nothing.</source>
        <translation>音符不能缩短为零。</translation>
    </message>
    <message>
        <source>A note&apos;s velocity lies between 1 and 127.</source>
        <translation>音符力度必须在 1 到 127 之间。</translation>
    </message>
    <message>
        <source>A marker needs a name.</source>
        <translation>标记需要一个名称。</translation>
    </message>
    <message>
        <source>Make marker a hit point</source>
        <translation>将标记设为击点</translation>
    </message>
    <message>
        <source>Make hit point a marker</source>
        <translation>将击点设为标记</translation>
    </message>
    <message>
        <source>Rename marker to %1</source>
        <translation>将标记重命名为 %1</translation>
    </message>
    <message numerus="yes">
        <source>Move %n clip(s)</source>
        <translation>
            <numerusform>移动 %n 个片段</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sw::render</name>
    <message>
        <source>the soundfont %1 does not exist; choose another .sf2 or .sf3 file</source>
        <translation>音色库 %1 不存在；请选择其他 .sf2 或 .sf3 文件</translation>
    </message>
    <message>
        <source>the export was cancelled</source>
        <translation>导出已取消</translation>
    </message>
    <message>
        <source>%1: no picture to put the music under</source>
        <translation>%1：没有可配乐的画面</translation>
    </message>
    <message>
        <source>nothing to export: choose at least one file to write</source>
        <translation>没有可导出的内容：请至少选择一种要写入的文件</translation>
    </message>
    <message>
        <source>WAV files are 16 or 24 bit, not %1</source>
        <translation>WAV 文件为 16 位或 24 位，而不是 %1</translation>
    </message>
    <message>
        <source>a video with the new soundtrack needs the video to put it under</source>
        <translation>带新配乐的视频需要提供原视频</translation>
    </message>
    <message>
        <source>unknown loudness preset &quot;%1&quot; (web, podcast or broadcast)</source>
        <translation>未知的响度预设“%1”（web、podcast 或 broadcast）</translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1：无法创建文件夹</translation>
    </message>
    <message>
        <source>%1: not a soundfont FluidSynth can load</source>
        <translation>%1：不是 FluidSynth 可加载的音色库</translation>
    </message>
    <message>
        <source>no soundfont is loaded</source>
        <translation>未加载音色库</translation>
    </message>
    <message>
        <source>the score has no track %1</source>
        <translation>乐谱中没有音轨 %1</translation>
    </message>
    <message>
        <source>rendering was cancelled</source>
        <translation>渲染已取消</translation>
    </message>
    <message>
        <source>the soundfont %1 is a folder; choose the .sf2 or .sf3 file in it</source>
        <translation>音色库 %1 是一个文件夹；请选择其中的 .sf2 或 .sf3 文件</translation>
    </message>
    <message>
        <source>the soundfont %1 is not a regular file; choose a .sf2 or .sf3 file</source>
        <translation>音色库 %1 不是普通文件；请选择 .sf2 或 .sf3 文件</translation>
    </message>
    <message>
        <source>the soundfont %1 cannot be read (permissions); choose another .sf2 or .sf3 file</source>
        <translation>无法读取音色库 %1（权限不足）；请选择其他 .sf2 或 .sf3 文件</translation>
    </message>
    <message>
        <source>%1 is the video the music is put under; writing it would destroy it: choose another name</source>
        <translation>%1 是配乐所用的视频；写入它会将其破坏：请换一个名称</translation>
    </message>
    <message>
        <source>%1: the mix can be written as %2</source>
        <translation>%1：混音可以写为 %2</translation>
    </message>
    <message>
        <source>%1: MIDI is written as %2</source>
        <translation>%1：MIDI 写为 %2</translation>
    </message>
    <message>
        <source>%1: MusicXML is written as %2</source>
        <translation>%1：MusicXML 写为 %2</translation>
    </message>
    <message>
        <source>%1: a video with the new soundtrack can be written as %2</source>
        <translation>%1：带新配乐的视频可以写为 %2</translation>
    </message>
</context>
<context>
    <name>sw::scoring</name>
    <message>
        <source>There is nothing on the timeline to plan music for.</source>
        <translation>时间线上没有可以规划音乐的内容。</translation>
    </message>
    <message>
        <source>Loading the models</source>
        <translation>正在加载模型</translation>
    </message>
    <message>
        <source>There are no lyrics on the timeline to sing. Add a lyric clip with the words.</source>
        <translation>时间线上没有可演唱的歌词。请添加一个包含歌词的歌词片段。</translation>
    </message>
    <message>
        <source>Reading the picture and the prompts</source>
        <translation>正在读取画面和提示词</translation>
    </message>
    <message>
        <source>Planning</source>
        <translation>正在规划</translation>
    </message>
    <message numerus="yes">
        <source>Planned %n bar(s)</source>
        <translation>
            <numerusform>已规划 %n 个小节</numerusform>
        </translation>
    </message>
    <message>
        <source>Composing</source>
        <translation>正在作曲</translation>
    </message>
    <message>
        <source>Singing the lyrics</source>
        <translation>正在演唱歌词</translation>
    </message>
    <message numerus="yes">
        <source>Composed %n note(s)</source>
        <translation>
            <numerusform>已创作 %n 个音符</numerusform>
        </translation>
    </message>
    <message>
        <source>Plan the music</source>
        <translation>规划音乐</translation>
    </message>
    <message>
        <source>Regenerate bars %1-%2</source>
        <translation>重新生成第 %1-%2 小节</translation>
    </message>
    <message>
        <source>Arrange around the melody</source>
        <translation>围绕旋律编配</translation>
    </message>
    <message>
        <source>Score the video</source>
        <translation>为视频配乐</translation>
    </message>
    <message>
        <source>Take %1 (arranged)</source>
        <translation>版本 %1（编配）</translation>
    </message>
    <message>
        <source>Take %1 (bars %2-%3 new)</source>
        <translation>版本 %1（第 %2-%3 小节重写）</translation>
    </message>
    <message>
        <source>Take %1 (sung)</source>
        <translation>版本 %1（演唱）</translation>
    </message>
    <message>
        <source>Take %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <source>Nothing was composed.</source>
        <translation>没有生成任何音乐。</translation>
    </message>
    <message>
        <source>The music region was removed; the new take was not added.</source>
        <translation>音乐区域已被删除；新版本未添加。</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>配乐</translation>
    </message>
    <message>
        <source>%1 was not composed from the plan alone (it is %2); it cannot be made again from its provenance</source>
        <translation>%1 并非仅根据规划创作（它是%2）；无法根据其来源重新生成</translation>
    </message>
    <message>
        <source>a regeneration of %1</source>
        <translation>%1 的重新生成</translation>
    </message>
    <message>
        <source>an arrangement around %1</source>
        <translation>围绕 %1 的编曲</translation>
    </message>
    <message>
        <source>the prompts or the plan&apos;s pins have changed since %1 was made; it cannot be made again as it was</source>
        <translation>自 %1 生成以来，提示词或规划的固定设置已更改；无法按原样重新生成</translation>
    </message>
    <message>
        <source>Write down %1</source>
        <translation>记下 %1</translation>
    </message>
    <message>
        <source>Read %1</source>
        <translation>读取 %1</translation>
    </message>
</context>
<context>
    <name>sw::ui</name>
    <message>
        <source>No translation into %1 was found in %2.</source>
        <translation>在 %2 中找不到 %1 的翻译。</translation>
    </message>
    <message>
        <source>%1: neither a picture nor a sound</source>
        <translation>%1：既不是画面也不是声音</translation>
    </message>
    <message>
        <source>%1: its length cannot be read</source>
        <translation>%1：无法读取其时长</translation>
    </message>
</context>
<context>
    <name>sw::ui::AudioGuidance</name>
    <message>
        <source>Melody from Recordin&amp;g...</source>
        <translation>从录音生成旋律(&amp;G)…</translation>
    </message>
    <message>
        <source>Record Melody from &amp;Microphone...</source>
        <translation>用麦克风录制旋律(&amp;M)…</translation>
    </message>
    <message>
        <source>Hum, sing, whistle or play into the microphone after a count-in at the take&apos;s tempo: a new take with your melody</source>
        <translation>按版本的速度预备拍之后，对着麦克风哼唱、演唱、吹口哨或演奏：得到带有您旋律的新版本</translation>
    </message>
    <message>
        <source>Guide by Reference &amp;Track...</source>
        <translation>按参考曲目引导(&amp;T)…</translation>
    </message>
    <message>
        <source>Take a song&apos;s tempo, key and build into the plan, each as you choose</source>
        <translation>把一首歌的速度、调性和起伏逐项按您的选择纳入计划</translation>
    </message>
    <message>
        <source>Melody from Recording</source>
        <translation>从录音生成旋律</translation>
    </message>
    <message>
        <source>Cannot Record</source>
        <translation>无法录制</translation>
    </message>
    <message>
        <source>Record against a take: score the video first (Music &gt; Score Video); the take&apos;s tempo is what you are counted in at.</source>
        <translation>录制需要对照一个版本：请先为视频配乐（音乐 &gt; 为视频配乐）；预备拍按该版本的速度。</translation>
    </message>
    <message>
        <source>A recording is being written down already</source>
        <translation>已经在记录一段录音</translation>
    </message>
    <message>
        <source>Cannot Use the Recording</source>
        <translation>无法使用该录音</translation>
    </message>
    <message>
        <source>A recorded melody becomes a take over the music: score the video first (Music &gt; Score Video), then bring the recording and Arrange Around Melody.</source>
        <translation>录制的旋律会成为音乐上的一个版本：请先为视频配乐（音乐 &gt; 为视频配乐），再导入录音并围绕旋律编配。</translation>
    </message>
    <message>
        <source>Writing down %1...</source>
        <translation>正在记下 %1…</translation>
    </message>
    <message>
        <source>Writing down the recording was cancelled</source>
        <translation>记录录音已取消</translation>
    </message>
    <message>
        <source>The music region was removed; the recording was not added.</source>
        <translation>音乐区域已被删除；录音未被添加。</translation>
    </message>
    <message>
        <source>Take %1 (hummed)</source>
        <translation>版本 %1（哼唱）</translation>
    </message>
    <message>
        <source>Add hummed take</source>
        <translation>添加哼唱版本</translation>
    </message>
    <message>
        <source>Guide by Reference Track</source>
        <translation>按参考曲目引导</translation>
    </message>
    <message>
        <source>A reference track is being read already</source>
        <translation>已经在读取一首参考曲目</translation>
    </message>
    <message>
        <source>Reading %1...</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>Reading the reference track was cancelled</source>
        <translation>读取参考曲目已取消</translation>
    </message>
    <message>
        <source>Cannot Use the Reference Track</source>
        <translation>无法使用该参考曲目</translation>
    </message>
    <message>
        <source>Nothing was pinned from %1</source>
        <translation>没有从 %1 固定任何内容</translation>
    </message>
    <message>
        <source>Pin from %1</source>
        <translation>从 %1 固定</translation>
    </message>
    <message>
        <source>Pinned from %1: plan or score again to hear it</source>
        <translation>已从 %1 固定：重新计划或配乐即可听到</translation>
    </message>
    <message>
        <source>Write down a hummed, sung, whistled or played recording as the melody of a new take, and arrange the band around it</source>
        <translation>将哼唱、演唱、口哨或演奏的录音记为新版本的旋律，并围绕它编配乐队</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n note(s) written down; arranging the band around them</source>
        <translation>
            <numerusform>%1：已记下 %n 个音符；正在围绕它们编配乐队</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sw::ui::DialogPrompts</name>
    <message>
        <source>Scorewright projects (*.swproj)</source>
        <translation>Scorewright 项目 (*.swproj)</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <source>Save Project As</source>
        <translation>项目另存为</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>Save the changes to &quot;%1&quot; before closing it?</source>
        <translation>关闭前保存对“%1”的更改吗？</translation>
    </message>
    <message>
        <source>Recover Unsaved Work</source>
        <translation>恢复未保存的工作</translation>
    </message>
    <message>
        <source>Scorewright did not close properly while &quot;%1&quot; was open.</source>
        <translation>打开“%1”时 Scorewright 未正常关闭。</translation>
    </message>
    <message>
        <source>The autosaved version is from %1; the project file was last saved %2.</source>
        <translation>自动保存的版本来自 %1；项目文件最后保存于 %2。</translation>
    </message>
    <message>
        <source>The autosaved version is from %1; the project was never saved.</source>
        <translation>自动保存的版本来自 %1；该项目从未保存过。</translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>丢弃</translation>
    </message>
    <message>
        <source>Decide Later</source>
        <translation>稍后决定</translation>
    </message>
    <message>
        <source>Where is %1?</source>
        <translation>%1 在哪里？</translation>
    </message>
    <message>
        <source>%1 (%1);;All files (*)</source>
        <translation>%1 (%1);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Saved %1 (%2 KB)</source>
        <translation>已保存 %1（%2 KB）</translation>
    </message>
    <message>
        <source>Restore Previous Version</source>
        <translation>恢复以前的版本</translation>
    </message>
    <message>
        <source>Open which version? It opens unsaved; saving it replaces the current file, which is kept as a version too.</source>
        <translation>打开哪个版本？它将以未保存状态打开；保存后会替换当前文件，当前文件也会作为一个版本保留。</translation>
    </message>
    <message>
        <source>Import Media</source>
        <translation>导入媒体</translation>
    </message>
    <message>
        <source>Media (*.mp4 *.mov *.mkv *.webm *.avi *.png *.jpg *.jpeg *.webp *.wav *.flac *.mp3 *.m4a *.ogg);;All files (*)</source>
        <translation>媒体 (*.mp4 *.mov *.mkv *.webm *.avi *.png *.jpg *.jpeg *.webp *.wav *.flac *.mp3 *.m4a *.ogg);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Sound (*.wav *.flac *.mp3 *.m4a *.ogg *.opus *.aiff *.mp4 *.mov *.mkv);;All files (*)</source>
        <translation>声音 (*.wav *.flac *.mp3 *.m4a *.ogg *.opus *.aiff *.mp4 *.mov *.mkv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Guide by %1</source>
        <translation>按 %1 引导</translation>
    </message>
    <message>
        <source>Take these from the reference track into the plan:</source>
        <translation>把参考曲目的以下内容纳入计划：</translation>
    </message>
    <message>
        <source>Tempo: %1</source>
        <translation>速度：%1</translation>
    </message>
    <message>
        <source>Key: %1</source>
        <translation>调性：%1</translation>
    </message>
    <message>
        <source>Build (loudness over the timeline): %1</source>
        <translation>起伏（时间线上的响度）：%1</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>固定</translation>
    </message>
    <message>
        <source>Export Finished</source>
        <translation>导出完成</translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>打开文件夹</translation>
    </message>
</context>
<context>
    <name>sw::ui::ExportDialog</name>
    <message>
        <source>Mix as WAV</source>
        <translation>混音为 WAV</translation>
    </message>
    <message>
        <source>Mix as</source>
        <translation>混音为</translation>
    </message>
    <message>
        <source>Stems (one WAV per track)</source>
        <translation>分轨（每条音轨一个 WAV）</translation>
    </message>
    <message>
        <source>MIDI file</source>
        <translation>MIDI 文件</translation>
    </message>
    <message>
        <source>MusicXML score</source>
        <translation>MusicXML 乐谱</translation>
    </message>
    <message>
        <source>Video with the new soundtrack</source>
        <translation>带新配乐的视频</translation>
    </message>
    <message>
        <source>Mix in the video&apos;s own sound</source>
        <translation>混入视频原声</translation>
    </message>
    <message>
        <source>Export Soundtrack</source>
        <translation>导出配乐</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Export To</source>
        <translation>导出到</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>文件夹：</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>24-bit</source>
        <translation>24 位</translation>
    </message>
    <message>
        <source>16-bit</source>
        <translation>16 位</translation>
    </message>
    <message>
        <source> dB</source>
        <translation> dB</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>关</translation>
    </message>
    <message>
        <source>How far the music goes down while someone speaks in the video</source>
        <translation>视频中有人说话时音乐降低的幅度</translation>
    </message>
    <message>
        <source>Duck music under speech:</source>
        <translation>人声时压低音乐：</translation>
    </message>
    <message>
        <source>%1 (%2 LUFS, %3 dBTP)</source>
        <translation>%1（%2 LUFS，%3 dBTP）</translation>
    </message>
    <message>
        <source>Loudness:</source>
        <translation>响度：</translation>
    </message>
    <message>
        <source>The system&apos;s General MIDI soundfont</source>
        <translation>系统的 General MIDI 音色库</translation>
    </message>
    <message>
        <source>Choose...</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Soundfont</source>
        <translation>音色库</translation>
    </message>
    <message>
        <source>Soundfonts (*.sf2 *.sf3)</source>
        <translation>音色库 (*.sf2 *.sf3)</translation>
    </message>
    <message>
        <source>Soundfont:</source>
        <translation>音色库：</translation>
    </message>
    <message>
        <source>The timeline has no video clip to put the music under</source>
        <translation>时间线上没有可配乐的视频片段</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Give the export a name (without slashes).</source>
        <translation>请为导出命名（不含斜杠）。</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 不是文件夹。</translation>
    </message>
    <message>
        <source>Choose at least one thing to export.</source>
        <translation>请至少选择一项要导出的内容。</translation>
    </message>
    <message>
        <source>These already exist and will be replaced:
%1</source>
        <translation>以下文件已存在，将被替换：
%1</translation>
    </message>
</context>
<context>
    <name>sw::ui::Inspector</name>
    <message>
        <source>mood: valence %1, arousal %2</source>
        <translation>情绪：效价 %1，唤醒度 %2</translation>
    </message>
    <message>
        <source>tempo %1 bpm</source>
        <translation>速度 %1 bpm</translation>
    </message>
    <message>
        <source>tempo %1-%2 bpm</source>
        <translation>速度 %1-%2 bpm</translation>
    </message>
    <message>
        <source>key %1</source>
        <translation>调性 %1</translation>
    </message>
    <message>
        <source>minor mode</source>
        <translation>小调</translation>
    </message>
    <message>
        <source>major mode</source>
        <translation>大调</translation>
    </message>
    <message>
        <source>meter %1/%2</source>
        <translation>拍号 %1/%2</translation>
    </message>
    <message>
        <source>instrument %1 (%2)</source>
        <translation>乐器 %1（%2）</translation>
    </message>
    <message>
        <source>drums</source>
        <translation>鼓</translation>
    </message>
    <message>
        <source>dynamics %1</source>
        <translation>力度 %1</translation>
    </message>
    <message>
        <source>not </source>
        <translation>不要</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translation>未选择任何内容</translation>
    </message>
    <message>
        <source>Select a clip, a marker, notes or bars to see them here.</source>
        <translation>选择一个片段、标记、音符或小节，即可在此查看。</translation>
    </message>
    <message>
        <source>Marker</source>
        <translation>标记</translation>
    </message>
    <message>
        <source>At %1%2</source>
        <translation>位于 %1%2</translation>
    </message>
    <message>
        <source>; a hit point: the music accents it</source>
        <translation>；击点：音乐会在此加重</translation>
    </message>
    <message numerus="yes">
        <source>From %1 for %2; %n take(s)</source>
        <translation>
            <numerusform>从 %1 起，时长 %2；%n 个版本</numerusform>
        </translation>
    </message>
    <message>
        <source>Playing %1: %2 notes in %3 tracks, seed %4</source>
        <translation>正在播放 %1：%3 条音轨共 %2 个音符，种子 %4</translation>
    </message>
    <message>
        <source>From %1 for %2</source>
        <translation>从 %1 起，时长 %2</translation>
    </message>
    <message>
        <source>Understood:</source>
        <translation>已理解：</translation>
    </message>
    <message>
        <source>nothing yet</source>
        <translation>尚无</translation>
    </message>
    <message>
        <source>Not understood: %1</source>
        <translation>未理解：%1</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>提示词</translation>
    </message>
    <message numerus="yes">
        <source>%n syllable(s), stressed ones in bold:</source>
        <translation>
            <numerusform>%n 个音节，重读音节以粗体显示：</numerusform>
        </translation>
    </message>
    <message>
        <source>Lyrics</source>
        <translation>歌词</translation>
    </message>
    <message>
        <source>%1 at %2, %3 ticks, velocity %4%5</source>
        <translation>%1 位于 %2，%3 tick，力度 %4%5</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>以及另外 %n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) of %1</source>
        <translation>
            <numerusform>%1 的 %n 个音符</numerusform>
        </translation>
    </message>
    <message>
        <source>Bar %1</source>
        <translation>第 %1 小节</translation>
    </message>
    <message>
        <source>intensity %1, %2 bpm</source>
        <translation>强度 %1，%2 bpm</translation>
    </message>
    <message>
        <source>Plan the music (Music &gt; Plan Music) to see why each bar is as it is.</source>
        <translation>规划音乐（音乐 &gt; 规划音乐）后即可看到每个小节如此安排的原因。</translation>
    </message>
    <message>
        <source>Bars %1-%2</source>
        <translation>第 %1-%2 小节</translation>
    </message>
    <message>
        <source>sparse (density %1)</source>
        <translation>稀疏（密度 %1）</translation>
    </message>
    <message>
        <source>busy (density %1)</source>
        <translation>繁密（密度 %1）</translation>
    </message>
    <message>
        <source>Sung: every stressed syllable is on a beat at least as strong as its neighbours.</source>
        <translation>已演唱：每个重读音节所在的拍都不弱于相邻音节。</translation>
    </message>
    <message>
        <source>To look at:</source>
        <translation>需要注意：</translation>
    </message>
    <message>
        <source>Rewrite line %1</source>
        <translation>重写第 %1 行</translation>
    </message>
</context>
<context>
    <name>sw::ui::MainWindow</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New Project</source>
        <translation>新建项目(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open Project...</source>
        <translation>打开项目(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;As...</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Export Soundtrack...</source>
        <translation>导出配乐(&amp;E)…</translation>
    </message>
    <message>
        <source>Write the mix, stems, MIDI, MusicXML and the video with the new soundtrack</source>
        <translation>写出混音、分轨、MIDI、MusicXML 以及带新配乐的视频</translation>
    </message>
    <message>
        <source>Re&amp;link Missing Media...</source>
        <translation>重新链接缺失的媒体(&amp;L)…</translation>
    </message>
    <message>
        <source>Restore Previous &amp;Version...</source>
        <translation>恢复以前的版本(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Music</source>
        <translation>音乐(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Plan Music</source>
        <translation>规划音乐(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Score Video</source>
        <translation>为视频配乐(&amp;S)</translation>
    </message>
    <message>
        <source>Plan the music and compose it: adds a take to the music region</source>
        <translation>规划并创作音乐：为音乐区域添加一个版本</translation>
    </message>
    <message>
        <source>Write &amp;Melody to Lyrics</source>
        <translation>为歌词写旋律(&amp;M)</translation>
    </message>
    <message>
        <source>Sing the lyric clips over the active take: adds a take with a vocal line</source>
        <translation>在当前版本上演唱歌词片段：添加一个带人声旋律的版本</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Interface &amp;Language</source>
        <translation>界面语言(&amp;L)</translation>
    </message>
    <message>
        <source>System Default</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <source>Interface Language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <source>Scorewright will appear in %1 the next time it starts.</source>
        <translation>Scorewright 下次启动时将使用%1。</translation>
    </message>
    <message>
        <source>Recovery File Set Aside</source>
        <translation>恢复文件已移开</translation>
    </message>
    <message>
        <source>A recovery file made Scorewright stop while it was loading. It was moved to %1 and will not be opened again.</source>
        <translation>一个恢复文件导致 Scorewright 在加载时停止。它已被移到 %1，不会再被打开。</translation>
    </message>
    <message>
        <source>an unsaved project</source>
        <translation>一个未保存的项目</translation>
    </message>
    <message>
        <source>Cannot Recover</source>
        <translation>无法恢复</translation>
    </message>
    <message>
        <source>Recovered the work autosaved %1; save it to keep it.</source>
        <translation>已恢复 %1 自动保存的工作；请保存以保留它。</translation>
    </message>
    <message>
        <source>All media files are where the project expects them.</source>
        <translation>所有媒体文件都在项目预期的位置。</translation>
    </message>
    <message>
        <source>Cannot Relink</source>
        <translation>无法重新链接</translation>
    </message>
    <message>
        <source>No Previous Versions</source>
        <translation>没有以前的版本</translation>
    </message>
    <message>
        <source>Previous versions are kept beside the project file once it has been saved.</source>
        <translation>项目文件保存后，以前的版本会保留在它旁边。</translation>
    </message>
    <message>
        <source>%1 has no previous versions yet: one is kept each time it is saved over.</source>
        <translation>%1 还没有以前的版本：每次覆盖保存时都会保留一个。</translation>
    </message>
    <message>
        <source>Cannot Restore</source>
        <translation>无法还原</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Opened the version saved %1; save to make it current.</source>
        <translation>已打开 %1 保存的版本；保存后它将成为当前版本。</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>%1[*] - Scorewright</source>
        <translation>%1[*] - Scorewright</translation>
    </message>
    <message>
        <source>Cannot Open Project</source>
        <translation>无法打开项目</translation>
    </message>
    <message>
        <source>Opened a project of an older format (%1); saving writes the current format.</source>
        <translation>已打开旧格式（%1）的项目；保存时将写入当前格式。</translation>
    </message>
    <message>
        <source>Missing Media</source>
        <translation>缺失的媒体</translation>
    </message>
    <message>
        <source>Cannot Save Project</source>
        <translation>无法保存项目</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Cannot Delete</source>
        <translation>无法删除</translation>
    </message>
    <message>
        <source>&amp;Arrange Around Melody</source>
        <translation>围绕旋律编配(&amp;A)</translation>
    </message>
    <message>
        <source>Keep the active take&apos;s melody note for note and write new chords, bass and drums around it: adds a take</source>
        <translation>逐音保留当前版本的旋律，并围绕它写出新的和弦、贝斯和鼓：添加一个版本</translation>
    </message>
    <message>
        <source>&amp;Regenerate Selection</source>
        <translation>重新生成所选(&amp;R)</translation>
    </message>
    <message>
        <source>Write the bars selected in the piano roll again for its track (everything else is kept): adds a take</source>
        <translation>为钢琴卷帘中所选的小节重新写作其音轨（其余内容保留）：添加一个版本</translation>
    </message>
    <message>
        <source>Piano Roll</source>
        <translation>钢琴卷帘</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>检查器</translation>
    </message>
    <message>
        <source>Generation Queue</source>
        <translation>生成队列</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>&amp;Playback</source>
        <translation>播放(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Play/Pause</source>
        <translation>播放/暂停(&amp;P)</translation>
    </message>
    <message>
        <source>Go to &amp;Start</source>
        <translation>转到开头(&amp;S)</translation>
    </message>
    <message>
        <source>The music cannot be previewed: %1</source>
        <translation>无法预听音乐：%1</translation>
    </message>
    <message>
        <source>&amp;Import Media...</source>
        <translation>导入媒体(&amp;I)…</translation>
    </message>
    <message>
        <source>Put videos, images or sounds on the timeline at the playhead</source>
        <translation>将视频、图片或声音放到时间线的播放头处</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>媒体</translation>
    </message>
    <message>
        <source>Import media</source>
        <translation>导入媒体</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n file(s)</source>
        <translation>
            <numerusform>已导入 %n 个文件</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot Import</source>
        <translation>无法导入</translation>
    </message>
    <message>
        <source>The take that plays and is edited (each with its seed)</source>
        <translation>正在播放和编辑的版本（各带其种子）</translation>
    </message>
    <message>
        <source>Cannot Choose the Take</source>
        <translation>无法选择版本</translation>
    </message>
    <message>
        <source>%1, seed %2</source>
        <translation>%1，种子 %2</translation>
    </message>
    <message>
        <source>&amp;Preferences...</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Loop Selection</source>
        <translation>循环所选(&amp;L)</translation>
    </message>
    <message>
        <source>Play the bars selected in the piano roll, or the selected clip, over and over</source>
        <translation>反复播放钢琴卷帘中所选的小节或所选片段</translation>
    </message>
    <message>
        <source>Select bars in the piano roll or a clip on the timeline to loop.</source>
        <translation>请在钢琴卷帘中选择小节，或在时间线上选择一个片段来循环。</translation>
    </message>
    <message>
        <source>Rewrite Sung &amp;Line</source>
        <translation>重写演唱的歌词行(&amp;L)</translation>
    </message>
    <message>
        <source>Write a new melody for the lyric line of the sung note selected in the piano roll; every other note is kept: adds a take</source>
        <translation>为钢琴卷帘中所选演唱音符所在的歌词行写一段新旋律；其余音符全部保留：添加一个版本</translation>
    </message>
    <message>
        <source>%1, %2, %3, %4 long</source>
        <translation>%1，%2，%3，时长 %4</translation>
    </message>
    <message numerus="yes">
        <source>%n clip(s)</source>
        <translation>
            <numerusform>%n 个片段</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n marker(s)</source>
        <translation>
            <numerusform>%n 个标记</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n music region(s)</source>
        <translation>
            <numerusform>%n 个音乐区域</numerusform>
        </translation>
    </message>
    <message>
        <source>Add Pro&amp;mpt</source>
        <translation>添加提示词(&amp;M)</translation>
    </message>
    <message>
        <source>Type a prompt for the music at the playhead</source>
        <translation>在播放头处输入音乐提示词</translation>
    </message>
    <message>
        <source>Add L&amp;yrics</source>
        <translation>添加歌词(&amp;Y)</translation>
    </message>
    <message>
        <source>Type a line of lyrics at the playhead</source>
        <translation>在播放头处输入一行歌词</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Reset Layout</source>
        <translation>重置布局(&amp;R)</translation>
    </message>
    <message>
        <source>Bring back every panel where it was when the program first opened</source>
        <translation>将所有面板恢复到程序首次打开时的位置</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>&amp;About Scorewright</source>
        <translation>关于 Scorewright(&amp;A)</translation>
    </message>
    <message>
        <source>About Scorewright</source>
        <translation>关于 Scorewright</translation>
    </message>
    <message>
        <source>Scorewright %1
Scores videos with music composed on this computer by models trained for it; nothing leaves the machine.</source>
        <translation>Scorewright %1
用专门训练的模型在本机为视频作曲配乐；任何数据都不会离开这台电脑。</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>剪切(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <source>Put the copied clips on the timeline at the playhead</source>
        <translation>把复制的片段放到时间线的播放头处</translation>
    </message>
    <message>
        <source>Select clips on the timeline to copy them</source>
        <translation>请先在时间线上选择要复制的片段</translation>
    </message>
    <message>
        <source>Cannot Cut</source>
        <translation>无法剪切</translation>
    </message>
    <message numerus="yes">
        <source>Cut %n clip(s)</source>
        <translation>
            <numerusform>已剪切 %n 个片段</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n clip(s)</source>
        <translation>
            <numerusform>已复制 %n 个片段</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n clip(s)</source>
        <translation>
            <numerusform>粘贴 %n 个片段</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to paste: copy clips or text first</source>
        <translation>没有可粘贴的内容：请先复制片段或文字</translation>
    </message>
    <message>
        <source>Enter adds the pasted text as a prompt; Escape drops it</source>
        <translation>按 Enter 把粘贴的文字添加为提示，按 Esc 放弃</translation>
    </message>
    <message>
        <source>Ruler in &amp;Bars and Beats</source>
        <translation>以小节和拍显示标尺(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Zoom to Fit</source>
        <translation>缩放以适应(&amp;Z)</translation>
    </message>
    <message>
        <source>Melody</source>
        <translation>旋律</translation>
    </message>
    <message>
        <source>Chords</source>
        <translation>和弦</translation>
    </message>
    <message>
        <source>Bass</source>
        <translation>贝斯</translation>
    </message>
    <message>
        <source>Drums</source>
        <translation>鼓</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>人声</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>The parts Music &gt; Regenerate Selection writes again</source>
        <translation>“音乐 &gt; 重新生成所选”要重写的声部</translation>
    </message>
    <message>
        <source>Regenerate: %1</source>
        <translation>重新生成：%1</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>重新生成</translation>
    </message>
    <message>
        <source>Timeline: S split the selected clip at the playhead, M add a marker, H add a hit point, Delete remove the selection, double-click a lane to type a prompt or a lyric line, Ctrl+wheel or Ctrl+plus/minus zoom</source>
        <translation>时间线：S 在播放头处拆分所选片段，M 添加标记，H 添加击点，Delete 删除所选，双击轨道输入提示或歌词行，Ctrl+滚轮或 Ctrl+加/减 缩放</translation>
    </message>
    <message>
        <source>Piano roll: arrows move notes, Up/Down transpose, Shift+arrows change length, Ctrl+D duplicate, Q quantise, S split, J join, L lock, Delete remove, double-click draw, Ctrl+wheel zoom in time, Ctrl+Shift+wheel the rows</source>
        <translation>钢琴卷帘：方向键移动音符，上/下 移调，Shift+方向键 改变时值，Ctrl+D 复制，Q 量化，S 拆分，J 合并，L 锁定，Delete 删除，双击绘制，Ctrl+滚轮 时间缩放，Ctrl+Shift+滚轮 行高</translation>
    </message>
</context>
<context>
    <name>sw::ui::MediaBin</name>
    <message>
        <source>video</source>
        <translation>视频</translation>
    </message>
    <message>
        <source>image</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>audio</source>
        <translation>音频</translation>
    </message>
    <message>
        <source>%1, offline</source>
        <translation>%1，离线</translation>
    </message>
    <message>
        <source>%1
%2, %3</source>
        <translation>%1
%2，%3</translation>
    </message>
</context>
<context>
    <name>sw::ui::MidiActions</name>
    <message>
        <source>M&amp;IDI</source>
        <translation>MIDI(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Preview on MIDI Output</source>
        <translation>在 MIDI 输出上预听(&amp;P)</translation>
    </message>
    <message>
        <source>Play the active take on the chosen MIDI output (a synthesizer or a sound module)</source>
        <translation>在所选的 MIDI 输出（合成器或音源）上播放当前版本</translation>
    </message>
    <message>
        <source>&amp;Record Melody</source>
        <translation>录制旋律(&amp;R)</translation>
    </message>
    <message>
        <source>Play a melody on the MIDI input while the active take plays; it becomes the melody of a new take</source>
        <translation>在当前版本播放时，从 MIDI 输入弹奏旋律；它将成为新版本的旋律</translation>
    </message>
    <message>
        <source>The MIDI preview stopped: %1</source>
        <translation>MIDI 预听已停止：%1</translation>
    </message>
    <message>
        <source>The project has no music yet. Score the video first (Music &gt; Score Video).</source>
        <translation>项目中还没有音乐。请先为视频配乐（音乐 &gt; 为视频配乐）。</translation>
    </message>
    <message>
        <source>Playing %1 on %2</source>
        <translation>正在 %2 上播放 %1</translation>
    </message>
    <message>
        <source>Cannot Preview on MIDI</source>
        <translation>无法通过 MIDI 预听</translation>
    </message>
    <message>
        <source>Record against a take: score the video first (Music &gt; Score Video), then play the melody while it plays.</source>
        <translation>录制需要对照一个版本：请先为视频配乐（音乐 &gt; 为视频配乐），然后在其播放时弹奏旋律。</translation>
    </message>
    <message>
        <source>Recording from %1...</source>
        <translation>正在从 %1 录制…</translation>
    </message>
    <message>
        <source>Cannot Record</source>
        <translation>无法录制</translation>
    </message>
    <message>
        <source>The music region was removed; the recording was not added.</source>
        <translation>音乐区域已被移除；录音未添加。</translation>
    </message>
    <message>
        <source>Nothing was played; no take was added.</source>
        <translation>没有弹奏任何内容；未添加版本。</translation>
    </message>
    <message>
        <source>Take %1 (recorded)</source>
        <translation>版本 %1（录制）</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n recorded note(s)</source>
        <translation>
            <numerusform>%1：%n 个录制的音符</numerusform>
        </translation>
    </message>
    <message>
        <source>Record melody</source>
        <translation>录制旋律</translation>
    </message>
</context>
<context>
    <name>sw::ui::MidiController</name>
    <message>
        <source>&amp;Output Port</source>
        <translation>输出端口(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Input Port</source>
        <translation>输入端口(&amp;I)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1 (not connected)</source>
        <translation>%1（未连接）</translation>
    </message>
    <message>
        <source>Choose a MIDI output port first (MIDI &gt; Output Port).</source>
        <translation>请先选择 MIDI 输出端口（MIDI &gt; 输出端口）。</translation>
    </message>
    <message>
        <source>Choose a MIDI input port first (MIDI &gt; Input Port).</source>
        <translation>请先选择 MIDI 输入端口（MIDI &gt; 输入端口）。</translation>
    </message>
</context>
<context>
    <name>sw::ui::MusicJobs</name>
    <message>
        <source>Wait for the running task to finish, or cancel it.</source>
        <translation>请等待正在运行的任务完成，或取消它。</translation>
    </message>
    <message>
        <source>Cannot Regenerate</source>
        <translation>无法重新生成</translation>
    </message>
    <message>
        <source>Select bars in the piano roll&apos;s ruler first (a take is needed: Music &gt; Score Video).</source>
        <translation>请先在钢琴卷帘的标尺中选择小节（需要一个版本：音乐 &gt; 为视频配乐）。</translation>
    </message>
    <message>
        <source>The vocal line is written by Music &gt; Write Melody to Lyrics; one of its lines by Music &gt; Rewrite Sung Line.</source>
        <translation>人声旋律由 音乐 &gt; 为歌词写旋律 写出；其中一行由 音乐 &gt; 重写演唱的歌词行 重写。</translation>
    </message>
    <message>
        <source>Cannot Arrange</source>
        <translation>无法编配</translation>
    </message>
    <message>
        <source>The active take has no melody to arrange around. Record one (MIDI &gt; Record Melody) or score the video first.</source>
        <translation>当前版本没有可围绕编配的旋律。请录制一段（MIDI &gt; 录制旋律），或先为视频配乐。</translation>
    </message>
    <message>
        <source>Cannot Score the Video</source>
        <translation>无法为视频配乐</translation>
    </message>
    <message>
        <source>Cannot Plan the Music</source>
        <translation>无法规划音乐</translation>
    </message>
    <message>
        <source>Planning cancelled</source>
        <translation>规划已取消</translation>
    </message>
    <message>
        <source>Planned %1 bars at %2 bpm in %3%4</source>
        <translation>已规划 %1 个小节，%2 bpm，%3%4</translation>
    </message>
    <message>
        <source>%1: %2 bars at %3 bpm in %4, %5 notes</source>
        <translation>%1：%2 个小节，%3 bpm，%4，%5 个音符</translation>
    </message>
    <message>
        <source>Cancelling the export...</source>
        <translation>正在取消导出…</translation>
    </message>
    <message>
        <source>The timeline changed while the music was being written: that result was discarded. Score again when ready.</source>
        <translation>写作音乐期间时间线发生了变化：该结果已丢弃。准备好后请重新配乐。</translation>
    </message>
    <message>
        <source>The lyrics changed while the melody was being written: that result was discarded.</source>
        <translation>写作旋律期间歌词发生了变化：该结果已丢弃。</translation>
    </message>
    <message>
        <source>Cannot Write the Melody</source>
        <translation>无法写出旋律</translation>
    </message>
    <message>
        <source>The project has no music to sing over yet. Score the video first (Music &gt; Score Video).</source>
        <translation>项目中还没有可供演唱的音乐。请先为视频配乐（音乐 &gt; 为视频配乐）。</translation>
    </message>
    <message>
        <source>There are no lyrics on the timeline. Add a lyric clip with the words to sing.</source>
        <translation>时间线上没有歌词。请添加一个包含要演唱文字的歌词片段。</translation>
    </message>
    <message>
        <source>Cannot Rewrite the Line</source>
        <translation>无法重写该行</translation>
    </message>
    <message>
        <source>The active take has no vocal line. Write one first (Music &gt; Write Melody to Lyrics).</source>
        <translation>当前版本没有人声旋律。请先写一段（音乐 &gt; 为歌词写旋律）。</translation>
    </message>
    <message>
        <source>Select a sung note of the Voice track in the piano roll, or the bars where the line is sung.</source>
        <translation>请在钢琴卷帘中选择人声音轨的一个演唱音符，或选择该行演唱所在的小节。</translation>
    </message>
    <message>
        <source>Writing the melody was cancelled</source>
        <translation>旋律写作已取消</translation>
    </message>
    <message>
        <source>The music region was removed; the melody was not added.</source>
        <translation>音乐区域已被移除；旋律未添加。</translation>
    </message>
    <message>
        <source>Take %1 (line %2 sung anew)</source>
        <translation>版本 %1（第 %2 行重新演唱）</translation>
    </message>
    <message>
        <source>Take %1 (vocal)</source>
        <translation>版本 %1（人声）</translation>
    </message>
    <message>
        <source>Rewrite Sung Line</source>
        <translation>重写演唱行</translation>
    </message>
    <message>
        <source>Write Melody to Lyrics</source>
        <translation>为歌词写旋律</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n sung note(s)</source>
        <translation>
            <numerusform>%1：%n 个演唱音符</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to Export</source>
        <translation>没有可导出的内容</translation>
    </message>
    <message>
        <source>The project has no music yet. Score the video first (Music &gt; Score Video).</source>
        <translation>项目中还没有音乐。请先为视频配乐（音乐 &gt; 为视频配乐）。</translation>
    </message>
    <message>
        <source>Cannot Export</source>
        <translation>无法导出</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n file(s)</source>
        <translation>
            <numerusform>已导出 %n 个文件</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled; the files written before the cancel: %1</source>
        <translation>导出已取消；取消前已写入的文件：%1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Singing &amp;Voice</source>
        <translation>演唱声部(&amp;V)</translation>
    </message>
    <message>
        <source>Soprano</source>
        <translation>女高音</translation>
    </message>
    <message>
        <source>Alto</source>
        <translation>女低音</translation>
    </message>
    <message>
        <source>Tenor</source>
        <translation>男高音</translation>
    </message>
    <message>
        <source>Bass</source>
        <translation>男低音</translation>
    </message>
    <message>
        <source>No take sings these lyrics as they are now. Write the melody again (Music &gt; Write Melody to Lyrics).</source>
        <translation>没有任何版本演唱当前的歌词。请重新写旋律（音乐 &gt; 为歌词写旋律）。</translation>
    </message>
</context>
<context>
    <name>sw::ui::MusicOutput</name>
    <message>
        <source>No audio output: the picture plays against the system clock and the music is not heard (is a sound server running?).</source>
        <translation>没有音频输出：画面按系统时钟播放，听不到音乐（声音服务器是否在运行？）。</translation>
    </message>
</context>
<context>
    <name>sw::ui::PianoRoll</name>
    <message>
        <source>No music yet: Music &gt; Score Video writes a take to edit here.</source>
        <translation>还没有音乐：音乐 &gt; 为视频配乐 会写出一个可在此编辑的版本。</translation>
    </message>
    <message>
        <source>Move notes</source>
        <translation>移动音符</translation>
    </message>
    <message>
        <source>Transpose notes</source>
        <translation>移调音符</translation>
    </message>
    <message>
        <source>Change note length</source>
        <translation>更改音符时值</translation>
    </message>
    <message>
        <source>Duplicate notes</source>
        <translation>复制音符</translation>
    </message>
    <message>
        <source>Delete notes</source>
        <translation>删除音符</translation>
    </message>
    <message>
        <source>Draw note</source>
        <translation>绘制音符</translation>
    </message>
    <message>
        <source>Quantize notes</source>
        <translation>量化音符</translation>
    </message>
    <message>
        <source>Split notes</source>
        <translation>分割音符</translation>
    </message>
    <message>
        <source>Join notes</source>
        <translation>合并音符</translation>
    </message>
    <message>
        <source>Unlock notes</source>
        <translation>解锁音符</translation>
    </message>
    <message>
        <source>Lock notes</source>
        <translation>锁定音符</translation>
    </message>
    <message>
        <source>Change velocity</source>
        <translation>更改力度</translation>
    </message>
</context>
<context>
    <name>sw::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>System Default</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <source>Interface language:</source>
        <translation>界面语言：</translation>
    </message>
    <message>
        <source>MIDI output:</source>
        <translation>MIDI 输出：</translation>
    </message>
    <message>
        <source>MIDI input:</source>
        <translation>MIDI 输入：</translation>
    </message>
    <message>
        <source>The system&apos;s General MIDI soundfont</source>
        <translation>系统的 General MIDI 音色库</translation>
    </message>
    <message>
        <source>Choose...</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Soundfont</source>
        <translation>音色库</translation>
    </message>
    <message>
        <source>Soundfonts (*.sf2 *.sf3)</source>
        <translation>音色库 (*.sf2 *.sf3)</translation>
    </message>
    <message>
        <source>Soundfont:</source>
        <translation>音色库：</translation>
    </message>
    <message>
        <source>%1 is not a file; choose a .sf2 or .sf3 soundfont, or leave the field empty for the system&apos;s.</source>
        <translation>%1 不是文件；请选择 .sf2 或 .sf3 音色库，或留空以使用系统的音色库。</translation>
    </message>
    <message>
        <source>A guide voice, in the melody&apos;s own range</source>
        <translation>引导人声，按旋律本身的音域</translation>
    </message>
    <message>
        <source>A guide voice: soprano</source>
        <translation>引导人声：女高音</translation>
    </message>
    <message>
        <source>A guide voice: alto</source>
        <translation>引导人声：女低音</translation>
    </message>
    <message>
        <source>A guide voice: tenor</source>
        <translation>引导人声：男高音</translation>
    </message>
    <message>
        <source>A guide voice: bass</source>
        <translation>引导人声：男低音</translation>
    </message>
    <message>
        <source>The vocal track&apos;s instrument</source>
        <translation>人声轨道的乐器</translation>
    </message>
    <message>
        <source>Who sings the lyrics in the preview and the export. A guide voice sings the words; a chosen voice sings the melody in its octaves.</source>
        <translation>预览和导出中由谁演唱歌词。引导人声唱出歌词；选定的声部在其八度内演唱旋律。</translation>
    </message>
    <message>
        <source>Lyrics sung by:</source>
        <translation>歌词演唱：</translation>
    </message>
</context>
<context>
    <name>sw::ui::PreviewPanel</name>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>Play or pause (Space)</source>
        <translation>播放或暂停（空格键）</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
</context>
<context>
    <name>sw::ui::ProjectOutline</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>长度</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>视频</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>音频</translation>
    </message>
    <message>
        <source>Prompts</source>
        <translation>提示词</translation>
    </message>
    <message>
        <source>Lyrics</source>
        <translation>歌词</translation>
    </message>
    <message>
        <source>Prompt %1</source>
        <translation>提示词 %1</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>Offline: %1 not found</source>
        <translation>离线：找不到 %1</translation>
    </message>
    <message>
        <source>Music</source>
        <translation>音乐</translation>
    </message>
    <message numerus="yes">
        <source>%n take(s)</source>
        <translation>
            <numerusform>%n 个版本</numerusform>
        </translation>
    </message>
    <message>
        <source>; playing &quot;%1&quot;: %2 notes, %3 bpm</source>
        <translation>；正在播放“%1”：%2 个音符，%3 bpm</translation>
    </message>
    <message>
        <source>Markers</source>
        <translation>标记</translation>
    </message>
    <message>
        <source>Hit point</source>
        <translation>击点</translation>
    </message>
    <message>
        <source>Marker</source>
        <translation>标记</translation>
    </message>
</context>
<context>
    <name>sw::ui::RecordDialog</name>
    <message>
        <source>No microphone was found. Connect one and choose it in your system&apos;s sound settings, or bring a recording: Music &gt; Melody from Recording.</source>
        <translation>未找到麦克风。请连接一个并在系统声音设置中选择它，或导入录音：音乐 &gt; 从录音生成旋律。</translation>
    </message>
    <message>
        <source>Record Melody</source>
        <translation>录制旋律</translation>
    </message>
    <message>
        <source>A bar of count-in at %1 bpm, then hum, sing, whistle or play the melody. Stop when it is done: it becomes a take, written down as notes.</source>
        <translation>先以 %1 bpm 预备一小节，然后哼唱、演唱、吹口哨或演奏旋律。完成后停止：它会被记成音符，成为一个版本。</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>Input level</source>
        <translation>输入电平</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>录制</translation>
    </message>
    <message>
        <source>Stop and Keep</source>
        <translation>停止并保留</translation>
    </message>
    <message>
        <source>The microphone could not be opened</source>
        <translation>无法打开麦克风</translation>
    </message>
    <message>
        <source>Recording %1:%2</source>
        <translation>正在录制 %1:%2</translation>
    </message>
    <message>
        <source>Nothing after the count-in was recorded</source>
        <translation>预备拍之后没有录到任何内容</translation>
    </message>
    <message>
        <source>%1: cannot be written (%2)</source>
        <translation>%1：无法写入（%2）</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>sw::ui::TaskList</name>
    <message>
        <source>%1: waiting</source>
        <translation>%1：等待中</translation>
    </message>
    <message>
        <source>%1: %2% %3</source>
        <translation>%1：%2% %3</translation>
    </message>
    <message>
        <source>%1: done</source>
        <translation>%1：完成</translation>
    </message>
    <message>
        <source>%1: cancelled</source>
        <translation>%1：已取消</translation>
    </message>
    <message>
        <source>%1: failed: %2</source>
        <translation>%1：失败：%2</translation>
    </message>
</context>
<context>
    <name>sw::ui::TimelineView</name>
    <message>
        <source>Video</source>
        <translation>视频</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>Prompts</source>
        <translation>提示词</translation>
    </message>
    <message>
        <source>Lyrics</source>
        <translation>歌词</translation>
    </message>
    <message>
        <source>Markers</source>
        <translation>标记</translation>
    </message>
    <message>
        <source>Cuts, beats</source>
        <translation>剪辑点、节拍</translation>
    </message>
    <message>
        <source>Motion</source>
        <translation>运动</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>段落</translation>
    </message>
    <message>
        <source>Intensity</source>
        <translation>强度</translation>
    </message>
    <message>
        <source>Marker %1</source>
        <translation>标记 %1</translation>
    </message>
    <message>
        <source>Draw intensity</source>
        <translation>绘制强度</translation>
    </message>
    <message>
        <source>Music</source>
        <translation>音乐</translation>
    </message>
    <message>
        <source>%1 bpm, %2</source>
        <translation>%1 bpm，%2</translation>
    </message>
    <message>
        <source>Hit %1</source>
        <translation>击点 %1</translation>
    </message>
    <message>
        <source>Split at Playhead</source>
        <translation>在播放头处分割</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Add Prompt Here</source>
        <translation>在此添加提示词</translation>
    </message>
    <message>
        <source>Add Lyrics Here</source>
        <translation>在此添加歌词</translation>
    </message>
    <message>
        <source>Describe the music, e.g. tense strings, building to a hit</source>
        <translation>描述音乐,例如:紧张的弦乐,逐渐推向一个重击</translation>
    </message>
    <message>
        <source>Type a line of the lyrics</source>
        <translation>输入一行歌词</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>提示词</translation>
    </message>
    <message>
        <source>Import a video (Ctrl+I) or drop one here; double-click the Prompts lane to describe the music</source>
        <translation>导入视频(Ctrl+I)或拖放到此处;双击提示词轨道来描述音乐</translation>
    </message>
    <message>
        <source>Rename Section...</source>
        <translation>重命名段落...</translation>
    </message>
    <message>
        <source>A name: verse, chorus, bridge... An earlier section&apos;s name repeats its music</source>
        <translation>名称：主歌、副歌、桥段……使用前面段落的名称会重复其音乐</translation>
    </message>
    <message>
        <source>Rename section to %1</source>
        <translation>将段落重命名为 %1</translation>
    </message>
    <message>
        <source>bar %1</source>
        <translation>第 %1 小节</translation>
    </message>
    <message>
        <source>Move section %1 to bar %2</source>
        <translation>将段落 %1 移到第 %2 小节</translation>
    </message>
    <message>
        <source>Split Section at Bar %1</source>
        <translation>在第 %1 小节拆分段落</translation>
    </message>
    <message>
        <source>Join with Next Section</source>
        <translation>与下一段落合并</translation>
    </message>
    <message>
        <source>section %1</source>
        <translation>段落 %1</translation>
    </message>
    <message>
        <source>Split section %1 at bar %2</source>
        <translation>在第 %2 小节拆分段落 %1</translation>
    </message>
    <message>
        <source>Join sections %1 and %2</source>
        <translation>合并段落 %1 和 %2</translation>
    </message>
    <message>
        <source>Rename Marker...</source>
        <translation>重命名标记...</translation>
    </message>
    <message>
        <source>Hit Point</source>
        <translation>击点</translation>
    </message>
    <message>
        <source>A hit point: the music accents it (a crash, accented notes)</source>
        <translation>击点：音乐在此强调（镲片、重音音符）</translation>
    </message>
    <message>
        <source>Delete Marker</source>
        <translation>删除标记</translation>
    </message>
    <message>
        <source>A name: door slam, kiss, title card...</source>
        <translation>名称：摔门、亲吻、字幕卡...</translation>
    </message>
</context>
</TS>
