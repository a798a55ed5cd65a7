-- IVO asks, per decision reported, on which days an insats was offered (decision 0168). The days are shown and
-- exported, never counted or searched, so they are kept as one text of ISO dates in order, separated by a
-- space ("2025-03-03 2025-04-14"), null when none was offered; at most ten (GynnandeBeslut.ERBJUDANDEN_MAX).
ALTER TABLE gynnande_beslut ADD COLUMN erbjudanden VARCHAR(120);
