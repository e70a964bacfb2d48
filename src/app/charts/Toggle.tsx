/** A small segmented switch (radio group) for a chart's options. */
export interface ToggleOption<T extends string> {
  readonly value: T;
  readonly label: string;
}

export function Toggle<T extends string>({
  label,
  value,
  options,
  onChange,
}: {
  label: string;
  value: T;
  options: readonly ToggleOption<T>[];
  onChange: (value: T) => void;
}) {
  return (
    <div className="chart-toggle" role="radiogroup" aria-label={label}>
      <span className="chart-toggle-label">{label}</span>
      {options.map((o) => (
        <button
          key={o.value}
          type="button"
          role="radio"
          aria-checked={o.value === value}
          className={o.value === value ? 'is-on' : undefined}
          onClick={() => onChange(o.value)}
        >
          {o.label}
        </button>
      ))}
    </div>
  );
}
