// `@octokit/plugin-throttling` schedules with Bottleneck's light build; its types are the full build's.
declare module 'bottleneck/light.js' {
  import Bottleneck from 'bottleneck'
  export default Bottleneck
}
