// Splitting pages the way newspapers print them. Every page here is invented for the test.
import { describe, expect, it } from 'vitest'
import type { ParsedArticle } from '../../shared/article'
import { parseFile } from './pipeline'
import type { ParseSuccess } from './pipeline'
import { accountFor } from './testing/accounting'

/** Parses and checks that nothing was lost; `metadata` is text that becomes page metadata or
 * a continuation instead of article text. */
function parse(text: string, path = '/archive/page.txt', metadata: string[] = []): ParseSuccess {
  const result = parseFile({ path, bytes: new TextEncoder().encode(text) })
  if (!result.ok) throw new Error(`parse failed: ${result.error.code}`)
  const articleText = metadata.reduce((rest, cut) => rest.replace(cut, ''), text)
  expect(accountFor(articleText, result.articles)).toEqual({ missing: '', extra: '' })
  return result
}

const titles = (articles: readonly ParsedArticle[]): (string | null)[] =>
  articles.map((a) => a.title)
const texts = (article: ParsedArticle | undefined): string[] =>
  article?.blocks.map((b) => b.text) ?? []

describe('bylines and datelines', () => {
  it('takes the authors of a dateline from its brackets and keeps the paragraph text', () => {
    const { articles } = parse(
      '科技部部署今年重点工作\n\n本报北京5月8日电（记者冯春梅、李明）科技部今天召开会议，部署今年重点工作。\n\n' +
        '省里出台新政策\n\n新华社南京5月8日电 省政府今天发布通知，支持企业创新。\n',
    )
    expect(titles(articles)).toEqual(['科技部部署今年重点工作', '省里出台新政策'])
    expect(articles[0]).toMatchObject({
      byline: '本报北京5月8日电（记者冯春梅、李明）',
      authors: ['冯春梅', '李明'],
    })
    expect(texts(articles[0])).toEqual(['科技部今天召开会议，部署今年重点工作。'])
    expect(articles[1]).toMatchObject({ byline: '新华社南京5月8日电', authors: [] })
    expect(texts(articles[1])).toEqual(['省政府今天发布通知，支持企业创新。'])
  })

  it('reads byline lines with roles and several names, and 本报讯 openers', () => {
    const { articles } = parse(
      '港口吞吐量创新高\n\n本报记者 张晓明 通讯员 李红\n\n今年前五个月，港口货物吞吐量同比增长。\n\n' +
        '夜市经济火起来\n\n本报讯（记者 周明 王丽）入夏以来，城区夜市人气旺盛。\n',
    )
    expect(articles.map((a) => a.authors)).toEqual([
      ['张晓明', '李红'],
      ['周明', '王丽'],
    ])
    expect(articles[0]?.byline).toBe('本报记者 张晓明 通讯员 李红')
    expect(texts(articles[1])).toEqual(['入夏以来，城区夜市人气旺盛。'])
  })

  it('tells names under a bullet from a sub-heading of two short phrases, and reads 文/图', () => {
    const { articles } = parse(
      '我市启动夏季防汛演练\n□ 本报记者 王明 通讯员 李丽\n' +
        '　　6月2日上午，市防汛指挥部在长江大堤组织开展夏季防汛应急演练，12个部门参加。\n' +
        '　　■ 多部门联动 快速处置\n　　巡堤人员发现堤脚冒水翻沙，立即上报，抢险队伍10分钟内赶到。\n' +
        '　　■ 智慧平台 实时调度\n　　市智慧水务平台实时回传现场画面，指挥部据此调度物资和人员。\n\n' +
        '麦收一线\n金色麦浪里的“科技范儿”\n本报记者 刘洋 文/图\n' +
        '　　6月1日，在三里桥街道的万亩麦田里，十余台联合收割机来回穿梭。\n\n' +
        '社区食堂开进老旧小区\n► 陈静 欧阳晓\n　　今年以来，我市在老旧小区新建社区食堂46家，方便老人吃饭。\n',
    )
    expect(titles(articles)).toEqual([
      '我市启动夏季防汛演练',
      '金色麦浪里的“科技范儿”',
      '社区食堂开进老旧小区',
    ])
    expect(articles.map((a) => a.authors)).toEqual([['王明', '李丽'], ['刘洋'], ['陈静', '欧阳晓']])
    expect(articles[0]?.blocks.filter((b) => b.type === 'subhead').map((b) => b.text)).toEqual([
      '■ 多部门联动 快速处置',
      '■ 智慧平台 实时调度',
    ])
    expect(articles[1]).toMatchObject({ kicker: '麦收一线', byline: '本报记者 刘洋 文/图' })
  })

  it('reads a Taiwanese byline and opener, the place reported from not an author', () => {
    const { articles } = parse(
      '颱風凱米逼近全台\n記者林政忠／台北報導\n　　中度颱風凱米持續逼近，氣象署發布海上陸上颱風警報。\n\n' +
        '國際油價連三漲\n【記者張惠美／綜合報導】國際油價昨日再度走高，每桶上漲一點二美元。\n',
    )
    expect(titles(articles)).toEqual(['颱風凱米逼近全台', '國際油價連三漲'])
    expect(articles.map((a) => [a.byline, a.authors])).toEqual([
      ['記者林政忠／台北報導', ['林政忠']],
      ['【記者張惠美／綜合報導】', ['張惠美']],
    ])
    expect(texts(articles[1])).toEqual(['國際油價昨日再度走高，每桶上漲一點二美元。'])
  })

  it('reads an English wire dateline as the byline', () => {
    const { articles } = parse(
      'China opens its first cruise terminal\n\n' +
        'SHANGHAI, Jan. 1 (Xinhua) -- China opened its first cruise terminal on Monday.\n',
    )
    expect(articles[0]).toMatchObject({ byline: 'SHANGHAI, Jan. 1 (Xinhua) --' })
    expect(texts(articles[0])).toEqual(['China opened its first cruise terminal on Monday.'])
  })

  it('keeps the page editor’s line out of the text: （本版责任编辑：吴迪）', () => {
    const { articles } = parse(
      '国务院常务会议部署\n推进城市更新行动\n　　新华社北京6月2日电　会议部署推进城市更新行动。\n\n' +
        '（本版责任编辑：吴迪）\n',
    )
    expect(articles).toHaveLength(1)
    expect(texts(articles[0])).toEqual(['会议部署推进城市更新行动。'])
    expect(articles[0]?.byline).toContain('（本版责任编辑：吴迪）')
  })

  it('reads the authors named after the last sentence and closes the article there', () => {
    const { articles } = parse(
      '社区食堂开张\n\n本报 社区食堂昨天开张，老人吃饭更方便了。 陈静 刘洋\n\n' +
        '图书馆延长开放时间\n\n市图书馆从下月起延长开放时间。\n',
    )
    expect(titles(articles)).toEqual(['社区食堂开张', '图书馆延长开放时间'])
    expect(articles[0]).toMatchObject({ byline: '本报 陈静 刘洋', authors: ['陈静', '刘洋'] })
    expect(texts(articles[0])).toEqual(['社区食堂昨天开张，老人吃饭更方便了。'])
  })
})

describe('headlines, kickers, subtitles and sub-headings', () => {
  it('reads the one-article export form: kicker, headline, subtitle, indented paragraphs', () => {
    const { articles } = parse(
      '聚焦乡村振兴\n小茶叶做成大产业\n——某县茶产业发展调查\n' +
        '　　某县近年来大力发展茶产业，群众收入持续增加。\n　　今年一季度，全县茶叶产值同比增长百分之十二。\n',
    )
    expect(articles).toHaveLength(1)
    expect(articles[0]).toMatchObject({
      kicker: '聚焦乡村振兴',
      title: '小茶叶做成大产业',
      subtitle: '——某县茶产业发展调查',
    })
    expect(texts(articles[0])).toHaveLength(2)
  })

  it('reads the crawler’s one-article file by its slots: an empty line 1 is an empty kicker', () => {
    const noKicker = parse(
      '\n小茶叶做成大产业\n县里的新办法\n　　某县近年来大力发展茶产业，建起加工厂和交易市场，群众收入持续增加。\n',
    )
    expect(noKicker.articles.map((a) => [a.kicker, a.title, a.subtitle])).toEqual([
      [null, '小茶叶做成大产业', '县里的新办法'],
    ])
    const noSubtitle = parse(
      '聚焦城市更新\n老街焕发新活力\n\n　　老街改造工程去年启动，如今已基本完工。\n　　街坊们说，生活更方便了。\n',
    )
    expect(noSubtitle.articles.map((a) => [a.kicker, a.title, a.subtitle])).toEqual([
      ['聚焦城市更新', '老街焕发新活力', null],
    ])
  })

  it('keeps a heading-shaped line inside a block as a sub-heading where blank lines separate articles', () => {
    const { articles } = parse(
      '老街焕发新活力\n　　老街改造工程去年启动，如今已基本完工，街坊们都说生活方便了许多。\n' +
        '　　改造后的老街\n　　路面拓宽了，路灯换新了，沿街店铺也重新开张营业。\n\n' +
        '夏粮收购有序开展\n　　各地粮库已做好收购准备，收购进度总体正常，农民卖粮更加便捷了。\n',
    )
    expect(titles(articles)).toEqual(['老街焕发新活力', '夏粮收购有序开展'])
    expect(articles[0]?.blocks.map((b) => b.type)).toEqual(['paragraph', 'subhead', 'paragraph'])
  })

  it('reads a subtitle by its dash and keeps numbered sub-headings', () => {
    const { articles } = parse(
      '政府工作报告\n——在某市第十届人民代表大会第三次会议上\n\n各位代表：\n\n现在，我代表市政府报告工作。\n\n' +
        '一、过去一年的工作\n\n过去一年，全市经济稳步增长。\n\n二、今年的主要任务\n\n今年要着力扩大内需。\n',
    )
    expect(articles).toHaveLength(1)
    expect(articles[0]).toMatchObject({
      kicker: null,
      title: '政府工作报告',
      subtitle: '——在某市第十届人民代表大会第三次会议上',
    })
    expect(articles[0]?.blocks.filter((b) => b.type === 'subhead').map((b) => b.text)).toEqual([
      '一、过去一年的工作',
      '二、今年的主要任务',
    ])
  })

  it('splits exported articles that follow each other without a blank line', () => {
    const { articles } = parse(
      '老街焕发新活力\n　　老街改造工程去年启动，如今已基本完工，街坊们都说生活方便了许多。\n' +
        '夏粮收购有序开展\n　　各地粮库已做好收购准备，收购进度总体正常，农民卖粮更加便捷了。\n',
    )
    expect(titles(articles)).toEqual(['老街焕发新活力', '夏粮收购有序开展'])
  })

  it('reads a dateline alone on its line as the byline, never as a headline', () => {
    const { articles } = parse(
      '国际快讯\n\n央视网消息（新闻联播）：\n\n北方某国举行议会选举\n\n' +
        '该国选举委员会8日宣布，议会选举投票顺利结束，计票工作正在进行。\n\n' +
        '南方某港口恢复运营\n\n该港口管理局9日说，港口已恢复全部航线，货物吞吐正常。\n',
    )
    expect(articles[0]).toMatchObject({
      kicker: null,
      title: '国际快讯',
      subtitle: null,
      byline: '央视网消息（新闻联播）：',
    })
  })

  it('never reads a paragraph signed by its authors as the next headline’s kicker', () => {
    const { articles } = parse(
      '副主席会见外国客人\n\n副主席30日在北京会见来访的外国客人，双方就合作交换了意见。\n\n' +
        '有关部门负责人参加会见。 陈晓明\n\n新能源车下乡活动启动\n\n本报讯 新能源车下乡活动今天启动。\n',
    )
    expect(articles.map((a) => [a.kicker, a.title])).toEqual([
      [null, '副主席会见外国客人'],
      [null, '新能源车下乡活动启动'],
    ])
    expect(articles[0]?.authors).toEqual(['陈晓明'])
  })

  it('reads a headline over its paragraphs without blank lines as that, not as header slots', () => {
    const { articles, warnings } = parse(
      '园区举办招聘会\n园区昨天举办招聘会，提供岗位两千多个，吸引众多求职者。\n' +
        '现场气氛热烈，不少求职者当场签约。\n招聘会将持续三天。\n',
    )
    expect(articles.map((a) => [a.kicker, a.title])).toEqual([[null, '园区举办招聘会']])
    expect(texts(articles[0])).toHaveLength(3)
    expect(warnings).toEqual([])
  })

  it('keeps a heading without a byline as a sub-heading where articles have bylines', () => {
    const { articles, warnings } = parse(
      '园区举办招聘会\n\n本报讯 园区昨天举办招聘会，提供岗位两千多个。\n\n现场气氛热烈。\n\n' +
        '另一则园区新闻的标题\n\n这是另一则新闻的正文，没有本报讯开头。\n',
    )
    expect(titles(articles)).toEqual(['园区举办招聘会'])
    expect(articles[0]?.blocks.filter((b) => b.type === 'subhead').map((b) => b.text)).toEqual([
      '另一则园区新闻的标题',
    ])
    expect(warnings.filter((w) => w.code === 'untitledArticle')).toEqual([])
  })

  it('keeps text before the first headline as an untitled article, with a warning', () => {
    const { articles, warnings } = parse(
      '这是一段没有标题的文字，应当被保留下来。\n\n园区新闻一则\n\n本报讯 园区新闻正文。\n',
    )
    expect(titles(articles)).toEqual([null, '园区新闻一则'])
    expect(warnings).toEqual([{ code: 'untitledArticle', params: { line: 1 } }])
  })

  it('does not take the signature and date of a notice as the next headline’s kicker', () => {
    const { articles } = parse(
      '关于调整办公时间的公告\n\n本报讯 自下月起，办公时间调整为上午九时至下午五时。\n\n特此公告。\n\n某某管理委员会\n\n2024年6月1日\n\n' +
        '新能源车下乡活动启动\n\n本报讯 新能源车下乡活动今天启动。\n',
    )
    expect(articles.map((a) => [a.kicker, a.title])).toEqual([
      [null, '关于调整办公时间的公告'],
      [null, '新能源车下乡活动启动'],
    ])
    expect(texts(articles[0]).slice(-1)).toEqual(['2024年6月1日'])
  })
})

describe('column breaks, jump lines and photos', () => {
  it('joins a paragraph cut after a comma or mid-word, and keeps real paragraph ends', () => {
    const { articles, joins } = parse(
      '夜市经济火起来\n\n本报讯 入夏以来，城区夜市人气旺盛，\n\n周末客流比平时多出三成。\n\n摊主们说，生意比去年好做\n\n多了。\n\n' +
        '市场监管部门加强了巡查。\n',
    )
    expect(joins).toBe(2)
    expect(texts(articles[0])).toEqual([
      '入夏以来，城区夜市人气旺盛，周末客流比平时多出三成。',
      '摊主们说，生意比去年好做多了。',
      '市场监管部门加强了巡查。',
    ])
  })

  it('reads jump lines into the continuation and out of the text', () => {
    const { articles } = parse(
      '科技部部署今年重点工作\n\n（上接第1版）会议指出，要加快推进关键核心技术攻关。（下转第3版）\n\n' +
        '另一篇文章\n\n本报讯 正文。\n\n下转第四版\n',
      '/archive/page.txt',
      ['（上接第1版）', '（下转第3版）', '下转第四版'],
    )
    expect(articles.map((a) => a.continuation)).toEqual([
      { from: 1, to: 3 },
      { from: null, to: 4 },
    ])
    expect(texts(articles[0])).toEqual(['会议指出，要加快推进关键核心技术攻关。'])
  })

  it('makes a photo item of a credit and caption that follow a finished article', () => {
    const { articles } = parse(
      '人才公寓投入使用\n\n本报讯（通讯员 王芳）园区人才公寓昨天投入使用。\n\n首批入住的青年人才表示很满意。\n\n\n\n' +
        '本报记者 赵强 摄\n\n图为青年人才在公寓内参观。\n',
    )
    expect(articles.map((a) => [a.kind, a.title, a.imageCredits])).toEqual([
      ['article', '人才公寓投入使用', []],
      ['photo', null, ['本报记者 赵强 摄']],
    ])
    expect(texts(articles[1])).toEqual(['图为青年人才在公寓内参观。'])
  })

  it('credits the photo of a caption that closes an article, not the article’s byline', () => {
    const { articles } = parse(
      '守护一江清水\n\n本报记者 黄志强\n\n清晨六点，陈建华已经站在了长江边的监测点上。\n\n' +
        '图为陈建华在采集水样。（本报记者 黄志强 摄）\n',
    )
    expect(articles.map((a) => [a.byline, a.authors, a.imageCredits])).toEqual([
      ['本报记者 黄志强', ['黄志强'], ['（本报记者 黄志强 摄）']],
    ])
    expect(texts(articles[0]).at(-1)).toBe('图为陈建华在采集水样。')
  })
})

describe('page metadata', () => {
  it('reads a WeChat article’s header and closing credits as its date and byline', () => {
    const { articles } = parse(
      '江城地铁12号线今日开通\n\n原创 江城发布 2024-06-03 08:00 发表于湖北\n\n' +
        '6月3日上午10时，江城地铁12号线正式开通运营，全长59.9公里。\n\n' +
        '来源：江城日报\n编辑：王小丽\n审核：张大伟\n',
    )
    expect(articles).toHaveLength(1)
    expect(articles[0]).toMatchObject({ title: '江城地铁12号线今日开通', date: '2024-06-03' })
    expect(articles[0]?.authors).toEqual([])
    expect(texts(articles[0])).toEqual([
      '6月3日上午10时，江城地铁12号线正式开通运营，全长59.9公里。',
    ])
    expect(articles[0]?.byline).toContain('审核：张大伟')
  })

  it('reads a page header line and the path, the header winning', () => {
    const { articles } = parse(
      '高新技术产业导报 2023年6月20日 星期二 第5版 园区经济\n\n园区企业举办开放日\n\n本报讯 园区企业昨天举办开放日活动。\n',
      '/archive/2023-06-21/第6版-综合新闻.txt',
      ['高新技术产业导报 2023年6月20日 星期二 第5版 园区经济'],
    )
    expect(articles).toHaveLength(1)
    expect(articles[0]).toMatchObject({
      paper: '高新技术产业导报',
      date: '2023-06-20',
      page: 5,
      section: '园区经济',
    })
  })

  it('reads a file of several pages page by page, each article with its own page', () => {
    const first = '高新技术产业导报 2023年6月20日 第5版 园区经济'
    const second = '高新技术产业导报 2023年6月20日 第6版 科技金融'
    const { articles } = parse(
      `${first}\n\n园区企业举办开放日\n\n本报讯 园区企业昨天举办开放日活动。\n\n` +
        `${second}\n\n科技贷款余额增长\n\n【本报讯】今年以来，科技贷款余额持续增长。\n\n责任编辑：林立\n`,
      '/archive/page.txt',
      [first, second],
    )
    expect(articles.map((a) => [a.title, a.page, a.section, a.byline])).toEqual([
      ['园区企业举办开放日', 5, '园区经济', '本报讯'],
      ['科技贷款余额增长', 6, '科技金融', '【本报讯】 责任编辑：林立'],
    ])
    expect(articles[1]?.authors).toEqual([])
  })

  it('lets the batch metadata from the import dialog win over the file', () => {
    const result = parseFile({
      path: '/archive/2023-06-21/第6版-综合新闻.txt',
      bytes: new TextEncoder().encode(
        '园区企业举办开放日\n\n本报讯 园区企业昨天举办开放日活动。\n',
      ),
      meta: { paper: '科技日报', page: 2 },
    })
    expect(result.ok && result.articles[0]).toMatchObject({
      paper: '科技日报',
      date: '2023-06-21',
      page: 2,
      section: '综合新闻',
    })
  })
})
