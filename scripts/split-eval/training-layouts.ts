// Variations the trainer adds to the scored layouts, so the labeller learns the general problem
// rather than one generator's habits: other indentations, articles without a blank line between
// them or with a rule, indented fixture pages, pages whose items have no dateline.
import type { Layout } from './layouts'
import { exportLayout, fixtureLayout, layouts } from './layouts'
import type { SourcePage } from './corpus'

const rewrite =
  (layout: Layout, change: (text: string) => string): Layout =>
  (page, articles, options) =>
    layout(page, articles, options).map((file) => ({
      ...file,
      bytes: new TextEncoder().encode(change(new TextDecoder().decode(file.bytes))),
    }))

/** Blank lines between articles dropped (a crawl concatenated): only indentation tells. */
const noBlank: Layout = (page, articles, options) =>
  exportLayout('\u3000\u3000')(page, articles, options).map((file) => {
    const text = new TextDecoder().decode(file.bytes).split('\n')
    const keep = text.map((line, index) => line !== '' || index === text.length - 1)
    return {
      ...file,
      bytes: new TextEncoder().encode(text.filter((_, index) => keep[index]).join('\n')),
      labels: file.labels?.filter((_, index) => keep[index]),
    }
  })

/** A rule line instead of the blank line between articles. */
const ruled: Layout = (page, articles, options) =>
  exportLayout('')(page, articles, options).map((file) => {
    const text = new TextDecoder().decode(file.bytes).split('\n')
    return {
      ...file,
      bytes: new TextEncoder().encode(
        text
          .map((line, index) =>
            line === '' && index > 1 && index < text.length - 1 ? '——————————' : line,
          )
          .join('\n'),
      ),
    }
  })

const sections = [
  '要闻',
  '综合',
  '国内',
  '国际',
  '经济',
  '社会',
  '文化',
  '体育',
  '评论',
  '理论',
  '园区经济',
  '地方新闻',
]

/** Fixture pages whose header lines stand together, some under the page's section name. */
const fixtureCompactHeader: Layout = (page, articles, options) =>
  fixtureLayout(page, articles, {
    ...options,
    compactHeader: true,
    section:
      options.random() < 0.3 ? sections[Math.floor(options.random() * sections.length)] : undefined,
  })

export const trainingLayouts: Readonly<Record<string, Layout>> = {
  'fixture-compact-header': fixtureCompactHeader,
  'export-indented': layouts['export-indented'] as Layout,
  'export-plain': layouts['export-plain'] as Layout,
  'export-spaces': exportLayout('    '),
  'export-no-blank': noBlank,
  'export-ruled': ruled,
  fixture: fixtureLayout,
  'fixture-indented': rewrite(fixtureLayout, (text) =>
    text.replace(/^(?=[^\n])/gm, '\u3000\u3000'),
  ),
  single: layouts.single as Layout,
}

const openers = /^(?:央视网消息（新闻联播）：|本报[\u4e00-\u9fff]{0,8}\d{1,2}月\d{1,2}日电\s*)/

/** Some pages' items lose their datelines: headlines must be found without them too. */
export function withoutDatelines(page: SourcePage): SourcePage {
  return {
    ...page,
    items: page.items.map((item) => ({
      ...item,
      paragraphs: item.paragraphs.map((paragraph, index) =>
        index === 0 ? paragraph.replace(openers, '') || paragraph : paragraph,
      ),
    })),
  }
}
