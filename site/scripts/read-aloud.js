{
  const box = document.currentScript.previousElementSibling
  const speech = window.speechSynthesis
  if (speech && window.SpeechSynthesisUtterance) {
    box.hidden = false
    const [play, pause, stop] = box.querySelectorAll('button')
    const set = (state) => {
      box.dataset.state = state
      play.textContent = state === 'paused' ? '继续朗读' : '朗读全文'
      play.disabled = state === 'speaking'
      pause.disabled = state !== 'speaking'
      stop.disabled = state === 'idle'
    }
    set('idle')
    play.addEventListener('click', () => {
      if (box.dataset.state === 'paused') {
        speech.resume()
        return set('speaking')
      }
      speech.cancel()
      const text = document.getElementById(box.dataset.target)?.innerText ?? ''
      const utterance = new SpeechSynthesisUtterance(text)
      utterance.lang = 'zh-CN'
      utterance.rate = 0.9
      utterance.onend = () => set('idle')
      speech.speak(utterance)
      set('speaking')
    })
    pause.addEventListener('click', () => {
      speech.pause()
      set('paused')
    })
    stop.addEventListener('click', () => {
      speech.cancel()
      set('idle')
    })
  }
}
