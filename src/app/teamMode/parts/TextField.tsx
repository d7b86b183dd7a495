import { useId } from 'react';

/** A labelled input with its hint and the server's problem with it. */
export function TextField(props: {
  label: string;
  value: string;
  onChange(value: string): void;
  type?: 'text' | 'email' | 'password' | 'number';
  autoComplete?: string;
  hint?: string;
  problem?: string;
  required?: boolean;
}) {
  const id = useId();
  const described = [props.hint ? `${id}-hint` : '', props.problem ? `${id}-problem` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{props.label}</label>
      <input
        id={id}
        // Email fields are text fields with an email keyboard: the app's input styles cover text, not email.
        type={props.type === 'email' ? 'text' : (props.type ?? 'text')}
        inputMode={props.type === 'email' ? 'email' : undefined}
        autoCapitalize={props.type === 'email' ? 'none' : undefined}
        spellCheck={props.type === 'email' ? false : undefined}
        value={props.value}
        autoComplete={props.autoComplete}
        required={props.required}
        onChange={(e) => props.onChange(e.target.value)}
        aria-invalid={props.problem ? true : undefined}
        aria-describedby={described}
      />
      {props.hint && (
        <p className="hint" id={`${id}-hint`}>
          {props.hint}
        </p>
      )}
      {props.problem && (
        <p className="error" id={`${id}-problem`}>
          {props.problem}
        </p>
      )}
    </div>
  );
}
