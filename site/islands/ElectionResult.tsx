/** A 评选's published result: the ranking (equal votes share a place), the ballots and codes, and the counting rules. */
import type { BallotResult } from './electionTypes.ts'

export function ElectionResultView({ result }: { result: BallotResult }) {
  return (
    <section className="ballot-result" aria-labelledby="ballot-result-heading">
      <h2 id="ballot-result-heading">评选结果</h2>
      <p>
        共收到有效选票 {result.ballots} 张；发放邀请码 {result.codesIssued} 个，使用 {result.codesUsed} 个。
      </p>
      <table>
        <thead>
          <tr>
            <th scope="col">名次</th>
            <th scope="col">姓名</th>
            <th scope="col">得票</th>
          </tr>
        </thead>
        <tbody>
          {result.ranking.map((item) => (
            <tr key={item.figure}>
              <td>第 {item.rank} 名</td>
              <td>{item.name}</td>
              <td>{item.votes} 票</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>计票规则</h3>
      <p className="ballot-rules">{result.rules}</p>
    </section>
  )
}
