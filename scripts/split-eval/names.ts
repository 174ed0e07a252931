// Invented names, organisations and places for the credit, byline and dateline lines the page
// generator adds: never copied from the corpus.
import type { Random } from '../../src/shared/random'
import { randomInt } from '../../src/shared/random'

const surnames =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤'
const given =
  '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红娥玲丹梅鑫波斌宇浩凯健俊帆帅旭宁龙林欣晨辉鹏晶亮佳倩琳雪飞婷瑶阳峰博'
const agencies = ['人民视觉', '新华社发', '视觉中国', '本报资料图片', '影像中国']
const sites = ['人民网', '新华网', '光明网', '央视网', '中国新闻网']
const cities = ['北京', '上海', '南京', '武汉', '成都', '西安', '广州', '杭州', '长沙', '昆明']

export const pick = <T>(random: Random, list: readonly T[]): T =>
  list[randomInt(random, list.length)] as T

export function personName(random: Random): string {
  const length = random() < 0.3 ? 1 : 2
  let name = pick(random, Array.from(surnames))
  for (let i = 0; i < length; i++) name += pick(random, Array.from(given))
  return name
}

/** A two-character name printed with a space between, as papers align names (`徐`, U+3000, `驰`). */
const spaced = (name: string): string =>
  Array.from(name).length === 2 ? Array.from(name).join('\u3000') : name

/** A credit or editor line that closes an article or a photo: the kinds papers print. */
export function creditLine(random: Random): string {
  const name = personName(random)
  const kinds: (() => string)[] = [
    () => `制图：${name}`,
    () => `版式设计：${name}`,
    () => '——编 者',
    () => `——${pick(random, sites)}`,
    () => `本报记者 ${name}整理`,
    () => `${spaced(name)}图 ${spaced(personName(random))}文`,
    () => `${name}摄（${pick(random, agencies)}）`,
    () => `（新华社记者${name}摄）`,
    () => `本报记者 ${name}摄`,
    () => `图片来源：${pick(random, sites)}`,
    () => `数据来源：国家统计局`,
    () => `（${pick(random, cities)}${name}整理）`,
  ]
  return pick(random, kinds)()
}

export function bylineLine(random: Random): string {
  const names = [personName(random), personName(random)].slice(0, 1 + randomInt(random, 2))
  return pick(random, [
    `► ${names.join(' ')}`,
    `本报记者\u3000${names.join('\u3000')}`,
    `文/${names.join(' ')}`,
  ])
}

export function datelineCloser(random: Random, date: string): string {
  const [, month, day] = date.split('-').map(Number)
  return `（新华社${pick(random, cities)}${String(month)}月${String(day)}日电）`
}

export function trailingAuthors(random: Random): string {
  return [personName(random), personName(random)].slice(0, 1 + randomInt(random, 2)).join(' ')
}

/** A photo's credit: `图片来源:某某`, `本报记者 某某摄`, `某某摄（某某视觉）`. */
export function photoCredit(random: Random): string {
  const name = personName(random)
  return pick(random, [
    `图片来源:${pick(random, sites)}`,
    `本报记者 ${name}摄`,
    `${name}摄（${pick(random, agencies)}）`,
    `（新华社记者${name}摄）`,
  ])
}
