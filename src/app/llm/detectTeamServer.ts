import { PROXY_CONFIG_PATH } from '../../llm/llmDefaults';

/** Whether the server that served the app offers its own model (key kept on the server). */
export interface TeamServer {
  enabled: boolean;
  model?: string;
}

/**
 * Asks the app's own server whether its model proxy is on. A server without the proxy answers
 * with the app's HTML page (or 404), which counts as off.
 */
export async function detectTeamServer(fetchImpl: typeof fetch = fetch): Promise<TeamServer> {
  try {
    const response = await fetchImpl(PROXY_CONFIG_PATH, { headers: { accept: 'application/json' }, cache: 'no-store' });
    if (!response.ok || !/json/i.test(response.headers.get('content-type') ?? '')) return { enabled: false };
    const body = (await response.json()) as { enabled?: unknown; model?: unknown };
    if (body.enabled !== true || typeof body.model !== 'string' || body.model === '') return { enabled: false };
    return { enabled: true, model: body.model };
  } catch {
    return { enabled: false };
  }
}
