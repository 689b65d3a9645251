import type { Access } from 'payload'

export const admin: Access = ({ req: { user } }) => user?.role === 'admin'
