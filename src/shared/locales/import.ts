// Import messages: why a file failed, what to check, and the parse command's own words.
// Keys under `error` and `warning` are the codes of src/core/import/codes.ts. A file-system
// failure names its sentence in `app:systemError` (src/shared/system-error.ts) by `system`.
import { defineMessages } from './types'

export const importMessages = defineMessages({
  'zh-CN': {
    error: {
      emptyFile: '文件是空的，没有可导入的文字。',
      notText: '这不是文本文件（含有二进制内容）。',
      binaryFormat: '这不是文本文件，而是 {{format}} 文件。',
      undecodable: '无法识别文件的编码。请在导入对话框中为该文件选择编码后重新导入。',
      unsupportedFormat:
        '不支持“.{{extension}}”格式。可导入的格式：.txt、.md、.html、.htm、.docx。',
      noExtension: '文件名没有扩展名，无法判断格式。可导入的格式：.txt、.md、.html、.htm、.docx。',
      tooLarge: '文件太大（{{size}}），超过了此类文件 {{limit}} 的上限。请拆分后再导入。',
      unreadable: '无法读取文件：$t(app:systemError.{{system}})',
      notRegularFile: '这不是普通文件（而是设备、管道或套接字），已跳过。',
      notFound: '找不到文件（可能已被移动或删除，或是失效的快捷方式）。',
      isDirectory: '这是一个文件夹，不是文件。',
      symlinkLoop: '文件夹链接形成了循环（指向 {{target}}），已跳过。',
      outsideGrant: '这是一个链接，指向所选文件夹以外的位置（{{target}}），已跳过，没有读取。',
      docxNotZip: '这个 .docx 文件已损坏或不是真正的 Word 文档（不是 ZIP 压缩包）。',
      docxZipBomb: '这个 .docx 文件解压后过大，可能是恶意文件，已拒绝导入。',
      docxNoDocument: '这个 .docx 文件里没有 Word 正文（缺少 word/document.xml）。',
      noArticles: '文件里没有找到任何文字。',
      parseFailed: '解析这个文件时出了意外的错误，已跳过。',
    },
    warning: {
      invalidUtf8:
        '文件按 UTF-8 读取，但有 {{count}} 个字节无效（第一个在第 {{offset}} 字节），已用 � 代替。',
      replacementChars:
        '有 {{count}} 个字符无法按所选编码解读，已用 � 代替。可以换一种编码重新导入。',
      untitledArticle: '第 {{line}} 行起的文章没有找到标题，已作为无标题文章导入。',
      ambiguousHeading:
        '第 {{line}} 行“{{text}}”可能是新文章的标题，已作为上一篇文章的小标题保留。',
      textKept: '第 {{line}} 行起的文章未能按版式完整拆分，已按原文逐段保留，请核对标题和段落。',
    },
    cli: {
      usage: '用法：npm run --silent parse -- [--lang zh-CN|en] [--encoding 编码] 文件或文件夹...',
      unknownEncoding: '不支持的编码“{{encoding}}”。可选：{{choices}}。',
      noFiles: '没有找到可导入的文件。',
      summary: '{{files}} 个文件，{{articles}} 篇文章，{{failed}} 个文件失败。',
      warningLine: '{{file}}：{{message}}',
    },
  },
  en: {
    error: {
      emptyFile: 'The file is empty: there is no text to import.',
      notText: 'This is not a text file (it contains binary data).',
      binaryFormat: 'This is not a text file but a {{format}} file.',
      undecodable:
        'The text encoding could not be recognised. Choose an encoding for this file in the import dialog and import it again.',
      unsupportedFormat:
        'The “.{{extension}}” format is not supported. Supported formats: .txt, .md, .html, .htm, .docx.',
      noExtension:
        'The file name has no extension, so its format is unknown. Supported formats: .txt, .md, .html, .htm, .docx.',
      tooLarge:
        'The file is too large ({{size}}); the limit for this kind of file is {{limit}}. Split it and import the parts.',
      unreadable: 'The file could not be read: $t(app:systemError.{{system}})',
      notRegularFile: 'This is not a regular file (but a device, pipe or socket); skipped.',
      notFound: 'The file was not found (moved or deleted, or a broken link).',
      isDirectory: 'This is a folder, not a file.',
      symlinkLoop: 'A folder link forms a loop (it points to {{target}}); skipped.',
      outsideGrant:
        'This is a link to a place outside the folders you chose ({{target}}); it was skipped and not read.',
      docxNotZip:
        'This .docx file is damaged or not a real Word document (it is not a ZIP archive).',
      docxZipBomb:
        'This .docx file would expand to an unreasonable size and may be malicious; it was refused.',
      docxNoDocument: 'This .docx file holds no Word body text (word/document.xml is missing).',
      noArticles: 'No text was found in the file.',
      parseFailed: 'Reading this file failed unexpectedly; it was skipped.',
    },
    warning: {
      invalidUtf8:
        'The file was read as UTF-8, but {{count}} bytes were invalid (the first at byte {{offset}}); they were replaced with �.',
      replacementChars:
        '{{count}} characters could not be read in the chosen encoding and were replaced with �. Try importing with another encoding.',
      untitledArticle:
        'No headline was found for the article starting at line {{line}}; it was imported untitled.',
      ambiguousHeading:
        'Line {{line}} “{{text}}” may be the headline of a new article; it was kept as a sub-heading of the previous one.',
      textKept:
        'The article starting at line {{line}} could not be split into its parts; its text was kept paragraph by paragraph as written. Check its headline and paragraphs.',
    },
    cli: {
      usage:
        'Usage: npm run --silent parse -- [--lang zh-CN|en] [--encoding NAME] FILE_OR_FOLDER...',
      unknownEncoding: 'Unsupported encoding “{{encoding}}”. Choose one of: {{choices}}.',
      noFiles: 'No importable files were found.',
      summary: '{{files}} files, {{articles}} articles, {{failed}} files failed.',
      warningLine: '{{file}}: {{message}}',
    },
  },
})
