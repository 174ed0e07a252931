// Bureau sync: the 团队共享 settings and the status line.
import { defineMessages } from './types'

export const syncMessages = defineMessages({
  'zh-CN': {
    toolbar: '团队共享',
    toolbarState: {
      syncing: '团队共享 · 同步中',
      idle: '团队共享 · 已同步',
      offline: '团队共享 · 离线',
      failed: '团队共享 · 出错',
      paused: '团队共享 · 已暂停',
    },
    title: '团队共享',
    intro:
      '与编辑部的同事共用一个档案：文章、标签、笔记、保存的搜索和文集经编辑部的 CouchDB 服务器同步。离线时照常工作，连上服务器后自动同步；两边改过的同一字段两个版本都保留，由您选择。',
    url: '服务器地址',
    urlHint: '例如 https://archive.bureau.example（本机测试可用 http://127.0.0.1:5984）',
    database: '编辑部数据库',
    user: '用户名',
    password: '密码',
    passwordKept: '密码只保存在本机系统钥匙串中，界面与档案里都没有。',
    connect: '保存并连接',
    connecting: '正在连接……',
    connected: '已连接 {{url}} 的数据库 {{database}}（用户 {{user}}）。',
    syncNow: '立即同步',
    pause: '暂停同步',
    disconnect: '断开',
    close: '关闭',
    status: {
      off: '尚未设置服务器：档案只在这台电脑上。',
      syncing: '正在同步：已收到 {{pulled}} 项，已发送 {{pushed}} 项……',
      idle: '已同步（{{when}}）。',
      idleNever: '已连接，尚未同步。',
      offline: '离线：连不上服务器，稍后自动重试。本机的改动都保存着，连上后发送。',
      paused: '已暂停：已收到和已发送的都保存着，点“立即同步”从这里继续。',
      failed: {
        unauthorized: '服务器拒绝了这个用户名或密码，请重新输入。',
        noServer: '尚未设置服务器。',
        server: '服务器的回答无法使用，请联系管理员。',
        storage: '本机档案无法写入同步结果（磁盘已满？）；档案未受影响。',
        unreachable: '连不上服务器。',
      },
    },
    pending: '待发送 {{count}} 项。',
    conflicts: '这次同步有 {{count}} 篇文章两边都改过，请在“冲突”中选择版本。',
    revived: '有 {{count}} 篇同事删除的文章因在本机改过而保留，并已发回编辑部。',
    broughtBack: '有 {{count}} 篇在本机删除的文章因同事修改过，又同步回来了。保留，还是再次删除？',
    keepBroughtBack: '保留',
    deleteBroughtBack: '再次删除',
    rejected: '服务器上有 {{count}} 项内容不是有效的档案记录，没有收下。',
    takenOff:
      '有 {{count}} 篇文章经同事修改后不在本机保留的范围内了，已从本机移除（服务器上仍在）。',
    scope: {
      legend: '本机保留',
      whole: '编辑部的全部文章',
      part: '只保留其中一部分（同时满足所填各项）',
      papers: '报纸',
      papersHint: '多个用顿号或逗号分开，例如：人民日报、光明日报',
      tags: '部门标签',
      tagsHint: '含其下的所有标签，例如：部门/经济',
      fromYear: '从（年）',
      toYear: '到（年）',
      hint: '本机新增和修改的文章不论是否在范围内都会发送给同事；标签、保存的搜索和文集总是全部保留。',
      save: '保存范围',
      saving: '正在保存……',
      saved:
        '已保存本机保留的范围；移除了 {{count}} 篇范围之外、服务器上已有的文章，下次同步补齐范围之内的。',
      invalid: '年份须是 1800 到 2200 之间的整数，且“从”不晚于“到”；名称不超过 50 个。',
      failed: '本机档案无法写入（磁盘已满？）；范围没有改变。',
    },
    errors: {
      invalidUrl: '服务器地址不是有效的网址。',
      notHttps: '服务器地址必须以 https:// 开头（只有本机 127.0.0.1 可用 http://）。',
      credentialsInUrl: '请不要把用户名和密码写进地址，请填在下面的栏里。',
      invalidDatabase: '数据库名只能用小写字母、数字和 _$()+-/，并以字母开头。',
      noKeychain: '这台电脑的系统钥匙串不可用，无法安全地保存密码。',
      unauthorized: '服务器拒绝了这个用户名或密码。',
      noDatabase: '服务器上没有这个数据库，请向管理员确认名称。',
      unreachable: '连不上这个服务器：请检查地址和网络。',
    },
  },
  en: {
    toolbar: 'Team sharing',
    toolbarState: {
      syncing: 'Team sharing · syncing',
      idle: 'Team sharing · in sync',
      offline: 'Team sharing · offline',
      failed: 'Team sharing · problem',
      paused: 'Team sharing · paused',
    },
    title: 'Team sharing',
    intro:
      'Share one archive with the bureau: articles, tags, notes, saved searches and collections sync through the bureau’s CouchDB server. Work offline as usual; syncing resumes when the server can be reached. A field changed on both sides keeps both versions for you to choose.',
    url: 'Server address',
    urlHint:
      'e.g. https://archive.bureau.example (http://127.0.0.1:5984 for a test on this machine)',
    database: 'Bureau database',
    user: 'User name',
    password: 'Password',
    passwordKept:
      'The password is kept only in this computer’s system keychain, never in the interface or the archive.',
    connect: 'Save and connect',
    connecting: 'Connecting…',
    connected: 'Connected to database {{database}} at {{url}} (user {{user}}).',
    syncNow: 'Sync now',
    pause: 'Pause sync',
    disconnect: 'Disconnect',
    close: 'Close',
    status: {
      off: 'No server set: the archive is on this computer only.',
      syncing: 'Syncing: {{pulled}} received, {{pushed}} sent…',
      idle: 'In sync ({{when}}).',
      idleNever: 'Connected, not synced yet.',
      offline:
        'Offline: the server cannot be reached; trying again shortly. Changes made here are kept and sent once connected.',
      paused: 'Paused: what was received and sent is kept; “Sync now” goes on from there.',
      failed: {
        unauthorized: 'The server refused this user name or password; please enter them again.',
        noServer: 'No server set.',
        server: 'The server’s answer could not be used; please tell the administrator.',
        storage:
          'This archive could not store what was synced (is the disk full?); the archive is unharmed.',
        unreachable: 'The server cannot be reached.',
      },
    },
    pending: '{{count}} changes to send.',
    conflicts:
      '{{count}} articles were changed on both sides in this sync; choose a version under “Conflicts”.',
    revived:
      '{{count}} articles a colleague deleted were kept because they were edited here, and sent back to the bureau.',
    broughtBack:
      '{{count}} articles deleted here came back because a colleague edited them. Keep them, or delete them again?',
    keepBroughtBack: 'Keep',
    deleteBroughtBack: 'Delete again',
    rejected: '{{count}} items on the server are not valid archive records and were not taken.',
    takenOff:
      '{{count}} articles no longer fall within what this computer keeps after a colleague changed them, and were taken off it (they stay on the server).',
    scope: {
      legend: 'Keep on this computer',
      whole: 'Every article of the bureau',
      part: 'Only a part (all the criteria filled in)',
      papers: 'Papers',
      papersHint: 'Separate several with commas, e.g. 人民日报, 光明日报',
      tags: 'Desk tags',
      tagsHint: 'Each with every tag below it, e.g. 部门/经济',
      fromYear: 'From (year)',
      toYear: 'To (year)',
      hint: 'Articles added or edited here are sent to colleagues whether or not they fall within the part; tags, saved searches and collections are always kept whole.',
      save: 'Save the part',
      saving: 'Saving…',
      saved:
        'Saved. {{count}} articles outside it that are on the server were taken off this computer; the next sync brings what falls inside.',
      invalid:
        'Years must be whole numbers from 1800 to 2200, “from” no later than “to”; at most 50 names.',
      failed: 'This archive could not be written (is the disk full?); the part is unchanged.',
    },
    errors: {
      invalidUrl: 'The server address is not a valid URL.',
      notHttps: 'The server address must start with https:// (http:// only for 127.0.0.1).',
      credentialsInUrl:
        'Please do not put the user name and password in the address; use the fields below.',
      invalidDatabase:
        'A database name uses lower-case letters, digits and _$()+-/ and starts with a letter.',
      noKeychain:
        'This computer’s system keychain is not available, so the password cannot be kept safely.',
      unauthorized: 'The server refused this user name or password.',
      noDatabase: 'The server has no such database; please check the name with the administrator.',
      unreachable: 'This server cannot be reached: please check the address and the network.',
    },
  },
})
