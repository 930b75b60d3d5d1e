/**
 * The form of one canned query, generated from its parameter metadata: a field per parameter
 * suited to its type, its description, default and bounds as a hint, and the message of what is
 * wrong with it — checked here before the query is sent, and again by the API.
 */
import { useState } from 'react';
import type { CannedQuery, CannedQueryParameter } from './canned-query';
import { boundsHint, initialText, parseParams, type ParamTexts, type SelectedEntity } from './param-values';

export interface QueryFormProps {
  query: CannedQuery;
  texts: ParamTexts;
  onChange: (texts: ParamTexts) => void;
  /** Entities selected on the chart, offered for id parameters. */
  selected: readonly SelectedEntity[];
  running: boolean;
  /** The API's refusal (bad parameters, timeout), shown by the form. */
  apiError: string | null;
  onRun: (params: Record<string, unknown>) => void;
}

function Field({ param, text, onText, selected }: { param: CannedQueryParameter; text: string; onText: (t: string) => void; selected: readonly SelectedEntity[] }) {
  const testId = `query-param-${param.name}`;
  if (param.type === 'boolean')
    return <input type="checkbox" data-testid={testId} checked={text === 'true'} onChange={(e) => onText(e.target.checked ? 'true' : 'false')} />;
  const isId = param.type === 'id' || param.type === 'id[]';
  return (
    <span className="param-input">
      <input
        type={param.type === 'date' ? 'date' : 'text'}
        inputMode={param.type === 'integer' ? 'numeric' : param.type === 'float' ? 'decimal' : undefined}
        data-testid={testId}
        value={text}
        placeholder={isId ? 'an entity id, e.g. per-b0-000022' : param.type.endsWith('[]') ? 'comma-separated' : undefined}
        onChange={(e) => onText(e.target.value)}
      />
      {isId && (
        <button type="button" disabled={!selected.length} title="Fill in the entity selected on the chart" onClick={() => onText(initialText({ ...param, default: null }, selected))}>
          Use selection
        </button>
      )}
    </span>
  );
}

export function QueryForm({ query, texts, onChange, selected, running, apiError, onRun }: QueryFormProps) {
  const [checked, setChecked] = useState(false);
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const { values, errors } = parseParams(query.parameters, texts);
  const apiField = apiError?.match(/^params: (\w+)/)?.[1];
  const submit = () => {
    setChecked(true);
    if (Object.keys(errors).length === 0) onRun(values);
  };
  return (
    <form
      className="query-form"
      data-testid="query-form"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      {query.parameters.length === 0 && <p className="muted">This query takes no parameters.</p>}
      {query.parameters.map((p) => {
        const error = checked || touched.has(p.name) ? errors[p.name] : undefined;
        return (
          <div key={p.name} className={`param ${error || apiField === p.name ? 'invalid' : ''}`}>
            <label>
              <span>
                <strong>{p.name}</strong>
                {p.required && <span className="required"> required</span>} <small className="muted">{boundsHint(p)}</small>
              </span>
              <Field
                param={p}
                text={texts[p.name] ?? ''}
                selected={selected}
                onText={(t) => {
                  setTouched((s) => new Set(s).add(p.name));
                  onChange({ ...texts, [p.name]: t });
                }}
              />
              <small>{p.description}</small>
            </label>
            {error && (
              <p className="field-error" role="alert" data-testid={`query-error-${p.name}`}>
                {error}
              </p>
            )}
          </div>
        );
      })}
      {apiError && (
        <p className="form-error" role="alert" data-testid="query-api-error">
          {apiError}
        </p>
      )}
      <button type="submit" className="primary" data-testid="query-run" disabled={running}>
        {running ? 'Running…' : 'Run'}
      </button>
    </form>
  );
}
