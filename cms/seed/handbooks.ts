/**
 * The demo handbook: the demo convention, the model citizens, the themed streets and the
 * practice places of 涧河街道, with two reports — what a community worker hands out.
 */
export const demoHandbook = {
  slug: 'wen-ming-chuang-jian-kou-dai-shu',
  title: '文明创建口袋书',
  subtitle: '居民文明公约 · 身边好人 · 特色街巷 · 文明实践阵地',
  area: '涧河街道',
  foreword: [
    '创建全国文明城市，人人都是参与者，人人都是受益者。这本口袋书把《杏花岭区居民文明公约（示例文本）》、身边的最美人物、主题街巷和新时代文明实践阵地编在一起，方便社区工作者入户宣传，也方便居民随时翻阅。',
    '书中每一节都印有二维码，扫码可以在手机上阅读全文、查看最新内容。（本手册为演示内容。）',
  ],
  sections: [
    { collection: 'regulations' as const, slug: 'xing-hua-ling-ju-min-wen-ming-gong-yue-shi-li' },
    { collection: 'figures' as const, slug: 'hao-jing-quan' },
    { collection: 'figures' as const, slug: 'wang-gai-hong' },
    { collection: 'streets' as const, slug: 'hao-ren-jie' },
    { collection: 'streets' as const, slug: 'jia-shi-jia-feng-jie' },
    { collection: 'streets' as const, slug: 'cheng-xin-jie' },
    { collection: 'places' as const, slug: 'jian-he-xin-shi-dai-wen-ming-shi-jian-yuan' },
    { collection: 'places' as const, slug: 'jian-he-mu-lin-zhi-jia' },
    { collection: 'articles' as const, slug: 'xing-hua-ling-qu-chuang-jian-quan-guo-wen-ming-cheng-shi', heading: '创建全国文明城市' },
    { collection: 'articles' as const, slug: 'gong-chuang-gong-jian-duo-dian-rong-he' },
  ] as { collection: 'regulations' | 'figures' | 'streets' | 'places' | 'articles'; slug: string; chapters?: string; heading?: string }[],
}
