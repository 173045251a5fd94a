/** A field's error message, linked from the field by `aria-describedby`. */
export const FieldError = ({ id, message }: { id: string; message: string | undefined }) =>
  message === undefined ? null : (
    <p className="error" id={id}>
      {message}
    </p>
  );
