const year=document.getElementById('year'),entity=document.getElementById('entity'),shown=document.getElementById('shown');
function apply(){const y=year.value,e=entity.value.trim().toLowerCase();let n=0;
for(const li of document.querySelectorAll('li.event')){const ok=(!y||li.dataset.year===y)&&(!e||li.dataset.entities.includes(e));
li.hidden=!ok;if(ok)n++;}
for(const sec of document.querySelectorAll('section')){sec.hidden=!sec.querySelector('li.event:not([hidden])');}
shown.textContent=n;}
year.addEventListener('change',apply);entity.addEventListener('input',apply);apply();
