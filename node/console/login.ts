import { html } from 'htm/preact';
import { useState } from 'preact/hooks';
import { api, token } from './api.js';

/** The only thing shown before login: the admin token is checked against /status before it is kept. */
export function Login({ onLogin }: { onLogin: () => void }) {
  const [value, setValue] = useState('');
  const [error, setError] = useState('');
  const submit = async (e: Event) => {
    e.preventDefault();
    const candidate = value.trim();
    if (!candidate) return setError('Enter the admin token.');
    try {
      await api('GET', '/status', undefined, candidate);
      token.set(candidate);
      onLogin();
    } catch (err) {
      const { code, message } = err as { code?: string; message: string };
      setError(`${code ?? 'ERROR'}: ${message}`);
    }
  };
  return html`
    <div class="login">
      <h1>patchtree</h1>
      <form class="card" onSubmit=${submit}>
        <h2>Sign in</h2>
        <p class="muted">The admin token is printed when the node first starts, and kept in DATA_DIR/admin-token. It stays in this browser tab only.</p>
        <input type="password" name="token" autocomplete="off" placeholder="admin token" data-testid="token" value=${value} onInput=${(e: Event) => setValue((e.target as HTMLInputElement).value)} />
        <button type="submit" data-testid="login">Sign in</button>
        ${error && html`<p class="error" role="alert">${error}</p>`}
      </form>
    </div>`;
}
