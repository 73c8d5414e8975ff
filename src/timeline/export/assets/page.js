const year=document.getElementById('year'),entity=document.getElementById('entity'),shown=document.getElementById('shown');
const items=[...document.querySelectorAll('li.event')].map(li=>({li,period:li.dataset.period,
text:[...li.querySelectorAll('.title,.actors,.sources,blockquote')].map(x=>x.textContent).join(' ').toLowerCase()}));
const parts=[...document.querySelectorAll('div.month,section')];
function apply(){const p=year.value,e=entity.value.trim().toLowerCase();let n=0;
for(const it of items){const ok=(!p||it.period===p)&&(!e||it.text.includes(e));it.li.hidden=!ok;if(ok)n++;}
for(const part of parts){part.hidden=!part.querySelector('li.event:not([hidden])');}
shown.textContent=n.toLocaleString('en');}
year.addEventListener('change',apply);entity.addEventListener('input',apply);apply();
