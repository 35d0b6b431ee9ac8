// Turns ajv errors (from our own ajv or from the validators precompiled into kubernetes-models)
// into { path, message } with a JSON pointer and a message that names the field.

/** One ajv error as { path, message }, naming the offending property for unknown/missing fields. */
export function describeAjvError(error) {
  const path = error.instancePath || '/';
  switch (error.keyword) {
    case 'additionalProperties':
      return { path: join2(error.instancePath, error.params.additionalProperty), message: `unknown field "${error.params.additionalProperty}" (not in the schema)` };
    case 'required':
      return { path, message: `missing required field "${error.params.missingProperty}"` };
    case 'enum':
      return { path, message: `must be one of ${error.params.allowedValues.map((v) => JSON.stringify(v)).join(', ')}` };
    default:
      return { path, message: error.message ?? error.keyword };
  }
}

function join2(base, prop) {
  return `${base}/${String(prop).replace(/~/g, '~0').replace(/\//g, '~1')}`;
}

/**
 * Runs a kubernetes-models `validate()` call and returns its errors. Its ValidationError carries
 * ajv errors already localized to English; anything else is a harness bug and is rethrown.
 */
export function modelErrors(run) {
  try {
    run();
    return [];
  } catch (error) {
    if (!Array.isArray(error?.errors)) throw error;
    return error.errors.map(describeAjvError);
  }
}
