/** A known kind of OpenAI-compatible server, with its usual address. */
export interface LlmPreset {
  id: 'openai' | 'ollama' | 'lmstudio' | 'llamacpp' | 'vllm' | 'custom';
  label: string;
  baseURL: string;
  /** A model name to start from; empty when it depends on what the server has loaded. */
  model: string;
  needsKey: boolean;
  /** One line on getting it running. */
  hint: string;
}

/** The servers the settings offer, OpenAI first. */
export const LLM_PRESETS: readonly LlmPreset[] = [
  {
    id: 'openai',
    label: 'OpenAI',
    baseURL: 'https://api.openai.com/v1',
    model: 'gpt-4o-mini',
    needsKey: true,
    hint: 'Needs an API key from platform.openai.com; each call costs a little.',
  },
  {
    id: 'ollama',
    label: 'Ollama (local)',
    baseURL: 'http://localhost:11434/v1',
    model: 'llama3.2',
    needsKey: false,
    hint: 'Free and on your machine: install Ollama, then `ollama pull llama3.2`.',
  },
  {
    id: 'lmstudio',
    label: 'LM Studio (local)',
    baseURL: 'http://localhost:1234/v1',
    model: '',
    needsKey: false,
    hint: 'Start the local server in LM Studio and switch on CORS in its settings.',
  },
  {
    id: 'llamacpp',
    label: 'llama.cpp server (local)',
    baseURL: 'http://localhost:8080/v1',
    model: '',
    needsKey: false,
    hint: 'Run `llama-server -m MODEL.gguf --jinja` (--jinja turns on tool calls; without them the customer ends the call with a text marker).',
  },
  {
    id: 'vllm',
    label: 'vLLM',
    baseURL: 'http://localhost:8000/v1',
    model: '',
    needsKey: false,
    hint: 'Run `vllm serve MODEL --enable-auto-tool-choice` with a tool-call parser for your model.',
  },
  { id: 'custom', label: 'Other OpenAI-compatible server', baseURL: '', model: '', needsKey: false, hint: 'Any server that speaks the chat-completions API.' },
];

/** The preset with this id (custom when unknown). */
export function presetById(id: string): LlmPreset {
  return LLM_PRESETS.find((preset) => preset.id === id) ?? LLM_PRESETS[LLM_PRESETS.length - 1]!;
}
