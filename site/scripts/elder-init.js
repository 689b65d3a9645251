try {
  const elder = localStorage.getItem('xhl-elder')
  if (elder) document.documentElement.dataset.elder = elder
} catch {}
