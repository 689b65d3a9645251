// Loaded with --import before any TypeScript entry point: Node 24 runs our .ts files
// directly, and comes from the `node` devDependency once `npm ci` has run.
const major = Number(process.versions.node.split('.')[0])
if (major < 24) {
  console.error(
    `✖ 需要 Node.js 24 或更高版本，当前是 ${process.version}。请先在项目目录运行 npm ci（它会安装项目自带的 Node 24），再用 npm start / npm test。`,
  )
  process.exit(1)
}
