// Papers as file names abbreviate them (pinyin initials, or the paper's English name): the first
// word of `rmrb-20200502-p01.txt` or a folder `gmrb/2020-05-02/` names the paper.

const abbreviations: Readonly<Record<string, string>> = {
  rmrb: '人民日报',
  rmrbhwb: '人民日报海外版',
  peopledaily: '人民日报',
  gmrb: '光明日报',
  gmw: '光明日报',
  jjrb: '经济日报',
  jfjb: '解放军报',
  xxsb: '学习时报',
  studytimes: '学习时报',
  xhmrdx: '新华每日电讯',
  zgqnb: '中国青年报',
  kjrb: '科技日报',
  grrb: '工人日报',
  nmrb: '农民日报',
  fzrb: '法治日报',
  zgjyb: '中国教育报',
  jkb: '健康报',
  zgwhb: '中国文化报',
  chinadaily: '中国日报',
  bjrb: '北京日报',
  bjwb: '北京晚报',
  jfrb: '解放日报',
  whb: '文汇报',
  xmwb: '新民晚报',
  ycwb: '羊城晚报',
  nfrb: '南方日报',
  nfdsb: '南方都市报',
  nfzm: '南方周末',
  dskb: '都市快报',
  zjrb: '浙江日报',
  hbrb: '湖北日报',
  cjrb: '长江日报',
  scrb: '四川日报',
  xjb: '新京报',
  ckxx: '参考消息',
  hqsb: '环球时报',
  xwlb: '新闻联播',
}

/** The paper a path segment's first word abbreviates (`rmrb-20200502-p01` → 人民日报), or null. */
export function paperFromAbbreviation(segment: string): string | null {
  const word = /^[A-Za-z]+/.exec(segment)?.[0]?.toLowerCase()
  return word ? (abbreviations[word] ?? null) : null
}
