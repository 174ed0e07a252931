// Markdown, HTML and Word: headings become headlines and sub-headings, markup never becomes text.
import { strToU8, zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { parseFile } from '../pipeline'
import type { ParseOutcome } from '../pipeline'
import { makeDocx } from '../testing/make-docx'
import { defaultZipLimits } from './docx/zip'

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text)

function articles(outcome: ParseOutcome) {
  if (!outcome.ok) throw new Error(`failed: ${outcome.error.code}`)
  return outcome.articles.map((a) => ({ title: a.title, subtitle: a.subtitle, blocks: a.blocks }))
}

describe('formats', () => {
  it('refuses other formats and names without an extension, saying which', () => {
    const code = (path: string) => {
      const outcome = parseFile({ path, bytes: utf8('文字') })
      return outcome.ok ? null : outcome.error
    }
    expect(code('/a/报告.pdf')).toEqual({ code: 'unsupportedFormat', params: { extension: 'pdf' } })
    expect(code('/a/README')).toEqual({ code: 'noExtension', params: {} })
    expect(code('/a/稿件.TXT')).toBeNull()
  })
})

describe('Markdown', () => {
  it('takes # headings as headlines and deeper ones as sub-headings', () => {
    const md =
      '# 园区举办开放日\n\n园区企业昨天举办开放日活动。\n\n## 企业展示新产品\n\n多家企业展示了新产品。\n\n# 夜市经济火起来\n\n城区夜市人气旺盛。\n'
    expect(articles(parseFile({ path: 'a.md', bytes: utf8(md) }))).toEqual([
      {
        title: '园区举办开放日',
        subtitle: null,
        blocks: [
          { type: 'paragraph', text: '园区企业昨天举办开放日活动。' },
          { type: 'subhead', text: '企业展示新产品' },
          { type: 'paragraph', text: '多家企业展示了新产品。' },
        ],
      },
      {
        title: '夜市经济火起来',
        subtitle: null,
        blocks: [{ type: 'paragraph', text: '城区夜市人气旺盛。' }],
      },
    ])
  })
  it('drops inline markup from the text: bold, italics, code, links and escapes', () => {
    const md =
      '# 采访笔记：**防汛**一线\n\n**时间**：2024年7月3日，据[新华网](https://x.cn "新华网")报道。\n\n' +
      '水位超过警戒线，*巡堤*队员每隔两小时巡查一次，2*3*4与\\*号照旧，`代码`亦然。\n'
    expect(articles(parseFile({ path: 'notes.md', bytes: utf8(md) }))).toEqual([
      {
        title: '采访笔记：防汛一线',
        subtitle: null,
        blocks: [
          { type: 'paragraph', text: '时间：2024年7月3日，据新华网报道。' },
          {
            type: 'paragraph',
            text: '水位超过警戒线，巡堤队员每隔两小时巡查一次，2*3*4与*号照旧，代码亦然。',
          },
        ],
      },
    ])
  })

  it('reads a digest holding one item: the heading its summary lists is the headline', () => {
    const md =
      '# 晚间新闻 2026年3月2日\n\n## 新闻摘要\n\n1. 春耕备耕有序推进\n\n## 详细新闻\n\n' +
      '### 春耕备耕有序推进\n\n<p>各地抓住农时开展春耕。</p>\n<p>农资供应充足。</p>\n'
    const outcome = parseFile({ path: 'digest.md', bytes: utf8(md) })
    expect(articles(outcome).map(({ title, subtitle }) => ({ title, subtitle }))).toEqual([
      { title: '新闻摘要', subtitle: null },
      { title: '春耕备耕有序推进', subtitle: null },
    ])
    expect(outcome.ok && outcome.articles[1]?.section).toBe('详细新闻')
  })
})

describe('HTML', () => {
  it('reads headings and paragraphs, decodes entities and ignores everything executable', () => {
    const html = `<!doctype html><html><head><title>页面标题</title><style>h1{}</style></head>
      <body onload="steal()"><h1>园区举办开放日</h1><h2>——企业展示新产品</h2>
      <p>园区企业&nbsp;昨天举办开放日活动&amp;展览。<img src=x onerror="alert(1)"></p>
      <script>var secret = '不应导入'</script><noscript>请启用脚本</noscript><!-- 注释 -->
      <p>第一行。<br>第二行。</p><iframe src="https://example.com">框架</iframe></body></html>`
    expect(articles(parseFile({ path: 'page.htm', bytes: utf8(html) }))).toEqual([
      {
        title: '园区举办开放日',
        subtitle: '——企业展示新产品',
        blocks: [
          { type: 'paragraph', text: '园区企业\u00a0昨天举办开放日活动&展览。' },
          { type: 'paragraph', text: '第一行。' },
          { type: 'paragraph', text: '第二行。' },
        ],
      },
    ])
  })

  it('reads the article of a page saved from a news site, not the site around it', () => {
    const paragraph = (n: number) =>
      `<p>第${String(n)}段：我国首艘国产大型邮轮从上海吴淞口国际邮轮港启航，开启商业首航，游客纷纷登船体验。</p>`
    const html = `<html><head><title>我国首艘大型邮轮完成首航_新闻中心_江城网</title></head><body>
      <div class="top-nav"><a href="/">首页</a> | <a href="/news">新闻</a> | <a href="/ent">娱乐</a></div>
      <div class="breadcrumb">当前位置：<a href="/">首页</a> &gt; 正文</div>
      <div class="title">我国首艘大型邮轮完成首航</div>
      <div class="info">2024-01-02 09:30\u3000来源：新华网\u3000作者：张华\u3000责任编辑：李明</div>
      <div class="content">${[1, 2, 3].map(paragraph).join('')}</div>
      <div class="related"><h4>相关新闻</h4><ul><li><a href="/a">邮轮产业迎来新机遇</a></li></ul></div>
      <ul class="list"><li><a href="/b">上海打造国际邮轮之都</a></li><li><a href="/c">更多</a></li></ul>
      <footer>版权所有 © 2024 江城网</footer></body></html>`
    const outcome = parseFile({ path: 'page.html', bytes: utf8(html) })
    expect(articles(outcome)).toEqual([
      {
        title: '我国首艘大型邮轮完成首航',
        subtitle: null,
        blocks: [1, 2, 3].map((n) => ({
          type: 'paragraph',
          text: paragraph(n).replace(/<\/?p>/g, ''),
        })),
      },
    ])
    expect(outcome.ok && outcome.articles[0]).toMatchObject({
      authors: ['张华'],
      paper: '新华网',
      date: '2024-01-02',
    })
  })

  it('keeps to the page’s <article> where it marks one: a weather box around it is left out', () => {
    const html = `<html><body><header><div class="logo"><a href="/">江城网</a></div>
      <div class="weather">今天 晴 25℃</div></header><h1>社区食堂开进老旧小区</h1><article>
      <p>“一荤两素只要12元，味道好还干净。”在江岸区惠民社区食堂，72岁的张奶奶一边吃饭一边说。</p>
      <p>今年以来，我市在老旧小区新建社区食堂46家，重点解决老年人吃饭难的问题。</p>
      <p>据了解，到今年底，全市社区食堂将达到200家，覆盖所有中心城区街道。</p>
      </article><div class="slogan">讲好江城故事</div></body></html>`
    expect(articles(parseFile({ path: 'page.html', bytes: utf8(html) }))).toEqual([
      {
        title: '社区食堂开进老旧小区',
        subtitle: null,
        blocks: [
          {
            type: 'paragraph',
            text: '“一荤两素只要12元，味道好还干净。”在江岸区惠民社区食堂，72岁的张奶奶一边吃饭一边说。',
          },
          {
            type: 'paragraph',
            text: '今年以来，我市在老旧小区新建社区食堂46家，重点解决老年人吃饭难的问题。',
          },
          {
            type: 'paragraph',
            text: '据了解，到今年底，全市社区食堂将达到200家，覆盖所有中心城区街道。',
          },
        ],
      },
    ])
  })

  it('takes headline, date and site from the page head’s OpenGraph properties', () => {
    const html = `<html><head><title>江城网-新闻中心</title>
      <meta property="og:title" content="社区食堂开进老旧小区">
      <meta property="og:site_name" content="江城网">
      <meta property="article:published_time" content="2024-06-03T10:20:00+08:00">
      </head><body><p>今年以来，我市在老旧小区新建社区食堂46家。</p></body></html>`
    const outcome = parseFile({ path: 'page.html', bytes: utf8(html) })
    expect(outcome.ok && outcome.articles.map((a) => [a.title, a.paper, a.date])).toEqual([
      ['社区食堂开进老旧小区', '江城网', '2024-06-03'],
    ])
  })

  it('takes the headline from the page title when nothing in the page marks it', () => {
    const html = `<html><head><title>社区食堂开进老旧小区 - 江城网</title></head><body>
      <p>今年以来，我市在老旧小区新建社区食堂46家。</p></body></html>`
    expect(articles(parseFile({ path: 'page.html', bytes: utf8(html) }))).toEqual([
      {
        title: '社区食堂开进老旧小区',
        subtitle: null,
        blocks: [{ type: 'paragraph', text: '今年以来，我市在老旧小区新建社区食堂46家。' }],
      },
    ])
  })

  it('keeps the articles of a page apart under a <title> that names none of them', () => {
    const html = `<html><head><title>江城日报今日要闻 - 江城网</title></head><body>
      <p><strong>我市启动夏季防汛应急演练</strong></p>
      <p>本报讯（记者 王明）6月2日上午，市防汛抗旱指挥部在长江大堤组织开展夏季防汛应急演练。</p>
      <p><strong>社区食堂开进老旧小区</strong></p>
      <p>本报讯（记者 陈静）今年以来，我市在老旧小区新建社区食堂46家，方便老人吃饭。</p>
      </body></html>`
    const outcome = parseFile({ path: 'page.html', bytes: utf8(html) })
    expect(articles(outcome).map((a) => a.title)).toEqual([
      '我市启动夏季防汛应急演练',
      '社区食堂开进老旧小区',
    ])
  })

  it('reads a page whole when all its text stands in what looks like chrome', () => {
    const html = `<html><body><div class="side-box"><h1>园区举办开放日</h1>
      <p>园区企业昨天举办开放日活动。</p></div></body></html>`
    expect(articles(parseFile({ path: 'page.html', bytes: utf8(html) }))).toEqual([
      {
        title: '园区举办开放日',
        subtitle: null,
        blocks: [{ type: 'paragraph', text: '园区企业昨天举办开放日活动。' }],
      },
    ])
  })

  it('refuses a page with no text', () => {
    const outcome = parseFile({ path: 'a.html', bytes: utf8('<script>alert(1)</script>') })
    expect(outcome.ok ? null : outcome.error.code).toBe('noArticles')
  })
})

describe('labelled-field exports', () => {
  it('reads each record by its fields: headline roles, byline, paper, date, page and section', () => {
    const text =
      '标题：我市启动夏季防汛应急演练\n引题：确保安全度汛\n副标题：12个部门300余人参加\n' +
      '作者：王明 李丽\n来源：《江城日报》\n日期：2024-06-03\n版次：第3版\n栏目：综合新闻\n正文：\n' +
      '6月2日上午，市防汛抗旱指挥部在长江大堤组织开展演练。\n演练设置8个科目。\n\n' +
      '【标题】社区食堂开进老旧小区\n【作者】陈静\n【日期】2024年6月4日\n【版次】A05\n' +
      '【正文】今年以来，我市新建社区食堂46家。\n'
    const outcome = parseFile({ path: 'export.txt', bytes: utf8(text) })
    if (!outcome.ok) throw new Error(outcome.error.code)
    expect(
      outcome.articles.map((a) => [
        a.kicker,
        a.title,
        a.subtitle,
        a.authors,
        a.paper,
        a.date,
        a.page,
      ]),
    ).toEqual([
      [
        '确保安全度汛',
        '我市启动夏季防汛应急演练',
        '12个部门300余人参加',
        ['王明', '李丽'],
        '江城日报',
        '2024-06-03',
        3,
      ],
      [null, '社区食堂开进老旧小区', null, ['陈静'], null, '2024-06-04', 5],
    ])
    expect(outcome.articles[0]?.section).toBe('综合新闻')
    expect(outcome.articles.map((a) => a.blocks.map((b) => b.text))).toEqual([
      ['6月2日上午，市防汛抗旱指挥部在长江大堤组织开展演练。', '演练设置8个科目。'],
      ['今年以来，我市新建社区食堂46家。'],
    ])
  })

  it('leaves an article alone whose lines merely start with a label', () => {
    const text =
      '社区食堂开进老旧小区\n\n来源：江城日报\n\n作者：陈静\n\n今年以来，我市新建社区食堂46家。\n'
    const outcome = parseFile({ path: 'a.txt', bytes: utf8(text) })
    expect(outcome.ok && outcome.articles.map((a) => a.title)).toEqual(['社区食堂开进老旧小区'])
  })
})

describe('Word documents', () => {
  it('takes headings from paragraph styles named in styles.xml, runs joined', () => {
    const docx = makeDocx([
      { text: '园区举办开放日', style: '1' },
      { text: '园区企业昨天举办开放日活动。' },
      { text: '企业展示新产品', style: '2' },
      { text: '多家企业展示了新产品。' },
      { text: '夜市经济火起来', style: 'a3' },
      { text: '城区夜市人气旺盛。' },
    ])
    const outcome = parseFile({ path: '稿件.docx', bytes: docx })
    expect(outcome.ok && outcome.encoding).toBe('utf-8')
    expect(articles(outcome).map((a) => [a.title, a.blocks.map((b) => b.type)])).toEqual([
      ['园区举办开放日', ['paragraph', 'subhead', 'paragraph']],
      ['夜市经济火起来', ['paragraph']],
    ])
  })

  it('reads a text box once, though Word writes it again for older readers', () => {
    const run = (text: string) => `<w:r><w:t>${text}</w:t></w:r>`
    const box = (text: string) => `<w:txbxContent><w:p>${run(text)}</w:p></w:txbxContent>`
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
<w:document xmlns:w="w" xmlns:mc="mc"><w:body>
<w:p><w:pPr><w:pStyle w:val="1"/></w:pPr>${run('园区举办开放日')}</w:p>
<w:p>${run('园区企业昨天举办开放日活动。')}<w:r><mc:AlternateContent>
<mc:Choice Requires="wps"><w:drawing>${box('图为开放日现场。')}</w:drawing></mc:Choice>
<mc:Fallback><w:pict>${box('图为开放日现场。')}</w:pict></mc:Fallback>
</mc:AlternateContent></w:r></w:p></w:body></w:document>`
    const outcome = parseFile({ path: '稿件.docx', bytes: makeDocx([], utf8(xml)) })
    expect(articles(outcome).map((a) => a.blocks.map((b) => b.text))).toEqual([
      ['园区企业昨天举办开放日活动。', '图为开放日现场。'],
    ])
  })

  it('refuses a file that is not a zip, a zip without a document, and a zip bomb', () => {
    const code = (bytes: Uint8Array): string | null => {
      const outcome = parseFile({ path: 'x.docx', bytes })
      return outcome.ok ? null : outcome.error.code
    }
    expect(code(utf8('这不是压缩包'))).toBe('docxNotZip')
    expect(code(zipSync({ 'xl/workbook.xml': strToU8('<workbook/>') }))).toBe('docxNoDocument')
    expect(code(makeDocx([], new Uint8Array(8 * 1024 * 1024).fill(0x20)))).toBe('docxZipBomb')
  })

  it('never inflates past the size an entry declares', () => {
    const honest = makeDocx([{ text: '园区举办开放日' }, { text: '园区企业昨天举办开放日活动。' }])
    // Shrink the declared size of word/document.xml in the central directory: a lying archive.
    const lying = honest.slice()
    const view = new DataView(lying.buffer)
    for (let at = lying.length - 22; at >= 0; at--) {
      if (view.getUint32(at, true) !== 0x02014b50) continue
      const nameLength = view.getUint16(at + 28, true)
      const name = new TextDecoder().decode(lying.subarray(at + 46, at + 46 + nameLength))
      if (name === 'word/document.xml') view.setUint32(at + 24, 100, true)
    }
    const outcome = parseFile({ path: 'x.docx', bytes: lying, zipLimits: defaultZipLimits })
    expect(outcome.ok ? 'imported' : outcome.error.code).toBe('docxZipBomb')
  })
})
