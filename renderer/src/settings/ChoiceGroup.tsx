interface Props<V extends string> {
  name: string;
  legend: string;
  value: V;
  choices: { value: V; label: string; lang?: string }[];
  onChange: (v: V) => void;
}

/** A labelled radio group drawn as large segmented buttons. */
export function ChoiceGroup<V extends string>({ name, legend, value, choices, onChange }: Props<V>) {
  return (
    <fieldset className="card choice-group">
      <legend>{legend}</legend>
      <div className="segments" role="radiogroup" aria-label={legend}>
        {choices.map((c) => (
          <label key={c.value} className="segment" data-checked={c.value === value || undefined} lang={c.lang}>
            <input type="radio" name={name} value={c.value} checked={c.value === value} onChange={() => onChange(c.value)} />
            <span>{c.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
