import type { Regulation } from '../../contract/payload-types'

/**
 * Only what is certain: the regulation's title and the kind of body that makes a 太原市
 * local regulation. Its official text is not in our materials, so it is seeded as a
 * draft without chapters, for an editor to paste the authentic text into.
 */
export const demoRegulations: (Pick<Regulation, 'title' | 'issuingBody' | 'legalStatus' | 'preamble'> & { slug: string })[] = [
  {
    slug: 'tai-yuan-shi-wen-ming-xing-wei-cu-jin-tiao-li',
    title: '太原市文明行为促进条例',
    issuingBody: '太原市人民代表大会常务委员会',
    legalStatus: 'in-force',
    preamble: '据杏花岭区创城办供稿，杏花岭区印发《太原市文明行为促进条例》10000本。正文待编辑从官方文本粘贴。',
  },
]

/**
 * A published sample with chapters and numbered articles, so that the site's regulation
 * pages (全文, 第十二条 on its own page), search and handbooks have something to show.
 * It is written for this demo from the practices the article describes, and says so in
 * its title and 题注: it is not an official text.
 */
export const demoConvention = {
  slug: 'xing-hua-ling-ju-min-wen-ming-gong-yue-shi-li',
  title: '杏花岭区居民文明公约（示例文本）',
  issuingBody: '杏花岭区创城办（演示用示例）',
  legalStatus: 'in-force' as const,
  preamble: '本文本是杏花岭宣传微平台的演示内容，根据杏花岭区创城工作中的做法编写，不是正式法规文件。',
  sourceText: `第一章 总则
第一条 为了弘扬社会主义核心价值观，营造祥和温馨的街巷氛围，共建锦绣杏花岭，结合本区创城工作实际，制定本公约。
第二条 本区居民、商户和来杏花岭区的游客，共同遵守本公约。
第三条 文明创建坚持共建共治共享，社区、商户、志愿者多方联动，让居民共建幸福家园，共享文明成果。
第二章 文明行为
第四条 爱护小区环境，不乱堆乱放，不私搭乱建，生活垃圾按规定分类投放。
第五条 文明出行，骑行和步行遵守交通信号，不闯红灯，不逆行。
第六条 机动车、非机动车在划定的车位内停放，不占用消防通道和盲道。
第七条 商户诚信经营，明码标价，不占道经营，不乱贴乱画小广告。
第八条 邻里之间互谅互让，不在楼道内堆放杂物，不制造噪声扰民。
第九条 孝老爱亲，关心身边的老年人、残疾人和有困难的家庭。
第十条 爱护文明实践园、小游园、健身器材、学习书柜等公共设施，损坏的及时报告社区。
第十一条 饲养宠物的居民文明养犬，出门牵绳，及时清理宠物粪便。
第十二条 诚实守信，言行一致，不传播谣言，不参与欺诈活动，争做诚信街上的诚信人。
第三章 共建共享
第十三条 鼓励居民参加文明课单、文明微讲堂、民意沟通大会和入户问卷等活动，对社区建设建言献策。
第十四条 鼓励居民加入志愿服务队伍，参与文明劝导、环境整治和邻里互助。
第十五条 对践行本公约表现突出的居民和家庭，社区可以推荐参加最美人物、身边好人和文明家庭评选。`,
}

/** 温馨提示语 on articles of the demo convention (by article number): each becomes a printed sign. */
export const demoReminders: Record<number, string> = {
  4: '垃圾分类投放 共建整洁家园',
  6: '车辆规范停放 请勿占用消防通道',
  8: '楼道不堆杂物 邻里互谅互让',
  11: '文明养犬 出门牵绳',
}
