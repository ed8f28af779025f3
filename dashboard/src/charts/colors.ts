/** The dashboard's palette: distinguishable, and printable in grey. */
export const COLORS = {
  lead: '#1f5fa8',
  partner: '#7fb3e6',
  reached: '#2e7d5b',
  target: '#c0392b',
  employed: '#2e7d5b',
  unsuccessful: '#d98c1f',
  withdrawn: '#9aa5b1',
  inProgress: '#5b8def',
  repayments: '#1f5fa8',
  withholding: '#d98c1f',
};
