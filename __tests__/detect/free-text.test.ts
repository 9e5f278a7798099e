import { describe, expect, it } from 'vitest';
import { judgeWithUrls } from '../../src/detect/index.js';

describe('judgeWithUrls', () => {
  it('judges a URL under a credential-named key by its password alone', () => {
    expect(judgeWithUrls('DATABASE_DSN', 'postgresql://pg:5432/db').verdict).toBe('quiet');
    expect(judgeWithUrls('SMTP_PASSWORD_URL', 'smtp://notifier@mail:587').verdict).toBe('quiet');
    expect(judgeWithUrls('auth', 'basic').verdict).toBe('quiet');
    expect(judgeWithUrls('basicAuth', 'fake-Hn6-teal-Rx31').verdict).toBe('credential');
    expect(judgeWithUrls('RUNBOOK_GIT_URL', 'https://bot:fake-Hn6-teal@git.example.com/x.git')).toEqual({ verdict: 'credential', what: 'URL with an inline password' });
  });
});
