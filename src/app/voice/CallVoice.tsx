import { useEffect, useEffectEvent } from 'react';
import { MicButton } from './MicButton';
import { useSpeakPersona } from './useSpeakPersona';

/** Props of the call screen's voice controls. */
export interface CallVoiceProps {
  /** The customer's latest line; spoken whenever `key` changes. */
  customerLine?: { key: string; text: string };
  /** The trainee's recognised line, to send exactly like typed text. */
  onSpoken(text: string): void;
  /** False while the customer is speaking or the call is not live: the microphone is then off. */
  listening: boolean;
}

/** Voice for a call: speaks the customer's lines and hears the trainee's; hidden parts where unsupported. */
export default function CallVoice({ customerLine, onSpoken, listening }: CallVoiceProps) {
  const { speak, cancel } = useSpeakPersona();
  const key = customerLine?.key;
  const text = customerLine?.text;

  // Reads the line's text when it is spoken, without the text itself being a reason to speak again.
  const speakLine = useEffectEvent(() => {
    if (text) speak(text);
  });

  // Speak once per line: the key says when it is a new one.
  useEffect(() => {
    if (key !== undefined) speakLine();
  }, [key]);

  return <MicButton onText={onSpoken} disabled={!listening} onListenStart={cancel} />;
}

export { CallVoice };
