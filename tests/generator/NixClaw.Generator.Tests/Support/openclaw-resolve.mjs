// OpenClaw's own answer to "which agent gets this Mattermost post, and which model does each agent use", from its public
// plugin SDK: the config is read as the gateway reads it (OPENCLAW_CONFIG_PATH, $include merged), each post is routed
// with the call the Mattermost plugin makes per post (channel "mattermost", the account, the channel as peer; no team
// id, as the rosters checked here have no team bindings), and each agent's model with resolveDefaultModelForAgent
// (aliases, provider/model parsing). Nothing here touches the network.
// argv[2]: the openclaw package folder; stdin: { agents: [id], posts: [{ channelId, kind }] }; stdout: the answers.
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";

const require = createRequire(process.argv[2] + "/package.json");
const load = async (name) => import(pathToFileURL(require.resolve("openclaw/plugin-sdk/" + name)).href);
const { loadConfig } = await load("config-runtime");
const { resolveAgentRoute } = await load("routing");
const { resolveDefaultModelForAgent } = await load("agent-runtime");

let input = "";
for await (const chunk of process.stdin) input += chunk;
const { agents, posts } = JSON.parse(input);
const cfg = loadConfig();

const routes = posts.map(({ channelId, kind }) => {
  try {
    const route = resolveAgentRoute({ cfg, channel: "mattermost", accountId: "default", peer: { kind, id: channelId } });
    return { channelId, kind, agentId: route.agentId, matchedBy: route.matchedBy ?? null };
  } catch (error) {
    return { channelId, kind, agentId: null, matchedBy: null, error: String(error?.code ?? error?.message ?? error) };
  }
});
const models = agents.map((agentId) => {
  const ref = resolveDefaultModelForAgent({ cfg, agentId });
  return { agentId, model: ref.provider + "/" + ref.model };
});
process.stdout.write(JSON.stringify({ routes, models }));
