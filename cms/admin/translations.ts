/**
 * Where Payload's Chinese says something that is not ours or not Chinese: 我的账户's
 * "Payload 设置", the API wording and the review levels. Merged over @payloadcms/translations.
 */
export const zhOverrides = {
  general: {
    payloadSettings: '界面设置',
    // A new document before its title is typed.
    untitled: '未命名',
    // An empty relationship in a list ("‹没有 负责区域›").
    noLabel: '—',
  },
  authentication: {
    apiKey: '接口密钥',
    enableAPIKey: '启用接口密钥',
    generateNewAPIKey: '生成新的接口密钥',
    newAPIKeyGenerated: '已生成新的接口密钥。',
  },
}
