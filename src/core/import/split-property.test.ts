// "Nothing lost, by construction", thrown at the splitter thousands of times: generated pages of
// every layout (header groups of one to three lines, sub-headings, bylines, credits, column
// breaks, blank-line noise, indentation, Markdown and HTML) must come out with every non-space
// character in exactly one field of one article. The text is invented from a fixed alphabet.
import { describe, expect, it } from 'vitest'
import { parseFile } from './pipeline'
import { randomInt, seededRandom } from '../../shared/random'
import type { Random } from '../../shared/random'
import { accountFor } from './testing/accounting'

const han =
  '发展建设改革创新经济社会文化生态城市乡村企业人民群众工作会议政策服务产业科技教育医疗交通项目'
const pick = (random: Random, text: string): string => text.charAt(randomInt(random, text.length))

function words(random: Random, length: number): string {
  let out = ''
  for (let i = 0; i < length; i++) out += pick(random, han)
  return out
}

function sentence(random: Random): string {
  const parts = 1 + randomInt(random, 4)
  const clauses = Array.from({ length: parts }, () => words(random, 4 + randomInt(random, 12)))
  return clauses.join(pick(random, '，，、；')) + pick(random, '。。。！？')
}

function paragraph(random: Random): string {
  return Array.from({ length: 1 + randomInt(random, 4) }, () => sentence(random)).join('')
}

const extras = [
  () => '► 张明 李华',
  () => '本报记者 王强',
  () => '制图：赵敏',
  () => '图片来源:新华网',
  () => '——编 者',
  () => '（作者为某大学教授）',
  () => '2024年6月1日',
  () => '本报北京6月1日电（记者周涛）',
]

interface Generated {
  text: string
  path: string
  content: string[]
}

function articleLines(random: Random): string[] {
  const header = Array.from({ length: 1 + randomInt(random, 3) }, (_, i) =>
    i === 1 && random() < 0.3 ? `——${words(random, 8)}` : words(random, 4 + randomInt(random, 14)),
  )
  const lines = [...header]
  const paragraphs = 1 + randomInt(random, 8)
  for (let p = 0; p < paragraphs; p++) {
    if (random() < 0.15) lines.push(words(random, 4 + randomInt(random, 8)))
    if (random() < 0.1)
      lines.push((extras[randomInt(random, extras.length)] ?? extras[0])?.() ?? '')
    const text = (random() < 0.2 ? '本报讯 ' : '') + paragraph(random)
    if (random() < 0.2 && text.length > 12) {
      const at = 2 + randomInt(random, text.length - 4)
      lines.push(text.slice(0, at), text.slice(at))
    } else lines.push(text)
  }
  return lines
}

function textPage(random: Random): Generated {
  const articles = Array.from({ length: 1 + randomInt(random, 6) }, () => articleLines(random))
  const everyLine = random() < 0.5
  const indent = random() < 0.5 ? '\u3000\u3000' : ''
  const rows: string[] = random() < 0.3 ? [''] : []
  for (const lines of articles) {
    for (const [i, line] of lines.entries()) {
      rows.push((i > 0 && indent && random() < 0.8 ? indent : '') + line)
      if (everyLine || random() < 0.05)
        rows.push(...Array<string>(1 + randomInt(random, 3)).fill(''))
    }
    if (!everyLine) rows.push('')
  }
  return {
    text: rows.join(random() < 0.2 ? '\r\n' : '\n'),
    path: '/a/page.txt',
    content: articles.flat(),
  }
}

function markupPage(random: Random, format: 'md' | 'html'): Generated {
  const articles = Array.from({ length: 1 + randomInt(random, 5) }, () => articleLines(random))
  const rows: string[] = []
  for (const lines of articles) {
    lines.forEach((line, i) => {
      const heading = i === 0 || (random() < 0.1 && i < 3)
      const level = 1 + randomInt(random, 3)
      if (format === 'md') rows.push(heading ? `${'#'.repeat(level)} ${line}` : line, '')
      else rows.push(heading ? `<h${String(level)}>${line}</h${String(level)}>` : `<p>${line}</p>`)
    })
  }
  return { text: rows.join('\n'), path: `/a/page.${format}`, content: articles.flat() }
}

describe('nothing lost', () => {
  it('keeps every character of 3,000 generated pages in every layout', () => {
    const random = seededRandom(20261201)
    const failures: string[] = []
    for (let n = 0; n < 3000; n++) {
      const kind = randomInt(random, 4)
      const page = kind < 2 ? textPage(random) : markupPage(random, kind === 2 ? 'md' : 'html')
      const result = parseFile({ path: page.path, bytes: new TextEncoder().encode(page.text) })
      const counted = result.ok
        ? accountFor(page.content.join('\n'), result.articles, { sections: true })
        : null
      if (!counted || counted.missing !== '' || counted.extra !== '')
        failures.push(`${JSON.stringify(counted)} in ${page.path}:\n${page.text}`)
    }
    expect(failures.slice(0, 1)).toEqual([])
    // About 4 s alone, more on a busy 2-core machine: Vitest's 5 s default is too tight.
  }, 120_000)
})
