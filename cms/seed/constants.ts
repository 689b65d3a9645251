export const DEMO_EMAIL = 'editor@xinghualing.example'
