// Invented articles for the print tests: typical newspaper prose with the marks that make
// Chinese line breaking hard (quotes next to digits and Latin, brackets, ellipses, dashes).
import type { PrintArticle } from '../../../core/print/article'

const sentences = [
  '金秋时节，走进开发区智能制造产业园，一派繁忙景象：机械臂精准抓取、焊接、装配。',
  '“过去一条线要30多名工人，现在只需要6个人巡检。”一家企业负责人告诉记者。',
  '企业投入1.2亿元实施智能化改造后，产品不良率下降了42%，交付周期缩短近三分之一。',
  '该区围绕先进装备制造、新能源、新一代信息技术三大主导产业，深入实施“强链、延链、补链”工程。',
  '前三季度，全区规模以上工业增加值同比增长12.6%，高新技术产业增加值占比达到68.3%。',
  '园区出台《关于支持企业加大研发投入的若干措施》，对企业R&D投入按比例给予后补助。',
  '“政策实打实，企业才敢放开手脚搞研发。”一家新材料企业研发总监说。',
  '平台为中小企业提供设备联网、数据采集、能耗管理等20余项SaaS服务，“上云”成本平均降低40%以上。',
  '下一步，该区还将探索“学历证书＋职业技能等级证书”（即“1+X”证书）制度，推动产教融合向纵深发展。',
  '大功率永磁同步电机、海上风电主轴承、工业互联网安全网关……越来越多的“园区造”走向全国。',
  '从签约到投产只用了不到8个月——这样的速度，超出了企业的预期。',
  '截至目前，全区累计引进各类人才2.3万人，其中博士及以上学历人才超过600人。',
  '依托5G专网，车间里每一台设备的运行数据都能实时传回调度中心。',
  '“数字化转型不是一道选择题，而是一道必答题。”不少企业负责人表达了相同的看法。',
]

function paragraph(seed: number, count: number): string {
  return Array.from(
    { length: count },
    (_, i) => sentences[(seed * 7 + i * 3) % sentences.length],
  ).join('')
}

export function sampleArticle(
  index: number,
  paragraphs: number,
  extra: Partial<PrintArticle> = {},
): PrintArticle {
  return {
    id: `sample-${index}`,
    kind: 'article',
    kicker: index % 3 === 0 ? '强链补链　聚力“智造”' : null,
    title:
      [
        '开发区跑出产业升级“加速度”',
        '校企共建实训基地“订单式”培养技能人才',
        '工业互联网平台助力中小企业“上云用数”',
        '新增16家市级企业研发中心',
        '人才“强磁场”效应持续显现',
      ][index % 5] ?? null,
    subtitle: index === 0 ? '前三季度规模以上工业增加值同比增长12.6%，新增专精特新企业9家' : null,
    byline:
      ['本报记者　林晓　通讯员　周川', '本报讯（特约通讯员　刘澜）', '► 宋明　许岚'][index % 3] ??
      null,
    imageCredits: index % 4 === 0 ? ['图片来源:开发区管委会'] : [],
    blocks: Array.from({ length: paragraphs }, (_, i) => ({
      type: i > 0 && i % 6 === 0 ? ('subhead' as const) : ('paragraph' as const),
      text:
        i > 0 && i % 6 === 0 ? '“链”上发力　数字赋能' : paragraph(index + i, 2 + ((index + i) % 4)),
    })),
    paper: '高新技术产业导报',
    date: '2024-10-21',
    page: 7,
    section: '园区经济',
    ...extra,
  }
}

export const photoStory: PrintArticle = {
  ...sampleArticle(99, 0),
  id: 'sample-photo',
  kind: 'photo',
  kicker: null,
  title: null,
  subtitle: null,
  byline: null,
  imageCredits: ['图片来源:开发区管委会'],
  blocks: [
    {
      type: 'paragraph',
      text: '10月18日，参加“创新创业大赛”决赛的选手在路演现场展示参赛项目。本届大赛共吸引了386个项目报名参赛。',
    },
  ],
}

/** A front page's worth: a long lead, stories of various lengths and a photo story. */
export function sampleSelection(count = 7): PrintArticle[] {
  const lengths = [9, 5, 7, 3, 12, 4, 6, 8, 2, 5]
  const articles = Array.from({ length: count - 1 }, (_, i) =>
    sampleArticle(i, lengths[i % lengths.length] ?? 4),
  )
  articles.splice(Math.min(3, articles.length), 0, photoStory)
  return articles
}
