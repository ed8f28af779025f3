/** A typed document as codegen makes it (the dashboard's or the workspace's): its text, with its result and variables' types. */
export interface TypedDocument<TResult, TVariables> {
  __apiType?: (variables: TVariables) => TResult;
  toString(): string;
}

const KEY = 'quartieri.apiKey';

/** The API key the user entered: kept for this browser session only, never in the URL. */
export const apiKey = {
  get: (): string | null => sessionStorage.getItem(KEY),
  set: (key: string) => sessionStorage.setItem(KEY, key),
  clear: () => sessionStorage.removeItem(KEY),
};

/** What the API refused, with the input field at fault when it names one (and the lock's last day for a locked period). */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code?: string,
    readonly field?: string,
    readonly lockedUntil?: string,
  ) {
    super(message);
  }
}

export async function request<TResult, TVariables>(document: TypedDocument<TResult, TVariables>, variables: TVariables): Promise<TResult> {
  const key = apiKey.get();
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) },
      body: JSON.stringify({ query: document.toString(), variables }),
    });
  } catch {
    throw new ApiError('network');
  }
  type Body = { data?: TResult; errors?: { message: string; extensions?: { code?: string; field?: string; lockedUntil?: string } }[] };
  const body = (await response.json().catch(() => ({}))) as Body;
  const error = body.errors?.[0];
  if (error) throw new ApiError(error.message, error.extensions?.code, error.extensions?.field, error.extensions?.lockedUntil);
  if (!response.ok || !body.data) throw new ApiError(`HTTP ${response.status}`);
  return body.data;
}
