// The light build of bottleneck (no Redis clustering) is what the Octokit plugins load; it has the same API.
declare module 'bottleneck/light.js' {
  import Bottleneck from 'bottleneck';
  export default Bottleneck;
}
