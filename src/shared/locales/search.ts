// Search messages. Query errors are keyed by the core's QueryErrorCode; {{field}} and {{value}}
// come from the error's params.
import { defineMessages } from './types'

export const searchMessages = defineMessages({
  'zh-CN': {
    placeholder: '搜索标题、正文……（空格表示“并且”，OR 表示“或者”，-词 表示排除）',
    results: '共 {{count}} 篇，用时 {{ms}} 毫秒',
    resultsPartial: '已找到 {{count}} 篇，仍在搜索……',
    resultsIndexing: '已找到 {{count}} 篇；另有 {{pending}} 篇正在编入索引，稍后一并搜索……',
    noneYet: '已编入索引的文章中暂未找到；另有 {{pending}} 篇正在编入索引……',
    noResults: '没有找到包含“{{query}}”的文章',
    loading: '正在载入搜索索引（{{done}}/{{total}}）……',
    rebuilding: '正在重建搜索索引（{{done}}/{{total}}）……',
    sort: { relevance: '按相关度', newest: '最新在前', oldest: '最早在前' },
    facets: {
      tags: '标签',
      authors: '作者',
      papers: '报纸',
      sections: '栏目',
      years: '年份',
      months: '月份',
    },
    errors: {
      unclosedQuote: '引号没有闭合',
      unclosedParen: '括号没有闭合',
      unexpectedParen: '多余的右括号',
      emptyGroup: '括号里没有内容',
      missingOperand: '运算符前后缺少搜索词',
      emptyPhrase: '引号里没有可搜索的内容',
      emptyField: '“{{field}}:” 后面缺少内容',
      invalidDate: '无法识别的日期“{{value}}”，可写 2023、2023-06、2023-06-01..2023-06-30 或 >2022',
      invalidPage: '无法识别的版次“{{value}}”，请写数字，例如 版:3',
    },
  },
  en: {
    placeholder: 'Search headlines and text… (space = AND, OR = either, -word excludes)',
    results_one: '{{count}} article in {{ms}} ms',
    results_other: '{{count}} articles in {{ms}} ms',
    resultsPartial: '{{count}} found so far, still searching…',
    resultsIndexing: '{{count}} found so far; {{pending}} more articles are being indexed…',
    noneYet: 'Nothing found yet; {{pending}} more articles are being indexed…',
    noResults: 'No article contains “{{query}}”',
    loading: 'Loading the search index ({{done}}/{{total}})…',
    rebuilding: 'Rebuilding the search index ({{done}}/{{total}})…',
    sort: { relevance: 'Best match', newest: 'Newest first', oldest: 'Oldest first' },
    facets: {
      tags: 'Tags',
      authors: 'Authors',
      papers: 'Papers',
      sections: 'Sections',
      years: 'Years',
      months: 'Months',
    },
    errors: {
      unclosedQuote: 'A quotation mark is not closed',
      unclosedParen: 'A parenthesis is not closed',
      unexpectedParen: 'Unexpected closing parenthesis',
      emptyGroup: 'Nothing inside the parentheses',
      missingOperand: 'An operator is missing a search term',
      emptyPhrase: 'Nothing to search for inside the quotation marks',
      emptyField: 'Nothing after “{{field}}:”',
      invalidDate:
        'Unrecognised date “{{value}}”: use 2023, 2023-06, 2023-06-01..2023-06-30 or >2022',
      invalidPage: 'Unrecognised page “{{value}}”: use a number, e.g. page:3',
    },
  },
})
