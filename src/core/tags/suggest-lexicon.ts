// Word lists for suggested tags. Chinese proper names of places and organisations end in a
// small set of category words (…市, …县, …高新区, …公司, …大学); what precedes them is the name,
// up to the first function word. These lists are linguistic, not taken from any one article.

export type SuggestionKind = 'place' | 'organisation' | 'person'

/** Category words that end a place name, longest first so `高新区` wins over `区`. */
export const placeSuffixes = [
  '特别行政区',
  '自治区',
  '自治州',
  '自治县',
  '自治旗',
  '高新区',
  '开发区',
  '经开区',
  '保税区',
  '新区',
  '街道',
  '省',
  '市',
  '县',
  '区',
  '镇',
  '乡',
  '村',
] as const

/** Category words that end an organisation's name, longest first. */
export const organisationSuffixes = [
  '股份有限公司',
  '有限责任公司',
  '有限公司',
  '公司',
  '集团',
  '委员会',
  '管委会',
  '联合会',
  '基金会',
  '合作社',
  '出版社',
  '报社',
  '电视台',
  '研究院',
  '研究所',
  '研究中心',
  '科学院',
  '事务所',
  '大学',
  '学院',
  '中学',
  '小学',
  '医院',
  '银行',
  '法院',
  '检察院',
  '博物馆',
  '图书馆',
  '协会',
  '学会',
  '商会',
  '政府',
  '局',
  '厅',
  '署',
] as const

/** Two-character words that end in a category word but are no names: `城市`, `格局`, `社区`. */
export const genericEndings = new Set(
  [
    '城市 都市 超市 上市 股市 楼市 车市 门市 集市 夜市 街市 菜市 黑市 早市 开市 休市 闭市 罢市',
    '地区 社区 园区 城区 市区 景区 山区 辖区 片区 郊区 灾区 校区 厂区 矿区 展区 街区 小区 专区',
    '牧区 林区 库区 湾区 老区 误区 盲区 雷区 禁区 分区 营区 院区 园区 陵区 城区 港区 赛区 选区',
    '郡县 州县 城镇 乡镇 集镇 村镇 重镇 坐镇 小镇 古镇 强镇 名镇 城乡 家乡 故乡 下乡 返乡 回乡',
    '老乡 同乡 他乡 异乡 思乡 还乡 水乡 农村 乡村 山村 渔村 小村 进村 驻村 到村 整村 强村 新村',
    '外省 两省 反省 节省 格局 布局 结局 大局 全局 开局 当局 变局 新局 胜局 棋局 骗局 僵局 时局',
    '政局 战局 终局 出局 残局 定局 破局 困局 危局 大厅 餐厅 客厅 展厅 门厅 舞厅 官署 部署 签署',
    '神州 九州 子公司 分公司 总公司 母公司 本公司 新公司 上大学 考大学 军旗 国旗 党旗',
    '下市 省区 市县 县市 区县 县区 镇村 居民区 生活区 工业区 商业区 住宅区 功能区 核心区 中心区',
    '居住区 办公区 服务区 风景区 保护区 试验区 示范区 集聚区 承载区 先行区 实验区 新城区 老城区',
  ].flatMap((line) => line.split(' ')),
)

/** A category word followed by this is part of another word: `随州区域`, `占领市场`, `香港市民`. */
export const continuations = new Set(
  '区域 区间 区别 区分 区块 区位 市场 市值 市民 市面 镇定 镇静 镇压 乡愁 乡亲 乡贤 乡村 乡镇 村民 村庄 村落 局势 局面 局部 局限 局促 厅堂'.split(
    ' ',
  ),
)

/** Whole prefixes that describe rather than name: `当地政府`, `有关部门`, `基层医院`. */
export const genericPrefixes = new Set(
  '当地 地方 各级 基层 有关 相关 上级 下级 本地 外地 全国 国内 国外 境外 海外 属地 所在 所属 附近 周边 城乡'.split(
    ' ',
  ),
)

/** Words that point at a place or body already named (`该市`, `全省`, `我局`): never a name. */
export const determiners = new Set(
  Array.from('该本我这那各全两此其贵每某诸多几一二三四五六七八九十数个'),
)

/**
 * Characters that cannot start a name but often stand right before one: particles,
 * prepositions, conjunctions (`在随州市`, `的余家畈村`, `和浙河镇`).
 */
export const stopCharacters = new Set(
  Array.from('的在和与及了是为对把被从向到由将给让于或并也都就还又据令使跟以至即而但则且等往共、'),
)

/** Verbs and phrases that often stand right before a name (`走进随州`, `位于深圳`). */
export const stopWords = [
  '走进',
  '来到',
  '位于',
  '前往',
  '赶赴',
  '落户',
  '地处',
  '包括',
  '以及',
  '其中',
  '成立',
  '注册',
  '调研',
  '考察',
  '视察',
  '参观',
  '推动',
  '支持',
  '帮助',
  '联合',
  '携手',
  '组织',
  '举办',
  '联系',
  '覆盖',
  '走访',
  '深入',
  '进入',
  '来自',
  '作为',
  '通过',
  '依托',
  '面向',
  '笔者',
  '记者',
  '通讯员',
  '获悉',
  '介绍',
  '表示',
  '发布',
  '宣布',
  '召开',
  '举行',
  '设立',
  '签约',
  '入驻',
  '投资',
  '引进',
  '牵头',
  '委托',
  '获得',
  '荣获',
  '授予',
  '担任',
  '就职',
  '加入',
  '开展',
  '实施',
  '建设',
  '打造',
  '启动',
  '完成',
  '加快',
  '加剧',
]

/** Roles and prefixes around names in a byline: `本报(特约通讯员 刘澜)`, `记者 王某 摄`. */
export const bylineNoise =
  /本报讯|本报|特约通讯员|通讯员|特约记者|见习记者|实习生|首席记者|记者|编辑|责编|摄影|文\/图|文图|摄|文|图|报道|►|▶|■|●|◆|[()（）【】[\]:：,，、·]/gu
