// One labelled text field of the 团队共享 forms, with its hint below.
interface FieldProps {
  label: string
  value: string
  onChange: (value: string) => void
  type?: 'text' | 'password'
  autoComplete?: string
  wide?: boolean
  hint?: string
  /** May be left empty. */
  optional?: boolean
}

export function Field({
  label,
  value,
  onChange,
  type,
  autoComplete,
  wide,
  hint,
  optional,
}: FieldProps) {
  return (
    <label className={wide === true ? 'field wide' : 'field'}>
      {label}
      <input
        type={type ?? 'text'}
        value={value}
        autoComplete={autoComplete}
        onChange={(event) => {
          onChange(event.target.value)
        }}
        required={optional !== true}
      />
      {hint === undefined ? null : <span className="hint">{hint}</span>}
    </label>
  )
}
