// Chinese surnames, for telling a list of names from a list of short phrases where nothing else
// tells them apart: `■ 钟克波 郭海洲` signs an article, `■ 智慧平台 实时调度` heads a section.
// The common single surnames (together far above 99 % of Han Chinese) and the compound ones, in
// simplified form; traditional pages are folded to it character by character.
import { simplifyCodePoint } from '../../search/traditional'

const single = new Set(
  (
    '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖萧田董袁潘于蒋蔡余' +
    '杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙' +
    '史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟' +
    '殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛' +
    '靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜' +
    '冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查' +
    '麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚' +
    '花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿' +
    '薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭' +
    '干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由拉次格扎尼达旦才泽央多益德强白玛热吐买艾' +
    '努依古孜迪麦凤竺訾雒郦蔚琚璩苻逄郗訾阎昌越苍双闻莘党翟谭贡劳逄姬申扶堵冉宰郦雍却璩桑' +
    '桂濮牛寿通边扈燕冀郏浦尚农温别庄晏柴瞿阎充慕连茹习宦艾鱼容向古易慎戈廖庾终暨居衡步都' +
    '耿满弘匡国文寇广禄阙东殴殳沃利蔚越夔隆师巩厍聂晁勾敖融冷訾辛阚那简饶空曾毋沙乜养鞠须' +
    '丰巢关蒯相查后荆红游竺权逯盖益桓公仉督岳帅缑亢况郈有琴归海晋楚闫法汝鄢涂钦商牟佘佴伯' +
    '赏墨哈谯笪年爱阳佟言福励巨莽'
  )
    .split('')
    .map((char) => char.codePointAt(0) ?? 0),
)

const compound = new Set(
  (
    '欧阳 司马 上官 诸葛 东方 皇甫 尉迟 公孙 慕容 令狐 长孙 宇文 夏侯 端木 澹台 司徒 申屠 ' +
    '轩辕 独孤 南宫 西门 呼延 万俟 闻人 太史 百里 东郭 公羊 赫连 拓跋 钟离 宗政 濮阳 淳于 ' +
    '单于 司空 仲孙 乐正 巫马 公西 漆雕 左丘 第五 谷梁 梁丘 羊舌 微生 公冶 子车 颛孙 壤驷 ' +
    '司寇 东门 西门 南门 呼和 爱新'
  ).split(' '),
)

/** The first `count` characters' code points, folded to simplified form. */
function leadingCodePoints(name: string, count: number): number[] {
  const points: number[] = []
  for (const char of name) {
    if (points.length === count) break
    points.push(simplifyCodePoint(char.codePointAt(0) ?? 0))
  }
  return points
}

/** The name opens with a surname: a compound one (`欧阳晓`), or a single one on a name of two or
 * three characters, or two single ones on a four-character name (`范徐丽泰`). */
export function startsWithSurname(name: string): boolean {
  const length = Array.from(name).length
  const [first = 0, second = 0] = leadingCodePoints(name, 2)
  if (length >= 3 && compound.has(String.fromCodePoint(first, second))) return true
  if (!single.has(first)) return false
  return length <= 3 || single.has(second)
}
